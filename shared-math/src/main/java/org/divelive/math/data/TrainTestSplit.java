package org.divelive.math.data;

/**
 * A training set and a test set of the same kind and width, e.g. drawn from one distribution so the gap between
 * training and test loss measures how well a model generalises.
 */
public record TrainTestSplit(Dataset train, Dataset test) {
    public TrainTestSplit {
        if (train.features() != test.features()) {
            throw new IllegalArgumentException("train has " + train.features() + " features but test has "
                    + test.features());
        }
        if (train.isClassification() != test.isClassification() || train.classes() != test.classes()) {
            throw new IllegalArgumentException("train has " + train.classes() + " classes but test has "
                    + test.classes() + " (0 for regression)");
        }
    }
}
