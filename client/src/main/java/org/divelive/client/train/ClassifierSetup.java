package org.divelive.client.train;

import org.divelive.client.js.Messages;
import org.divelive.client.widget.Form;
import org.divelive.math.InvalidHyperparameterException;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.train.Hyperparameters;
import org.teavm.jso.JSObject;

/**
 * A classifier widget's setup read from its form and validated by shared-math's own rules (the same the server
 * applies), so a bad value is named on the page before anything starts.
 */
record ClassifierSetup(String model, String hidden, String activation, Hyperparameters hyper, int trainSubset) {
    static final int MIN_SUBSET = 100;

    static ClassifierSetup read(Form form, boolean mlp) {
        double subset = form.number("trainSubset");
        if (!(Math.floor(subset) == subset && subset >= MIN_SUBSET && subset <= FashionMnist.TRAIN_SIZE)) {
            throw new InvalidHyperparameterException("trainSubset", "trainSubset must be an integer from "
                    + MIN_SUBSET + " to " + FashionMnist.TRAIN_SIZE + ", was " + subset);
        }
        Hyperparameters hyper = Hyperparameters.of(form.number("learningRate"), form.number("batchSize"),
                form.number("epochs"), mlp ? form.number("weightDecay") : 0, form.number("seed"));
        hyper.requireBatchFits((int) subset);
        String hidden = mlp ? form.input("hidden").getValue().trim() : "";
        String activation = mlp ? form.input("activation").getValue() : "relu";
        ModelSpec.parse(mlp ? "mlp" : "softmax", mlp ? sizes(hidden) : new int[0], activation);
        return new ClassifierSetup(mlp ? "mlp" : "softmax", hidden, activation, hyper, (int) subset);
    }

    /** "256,128" → {256, 128}, or a message naming the field. */
    static int[] sizes(String text) {
        String[] parts = text.split(",");
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (!part.matches("[0-9]{1,6}")) {
                throw new InvalidHyperparameterException("hidden", "hidden must be layer sizes separated by "
                        + "commas, like 256 or 256,128, was " + text);
            }
            sizes[i] = Integer.parseInt(part);
        }
        return sizes;
    }

    /** The worker's "configure" message. */
    JSObject message() {
        JSObject m = Messages.of("configure");
        Messages.put(m, "model", model);
        Messages.put(m, "hidden", hidden);
        Messages.put(m, "activation", activation);
        Messages.put(m, "learningRate", hyper.learningRate());
        Messages.put(m, "batchSize", hyper.batchSize());
        Messages.put(m, "epochs", hyper.epochs());
        Messages.put(m, "weightDecay", hyper.weightDecay());
        Messages.put(m, "seed", hyper.seed());
        Messages.put(m, "trainSubset", trainSubset);
        return m;
    }

    /** The same setup as a POST /api/runs body (softmax regression takes no hidden layers and no activation). */
    String json() {
        StringBuilder json = new StringBuilder("{\"model\":\"").append(model).append('"');
        if (model.equals("mlp")) {
            int[] layers = sizes(hidden);
            json.append(",\"hidden\":[");
            for (int i = 0; i < layers.length; i++) {
                json.append(i > 0 ? "," : "").append(layers[i]);
            }
            json.append("],\"activation\":\"").append(activation).append('"');
        }
        return json.append(",\"lr\":").append(hyper.learningRate()).append(",\"batchSize\":")
                .append(hyper.batchSize()).append(",\"epochs\":").append(hyper.epochs()).append(",\"weightDecay\":")
                .append(hyper.weightDecay()).append(",\"seed\":").append(hyper.seed()).append(",\"trainSubset\":")
                .append(trainSubset).append('}').toString();
    }

    int batchesPerEpoch() {
        return (trainSubset + hyper.batchSize() - 1) / hyper.batchSize();
    }
}
