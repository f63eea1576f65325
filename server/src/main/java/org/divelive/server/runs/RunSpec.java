package org.divelive.server.runs;

import org.divelive.math.model.ModelSpec;
import org.divelive.math.train.Hyperparameters;

/**
 * One run's settings, validated (see {@link RunSpecParser}).
 *
 * @param network     the classifier to build; null for {@link RunModel#LINREG}
 * @param trainSubset how many training examples: a random subset of Fashion-MNIST's 60,000, or for linreg the
 *                    lesson's 1000 synthetic ones
 */
public record RunSpec(RunModel model, ModelSpec network, Hyperparameters hyperparameters, int trainSubset) {

    public int stepsPerEpoch() {
        return (trainSubset + hyperparameters.batchSize() - 1) / hyperparameters.batchSize();
    }

    public int totalSteps() {
        return stepsPerEpoch() * hyperparameters.epochs();
    }
}
