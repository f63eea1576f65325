package org.divelive.math.lessons.linreg;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.SyntheticRegression;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.TrainListener;
import org.divelive.math.train.Trainer;

/**
 * The linear-regression lesson's experiment as one unit: the course data, a fresh model and its trainer, all drawn
 * in that order from one generator seeded with {@code hyperparameters.seed()}. The page's widget and the JVM tests
 * build it the same way, so a seed means the same run everywhere.
 */
public record LinearRegressionExperiment(Dataset data, LinearRegressionScratch model, Trainer trainer) {

    public static LinearRegressionExperiment of(Hyperparameters hyperparameters, TrainListener listener) {
        Rng rng = new Rng(hyperparameters.seed());
        Dataset data = SyntheticRegression.course(rng);
        LinearRegressionScratch model = new LinearRegressionScratch(data.features(), rng);
        return new LinearRegressionExperiment(data, model, new Trainer(model, data, hyperparameters, rng, listener));
    }
}
