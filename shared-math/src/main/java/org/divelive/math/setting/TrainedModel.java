package org.divelive.math.setting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a training setup trains: the linear-regression lesson's synthetic experiment, or softmax regression or an MLP
 * on Fashion-MNIST. Which {@link Setting}s each one takes is declared by the settings themselves.
 */
public enum TrainedModel {
    LINREG, SOFTMAX, MLP;

    /** The name requests, forms and the command line use: "linreg", "softmax" or "mlp". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Trained on Fashion-MNIST, so it needs the data set's files. */
    public boolean needsFashionMnist() {
        return this != LINREG;
    }

    /** The settings this model takes, in {@link Setting#ALL}'s order. */
    public List<Setting> settings() {
        List<Setting> taken = new ArrayList<>();
        for (Setting setting : Setting.ALL) {
            if (setting.appliesTo(this)) {
                taken.add(setting);
            }
        }
        return taken;
    }

    /** The model a word names, or null. */
    public static TrainedModel of(String word) {
        for (TrainedModel model : values()) {
            if (model.word().equals(word)) {
                return model;
            }
        }
        return null;
    }

    public static List<String> words() {
        List<String> words = new ArrayList<>();
        for (TrainedModel model : values()) {
            words.add(model.word());
        }
        return words;
    }
}
