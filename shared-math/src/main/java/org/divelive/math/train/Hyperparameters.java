package org.divelive.math.train;

import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;
import org.divelive.math.setting.Setting;

/**
 * The settings of one training run, each checked by its {@link Setting}, so every message names the field and the
 * value it got, e.g. {@code learningRate must be a finite number > 0, was NaN}; the server and the command line
 * show it as is, the page says the {@link org.divelive.math.setting.Rule} it broke as a sentence in the reader's
 * language.
 */
public record Hyperparameters(double learningRate, int batchSize, int epochs, double weightDecay, long seed) {

    public Hyperparameters {
        Setting.LEARNING_RATE.requireValid(learningRate);
        Setting.BATCH_SIZE.requireValid(batchSize);
        Setting.EPOCHS.requireValid(epochs);
        Setting.WEIGHT_DECAY.requireValid(weightDecay);
        Setting.SEED.requireValid(seed);
    }

    /**
     * From raw numbers as a form or a JSON body gives them: integer fields must hold whole numbers (a seed up to
     * 2⁵³, the largest integer a browser's number keeps exactly), and every message names the field and the value.
     */
    public static Hyperparameters of(double learningRate, double batchSize, double epochs, double weightDecay,
            double seed) {
        return new Hyperparameters(Setting.LEARNING_RATE.requireValid(learningRate),
                (int) Setting.BATCH_SIZE.requireValid(batchSize), (int) Setting.EPOCHS.requireValid(epochs),
                Setting.WEIGHT_DECAY.requireValid(weightDecay), (long) Setting.SEED.requireValid(seed));
    }

    /** The batch must fit the data it is drawn from; checked when the data is known. */
    public void requireBatchFits(int dataSize) {
        if (batchSize > dataSize) {
            throw new InvalidHyperparameterException("batchSize",
                    "batchSize must not exceed the " + dataSize + " training examples, was " + batchSize,
                    Rule.AT_MOST_EXAMPLES, 1, dataSize);
        }
    }
}
