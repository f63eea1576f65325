package org.divelive.server.runs;

import java.util.List;
import java.util.Locale;

/**
 * What a run trains: the linear-regression lesson's synthetic experiment, or softmax regression or an MLP on
 * Fashion-MNIST. Each takes the request fields listed here; a field that does not apply to the model is an error,
 * not silently ignored.
 */
public enum RunModel {
    LINREG(List.of("model", "lr", "batchSize", "epochs", "weightDecay", "seed")),
    SOFTMAX(List.of("model", "hidden", "lr", "batchSize", "epochs", "weightDecay", "seed", "trainSubset")),
    MLP(List.of("model", "hidden", "activation", "lr", "batchSize", "epochs", "weightDecay", "seed",
            "trainSubset"));

    /** Every field any model takes. */
    public static final List<String> ALL_FIELDS = MLP.fields;

    private final List<String> fields;

    RunModel(List<String> fields) {
        this.fields = fields;
    }

    public List<String> fields() {
        return fields;
    }

    /** The name a request uses: "linreg", "softmax" or "mlp". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Trained on Fashion-MNIST, so it needs the data set's files. */
    public boolean needsFashionMnist() {
        return this != LINREG;
    }
}
