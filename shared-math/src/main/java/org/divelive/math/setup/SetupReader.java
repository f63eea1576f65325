package org.divelive.math.setup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.divelive.math.model.ModelSpec;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.Given;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import org.divelive.math.train.Hyperparameters;

/**
 * Turns the fields a caller gave — a JSON body, a form, a URL hash, command-line options — into a {@link Setup}, or
 * into one message per bad field, so a form can show every problem at once instead of the first. Each field is checked
 * by its {@link Setting} and against the host's {@link Ceilings}; a missing field takes its model's default (never
 * above a ceiling). Fields are named by the caller's own words (older names included), and so are their errors.
 */
public final class SetupReader {
    private final Ceilings ceilings;

    public SetupReader(Ceilings ceilings) {
        this.ceilings = ceilings;
    }

    /** @throws InvalidSetupException listing every bad field */
    public Setup read(Map<String, Given> fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, InvalidHyperparameterException> rejections = new LinkedHashMap<>();
        Map<Setting, String> calledAs = new LinkedHashMap<>();
        for (String name : fields.keySet()) {
            Setting setting = Setting.called(name);
            if (setting == null) {
                errors.put(name, "unknown field " + name + "; a run takes "
                        + String.join(", ", Setting.names(Setting.ALL)));
            } else if (calledAs.containsKey(setting)) {
                errors.put(name, setting.name() + " is given twice, as " + calledAs.get(setting) + " and as " + name);
            } else {
                calledAs.put(setting, name);
            }
        }
        TrainedModel model = model(fields.get(calledAs.get(Setting.MODEL)), errors);
        if (model == null) {
            throw new InvalidSetupException(errors);
        }
        for (Map.Entry<Setting, String> field : calledAs.entrySet()) {
            if (!field.getKey().appliesTo(model)) {
                errors.put(field.getValue(), field.getKey().name() + " does not apply to " + model.word() + ", which takes "
                        + String.join(", ", Setting.names(model.settings())));
            }
        }

        Map<Setting, Object> values = new LinkedHashMap<>();
        for (Setting setting : model.settings()) {
            String name = calledAs.getOrDefault(setting, setting.name());
            Given given = fields.get(calledAs.get(setting));
            try {
                values.put(setting, given != null
                        ? setting.check(given, name, ceilings.of(setting), ceilings.where())
                        : defaultValue(setting, model));
            } catch (InvalidHyperparameterException e) {
                errors.put(name, e.getMessage());
                rejections.put(name, e);
            }
        }

        int trainSubset = values.containsKey(Setting.TRAIN_SUBSET) ? integer(values, Setting.TRAIN_SUBSET)
                : Setup.examples(model, 0);
        int examples = Setup.examples(model, trainSubset);
        if (!calledAs.containsKey(Setting.BATCH_SIZE) && values.get(Setting.BATCH_SIZE) instanceof Long batch) {
            values.put(Setting.BATCH_SIZE, Math.min(batch, examples)); // the default batch shrinks to a small subset
        }
        if (values.get(Setting.BATCH_SIZE) instanceof Long batch && batch > examples
                && !errors.containsKey(nameOf(Setting.TRAIN_SUBSET, calledAs))) {
            String name = nameOf(Setting.BATCH_SIZE, calledAs);
            String message = "batchSize must not exceed the " + examples + " training examples, was " + batch;
            errors.put(name, message);
            rejections.put(name, new InvalidHyperparameterException(name, message, Rule.AT_MOST_EXAMPLES, 1, examples));
        }

        ModelSpec network = null;
        if (model != TrainedModel.LINREG && values.containsKey(Setting.HIDDEN)) {
            try {
                network = ModelSpec.parse(model == TrainedModel.MLP ? "mlp" : "softmax",
                        (int[]) values.get(Setting.HIDDEN),
                        (String) values.getOrDefault(Setting.ACTIVATION, Setting.ACTIVATION.defaultText(TrainedModel.MLP)));
            } catch (InvalidHyperparameterException e) {
                errors.put(Setting.HIDDEN.name(), e.getMessage());
                rejections.put(Setting.HIDDEN.name(), e);
            }
            int layers = ((int[]) values.get(Setting.HIDDEN)).length;
            if (layers > ceilings.maxHiddenLayers()) {
                String message = "hidden may list at most " + ceilings.maxHiddenLayers() + " layers "
                        + ceilings.where() + ", was " + layers;
                errors.put(Setting.HIDDEN.name(), message);
                rejections.put(Setting.HIDDEN.name(), new InvalidHyperparameterException(Setting.HIDDEN.name(),
                        message, Rule.LAYER_COUNT, 0, ceilings.maxHiddenLayers()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSetupException(errors, rejections);
        }
        Hyperparameters hyperparameters = new Hyperparameters((Double) values.get(Setting.LEARNING_RATE),
                integer(values, Setting.BATCH_SIZE), integer(values, Setting.EPOCHS),
                (Double) values.get(Setting.WEIGHT_DECAY), (Long) values.get(Setting.SEED));
        return new Setup(model, network, hyperparameters, examples, (String) values.get(Setting.INIT));
    }

    /** Reads text fields only, as a form, a URL hash or a command line gives them. */
    public Setup readText(Map<String, String> fields) {
        Map<String, Given> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            given.put(field.getKey(), Given.text(field.getValue()));
        }
        return read(given);
    }

    private static TrainedModel model(Given given, Map<String, String> errors) {
        if (given == null) {
            errors.put("model", "model is required: " + String.join(", ", TrainedModel.words()));
            return null;
        }
        try {
            return TrainedModel.of((String) Setting.MODEL.check(given, "model", null, ""));
        } catch (InvalidHyperparameterException e) {
            errors.put("model", e.getMessage());
            return null;
        }
    }

    /** The model's default, never above this host's ceiling (so a small server's defaults still run). */
    private Object defaultValue(Setting setting, TrainedModel model) {
        Object value = setting.check(Given.text(setting.defaultText(model)), setting.name(), null, "");
        Double ceiling = ceilings.of(setting);
        if (ceiling == null) {
            return value;
        }
        if (value instanceof Long number) {
            return Math.min(number, (long) (double) ceiling);
        }
        if (value instanceof int[] layers) {
            int[] capped = layers.clone();
            for (int i = 0; i < capped.length; i++) {
                capped[i] = Math.min(capped[i], (int) (double) ceiling);
            }
            return capped;
        }
        return value;
    }

    private static String nameOf(Setting setting, Map<Setting, String> calledAs) {
        return calledAs.getOrDefault(setting, setting.name());
    }

    private static int integer(Map<Setting, Object> values, Setting setting) {
        return (int) (long) (Long) values.get(setting);
    }
}
