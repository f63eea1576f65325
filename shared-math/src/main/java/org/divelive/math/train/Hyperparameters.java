package org.divelive.math.train;

import org.divelive.math.InvalidHyperparameterException;

/**
 * The settings of one training run, validated in one place. Every message names the field and the value it got,
 * e.g. {@code learningRate must be a finite number > 0, was NaN}; the page and the server show it as is.
 */
public record Hyperparameters(double learningRate, int batchSize, int epochs, double weightDecay, long seed) {
    public static final int MAX_BATCH_SIZE = 60_000;
    public static final int MAX_EPOCHS = 10_000;
    public static final double MAX_WEIGHT_DECAY = 1_000;
    /** 2⁵³: every integer up to it survives a trip through a JavaScript number or a JSON double. */
    public static final double MAX_SEED = 9007199254740992.0;

    public Hyperparameters {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new InvalidHyperparameterException("learningRate",
                    "learningRate must be a finite number > 0, was " + learningRate);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new InvalidHyperparameterException("batchSize",
                    "batchSize must be an integer from 1 to " + MAX_BATCH_SIZE + ", was " + batchSize);
        }
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new InvalidHyperparameterException("epochs",
                    "epochs must be an integer from 1 to " + MAX_EPOCHS + ", was " + epochs);
        }
        if (!(weightDecay >= 0 && weightDecay <= MAX_WEIGHT_DECAY)) {
            throw new InvalidHyperparameterException("weightDecay",
                    "weightDecay must be a number from 0 to " + MAX_WEIGHT_DECAY + ", was " + weightDecay);
        }
    }

    /**
     * From raw numbers as a form or a JSON body gives them: integer fields must hold whole numbers (a seed up to
     * 2⁵³, the largest integer a browser's number keeps exactly), and every message names the field and the value.
     */
    public static Hyperparameters of(double learningRate, double batchSize, double epochs, double weightDecay,
            double seed) {
        String batchRange = "an integer from 1 to " + MAX_BATCH_SIZE;
        String epochRange = "an integer from 1 to " + MAX_EPOCHS;
        return new Hyperparameters(learningRate,
                (int) wholeNumber("batchSize", batchSize, 1, MAX_BATCH_SIZE, batchRange),
                (int) wholeNumber("epochs", epochs, 1, MAX_EPOCHS, epochRange),
                weightDecay,
                wholeNumber("seed", seed, -MAX_SEED, MAX_SEED, "an integer of at most 2^53 in size"));
    }

    private static long wholeNumber(String field, double value, double min, double max, String expected) {
        if (!(Math.floor(value) == value && value >= min && value <= max)) {
            throw new InvalidHyperparameterException(field, field + " must be " + expected + ", was " + value);
        }
        return (long) value;
    }

    /** The batch must fit the data it is drawn from; checked when the data is known. */
    public void requireBatchFits(int dataSize) {
        if (batchSize > dataSize) {
            throw new InvalidHyperparameterException("batchSize",
                    "batchSize must not exceed the " + dataSize + " training examples, was " + batchSize);
        }
    }
}
