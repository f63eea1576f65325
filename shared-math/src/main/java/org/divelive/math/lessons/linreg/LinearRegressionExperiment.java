package org.divelive.math.lessons.linreg;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.SyntheticRegression;
import org.divelive.math.model.Model;
import org.divelive.math.model.Regressor;
import org.divelive.math.nn.Init;
import org.divelive.math.nn.Linear;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.TrainListener;
import org.divelive.math.train.Trainer;

/**
 * The linear-regression lesson's experiment as one unit: the course data, a fresh model and its trainer, all drawn
 * in that order from one generator seeded with {@code hyperparameters.seed()}. The page's widget and the JVM tests
 * build it the same way, so a seed means the same run everywhere.
 *
 * <p>The model is written either {@link Implementation#SCRATCH from scratch} (the second lesson's
 * {@link LinearRegressionScratch}) or {@link Implementation#CONCISE concisely} from the library's layers (the third
 * lesson's {@code Regressor(Linear)} with the squared loss). Both draw their two weights from N(0, 0.01²) as the
 * generator's next two normals and start with a zero bias, so one seed starts them at the same point; they then
 * take the same steps up to float rounding.
 */
public record LinearRegressionExperiment(Dataset data, Model model, Trainer trainer) {
    public enum Implementation { SCRATCH, CONCISE }

    public static LinearRegressionExperiment of(Hyperparameters hyperparameters, TrainListener listener) {
        return of(hyperparameters, Implementation.SCRATCH, listener);
    }

    public static LinearRegressionExperiment of(Hyperparameters hyperparameters, Implementation implementation,
            TrainListener listener) {
        Rng rng = new Rng(hyperparameters.seed());
        Dataset data = SyntheticRegression.course(rng);
        Model model = implementation == Implementation.SCRATCH
                ? new LinearRegressionScratch(data.features(), rng)
                : new Regressor(new Linear(data.features(), 1, Init.BOOK, rng));
        return new LinearRegressionExperiment(data, model, new Trainer(model, data, hyperparameters, rng, listener));
    }

    /** w (D), as trained so far: both models list the weights first and the bias second, as live arrays. */
    public float[] weights() {
        return model.parameters().get(0).value();
    }

    public float bias() {
        return model.parameters().get(1).value()[0];
    }
}
