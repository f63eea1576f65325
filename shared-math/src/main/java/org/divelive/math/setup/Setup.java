package org.divelive.math.setup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.divelive.math.data.SyntheticRegression;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.nn.Init;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import org.divelive.math.train.Hyperparameters;

/**
 * One whole training setup, checked (see {@link SetupReader}): what the server queues, the {@code train} command runs,
 * the page's worker trains and an assignment locks. {@link #values()} lists it setting by setting, which is how every
 * adapter writes it (JSON, worker messages, the URL hash, the command line).
 *
 * @param network     the classifier to build; null for {@link TrainedModel#LINREG}
 * @param trainSubset how many training examples: a random subset of Fashion-MNIST's 60,000, or for linreg the
 *                    lesson's 1000 synthetic ones
 * @param init        how the weights start, {@link Setting#INIT}'s word; null for a model that does not take it
 */
public record Setup(TrainedModel model, ModelSpec network, Hyperparameters hyperparameters, int trainSubset,
        String init) {

    /** The training examples a model of this kind draws its minibatches from, given the subset it asked for. */
    static int examples(TrainedModel model, int trainSubset) {
        return model == TrainedModel.LINREG ? SyntheticRegression.SIZE : trainSubset;
    }

    /** The initialisation {@link #init} names; the book's N(0, 0.01²) for a model that does not choose one. */
    public Init initialization() {
        return "xavier".equals(init) ? Init.XAVIER : Init.BOOK;
    }

    public int stepsPerEpoch() {
        return (trainSubset + hyperparameters.batchSize() - 1) / hyperparameters.batchSize();
    }

    public int totalSteps() {
        return stepsPerEpoch() * hyperparameters.epochs();
    }

    /**
     * The value of each setting the model takes, by name, in {@link Setting#ALL}'s order: a {@code String} for
     * words, a {@code Double} or {@code Long} for numbers, an {@code int[]} for hidden layers.
     */
    public Map<Setting, Object> values() {
        Map<Setting, Object> values = new LinkedHashMap<>();
        for (Setting setting : model.settings()) {
            values.put(setting, value(setting));
        }
        return values;
    }

    public Object value(Setting setting) {
        if (setting == Setting.MODEL) {
            return model.word();
        } else if (setting == Setting.HIDDEN) {
            return network.hidden();
        } else if (setting == Setting.ACTIVATION) {
            return network.activation().name().toLowerCase(java.util.Locale.ROOT);
        } else if (setting == Setting.LEARNING_RATE) {
            return hyperparameters.learningRate();
        } else if (setting == Setting.BATCH_SIZE) {
            return (long) hyperparameters.batchSize();
        } else if (setting == Setting.EPOCHS) {
            return (long) hyperparameters.epochs();
        } else if (setting == Setting.WEIGHT_DECAY) {
            return hyperparameters.weightDecay();
        } else if (setting == Setting.SEED) {
            return hyperparameters.seed();
        } else if (setting == Setting.TRAIN_SUBSET) {
            return (long) trainSubset;
        } else if (setting == Setting.INIT) {
            return init;
        }
        throw new IllegalArgumentException("no setting " + setting);
    }

    /** A value as a form field, the URL hash or a command-line option writes it ({@link org.divelive.math.setting.Given#text} reads it back). */
    public static String text(Object value) {
        if (value instanceof int[] layers) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < layers.length; i++) {
                text.append(i > 0 ? "," : "").append(layers[i]);
            }
            return text.toString();
        } else if (value instanceof Double number) {
            return Setting.show(number);
        }
        return String.valueOf(value);
    }
}
