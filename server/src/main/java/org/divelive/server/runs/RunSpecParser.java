package org.divelive.server.runs;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.InvalidHyperparameterException;
import org.divelive.math.data.SyntheticRegression;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.train.Hyperparameters;

/**
 * Turns a run request, {@code {"model": "mlp", "hidden": [256], "lr": 0.1, …}}, into a {@link RunSpec}, or into one
 * message per bad field. Each field is checked on its own by shared-math's own validation (so the server says exactly
 * what the page says) and then against this server's {@link RunCeilings}; checking them one by one is what lets a
 * form show every problem at once instead of the first. Missing fields take the book's defaults.
 */
public final class RunSpecParser {
    static final double DEFAULT_LEARNING_RATE = 0.1;
    static final int DEFAULT_BATCH_SIZE = 256;
    static final int DEFAULT_EPOCHS = 10;
    static final int DEFAULT_HIDDEN_UNITS = 256;
    static final String DEFAULT_ACTIVATION = "relu";
    /** The linear-regression lesson's recipe. */
    static final double LINREG_LEARNING_RATE = 0.03;
    static final int LINREG_BATCH_SIZE = 10;
    static final int LINREG_EPOCHS = 3;
    static final long DEFAULT_SEED = 42;

    private final RunCeilings ceilings;

    public RunSpecParser(RunCeilings ceilings) {
        this.ceilings = ceilings;
    }

    /** @throws InvalidRunException listing every bad field */
    public RunSpec parse(ObjectNode body) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!RunModel.ALL_FIELDS.contains(name)) {
                errors.put(name, "unknown field " + name + "; a run takes " + String.join(", ", RunModel.ALL_FIELDS));
            }
        }
        RunModel model = model(body.get("model"), errors);
        RunModel defaults = model != null ? model : RunModel.SOFTMAX;
        if (model != null) {
            for (String field : RunModel.ALL_FIELDS) {
                if (given(body.get(field)) && !model.fields().contains(field)) {
                    errors.put(field, field + " does not apply to " + model.word() + ", which takes "
                            + String.join(", ", model.fields()));
                }
            }
        }
        Fields fields = new Fields(body, errors);
        boolean linreg = defaults == RunModel.LINREG;

        double learningRate = fields.number("lr", linreg ? LINREG_LEARNING_RATE : DEFAULT_LEARNING_RATE);
        fields.check("lr", () -> Hyperparameters.of(learningRate, 1, 1, 0, 0));

        int examples = linreg ? SyntheticRegression.SIZE : trainSubset(fields);

        double epochs = fields.number("epochs", Math.min(linreg ? LINREG_EPOCHS : DEFAULT_EPOCHS,
                ceilings.maxEpochs()));
        if (fields.check("epochs", () -> Hyperparameters.of(1, 1, epochs, 0, 0)) && epochs > ceilings.maxEpochs()) {
            errors.put("epochs", "epochs must be at most " + ceilings.maxEpochs() + " on this server, was "
                    + (long) epochs);
        }

        double batchSize = fields.number("batchSize", Math.min(Math.min(linreg ? LINREG_BATCH_SIZE
                : DEFAULT_BATCH_SIZE, ceilings.maxBatchSize()), Math.max(examples, 1)));
        if (fields.check("batchSize", () -> Hyperparameters.of(1, batchSize, 1, 0, 0))) {
            if (batchSize > ceilings.maxBatchSize()) {
                errors.put("batchSize", "batchSize must be at most " + ceilings.maxBatchSize() + " on this server, "
                        + "was " + (long) batchSize);
            } else if (examples > 0) {
                fields.check("batchSize", () -> Hyperparameters.of(1, batchSize, 1, 0, 0).requireBatchFits(examples));
            }
        }

        double weightDecay = fields.number("weightDecay", 0);
        fields.check("weightDecay", () -> Hyperparameters.of(1, 1, 1, weightDecay, 0));

        double seed = fields.number("seed", DEFAULT_SEED);
        fields.check("seed", () -> Hyperparameters.of(1, 1, 1, 0, seed));

        ModelSpec network = linreg ? null : network(defaults, fields);

        if (!errors.isEmpty()) {
            throw new InvalidRunException(errors);
        }
        return new RunSpec(model, network, Hyperparameters.of(learningRate, batchSize, epochs, weightDecay, seed),
                examples);
    }

    /** The number of training examples, or 0 when the field is bad (and its error recorded). */
    private int trainSubset(Fields fields) {
        double subset = fields.number("trainSubset", ceilings.maxTrainSubset());
        if (!(Math.floor(subset) == subset && subset >= 1 && subset <= ceilings.maxTrainSubset())) {
            fields.errors.put("trainSubset", "trainSubset must be an integer from 1 to " + ceilings.maxTrainSubset()
                    + ", was " + subset);
            return 0;
        }
        return (int) subset;
    }

    private ModelSpec network(RunModel model, Fields fields) {
        int[] hidden = fields.layerSizes(model == RunModel.MLP
                ? new int[] {Math.min(DEFAULT_HIDDEN_UNITS, ceilings.maxHiddenUnits())} : new int[0]);
        String activation = fields.word("activation", DEFAULT_ACTIVATION);
        if (hidden != null && fields.check("hidden", () -> ModelSpec.parse(model.word(), hidden, DEFAULT_ACTIVATION))) {
            if (hidden.length > ceilings.maxHiddenLayers()) {
                fields.errors.put("hidden", "hidden may list at most " + ceilings.maxHiddenLayers()
                        + " layers on this server, was " + hidden.length);
            }
            for (int i = 0; i < hidden.length; i++) {
                if (hidden[i] > ceilings.maxHiddenUnits()) {
                    fields.errors.putIfAbsent("hidden", "hidden[" + i + "] must be at most "
                            + ceilings.maxHiddenUnits() + " units on this server, was " + hidden[i]);
                }
            }
        }
        fields.check("activation", () -> ModelSpec.parse("mlp", new int[] {1}, activation));
        if (hidden == null || fields.errors.containsKey("hidden") || fields.errors.containsKey("activation")) {
            return null;
        }
        return ModelSpec.parse(model.word(), hidden, activation);
    }

    private static RunModel model(JsonNode node, Map<String, String> errors) {
        if (!given(node)) {
            errors.put("model", "model is required: linreg, softmax or mlp");
            return null;
        }
        for (RunModel model : RunModel.values()) {
            if (node.isTextual() && model.word().equals(node.asText())) {
                return model;
            }
        }
        errors.put("model", "model must be one of linreg, softmax, mlp, was " + node);
        return null;
    }

    private static boolean given(JsonNode node) {
        return node != null && !node.isNull();
    }

    /** Reads typed fields of the body, recording a type error per field and falling back to the default. */
    private static final class Fields {
        final ObjectNode body;
        final Map<String, String> errors;

        Fields(ObjectNode body, Map<String, String> errors) {
            this.body = body;
            this.errors = errors;
        }

        double number(String field, double fallback) {
            JsonNode node = body.get(field);
            if (!given(node)) {
                return fallback;
            }
            if (!node.isNumber()) {
                errors.put(field, field + " must be a number, was " + node);
                return fallback;
            }
            return node.asDouble();
        }

        String word(String field, String fallback) {
            JsonNode node = body.get(field);
            return !given(node) ? fallback : node.isTextual() ? node.asText() : node.toString();
        }

        /** A list of whole numbers, or null when the field is not one (and its error recorded). */
        int[] layerSizes(int[] fallback) {
            JsonNode node = body.get("hidden");
            if (!given(node)) {
                return fallback;
            }
            String expected = "hidden must be a list of layer sizes such as [256] or [256, 128], was " + node;
            if (!node.isArray()) {
                errors.put("hidden", expected);
                return null;
            }
            int[] sizes = new int[node.size()];
            for (int i = 0; i < sizes.length; i++) {
                JsonNode size = node.get(i);
                double value = size.asDouble();
                if (!size.isNumber() || Math.floor(value) != value || Math.abs(value) > Integer.MAX_VALUE) {
                    errors.put("hidden", expected);
                    return null;
                }
                sizes[i] = (int) value;
            }
            return sizes;
        }

        /**
         * Runs a shared-math validation unless the field already has an error; the validation's message becomes the
         * field's error. True if it passed.
         */
        boolean check(String field, Runnable validation) {
            if (errors.containsKey(field)) {
                return false;
            }
            try {
                validation.run();
                return true;
            } catch (InvalidHyperparameterException e) {
                errors.put(field, e.getMessage());
                return false;
            }
        }
    }
}
