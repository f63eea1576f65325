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
public final class LinearRegressionExperiment {
    public enum Implementation { SCRATCH, CONCISE }

    private final Dataset data;
    private final Model model;
    private final float[] weights;
    private final float[] bias;
    private final Trainer trainer;

    public LinearRegressionExperiment(Hyperparameters hyperparameters, TrainListener listener) {
        this(hyperparameters, Implementation.SCRATCH, listener);
    }

    public LinearRegressionExperiment(Hyperparameters hyperparameters, Implementation implementation,
            TrainListener listener) {
        Rng rng = new Rng(hyperparameters.seed());
        this.data = SyntheticRegression.course(rng);
        if (implementation == Implementation.SCRATCH) {
            LinearRegressionScratch scratch = new LinearRegressionScratch(data.features(), rng);
            this.model = scratch;
        } else {
            this.model = new Regressor(new Linear(data.features(), 1, Init.BOOK, rng));
        }
        // both list the weights first and the bias second; the arrays are the live parameters
        this.weights = model.parameters().get(0).value();
        this.bias = model.parameters().get(1).value();
        this.trainer = new Trainer(model, data, hyperparameters, rng, listener);
    }

    public Dataset data() {
        return data;
    }

    public Model model() {
        return model;
    }

    /** w (D), as trained so far. */
    public float[] weights() {
        return weights;
    }

    public float bias() {
        return bias[0];
    }

    public Trainer trainer() {
        return trainer;
    }
}
