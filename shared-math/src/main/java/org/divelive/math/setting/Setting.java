package org.divelive.math.setting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.divelive.math.data.FashionMnist;

/**
 * One training setting, declared once: its name (the one word the API, the command line, the page, the worker's
 * messages and the run store all use), older names still accepted, its kind and range, the default for each model
 * that takes it (null for a model that does not), and a one-line summary for the command line's help. The page's
 * labels live in its sentence catalogue, keyed by {@link #name()}.
 *
 * <p>Every rejection names the field and the value: {@code learningRate must be a finite number > 0, was NaN}.
 *
 * @param olderNames names an earlier DiveLive used, still accepted so old links, scripts and stored runs keep working
 * @param defaults   the default as text for each {@link TrainedModel}, in its order; null where it does not apply
 * @param valueLabel what the command line's help shows for the value, e.g. RATE
 */
public record Setting(String name, List<String> olderNames, Kind kind, double min, double max, List<String> defaults,
        List<String> choices, String valueLabel, String summary) {
    public enum Kind { WORD, NUMBER, INTEGER, LAYERS }

    public static final int MAX_BATCH_SIZE = 60_000;
    public static final int MAX_EPOCHS = 10_000;
    public static final double MAX_WEIGHT_DECAY = 1_000;
    /** 2⁵³: every integer up to it survives a trip through a JavaScript number or a JSON double. */
    public static final double MAX_SEED = 9007199254740992.0;
    public static final int MAX_HIDDEN_LAYERS = 3;
    public static final int MAX_HIDDEN_UNITS = 4096;

    //                                        name, older names, kind, min, max, defaults for linreg, softmax, mlp
    public static final Setting MODEL = new Setting("model", List.of(), Kind.WORD, 0, 0,
            perModel("linreg", "softmax", "mlp"), TrainedModel.words(), "MODEL",
            "What to train: linreg (the linear-regression lesson's data), softmax or mlp (Fashion-MNIST)");
    public static final Setting HIDDEN = new Setting("hidden", List.of(), Kind.LAYERS, 1, MAX_HIDDEN_UNITS,
            perModel(null, "", "256"), List.of(), "UNITS",
            "Hidden layer sizes of the MLP, e.g. 256 or 256,128");
    public static final Setting ACTIVATION = new Setting("activation", List.of(), Kind.WORD, 0, 0,
            perModel(null, null, "relu"), List.of("relu", "sigmoid", "tanh"), "NAME",
            "The MLP's activation: relu, sigmoid or tanh");
    public static final Setting LEARNING_RATE = new Setting("learningRate", List.of("lr"), Kind.NUMBER, 0,
            Double.POSITIVE_INFINITY, perModel("0.03", "0.1", "0.1"), List.of(), "RATE",
            "Learning rate η, the step size of SGD");
    public static final Setting BATCH_SIZE = new Setting("batchSize", List.of(), Kind.INTEGER, 1, MAX_BATCH_SIZE,
            perModel("10", "256", "256"), List.of(), "B", "Minibatch size");
    public static final Setting EPOCHS = new Setting("epochs", List.of(), Kind.INTEGER, 1, MAX_EPOCHS,
            perModel("3", "10", "10"), List.of(), "N", "Passes over the training data");
    public static final Setting WEIGHT_DECAY = new Setting("weightDecay", List.of(), Kind.NUMBER, 0,
            MAX_WEIGHT_DECAY, perModel("0", "0", "0"), List.of(), "LAMBDA", "L2 weight decay λ");
    public static final Setting SEED = new Setting("seed", List.of(), Kind.INTEGER, -MAX_SEED, MAX_SEED,
            perModel("42", "42", "42"), List.of(), "SEED",
            "Seeds the data subset, the initial weights and the shuffles");
    public static final Setting TRAIN_SUBSET = new Setting("trainSubset", List.of(), Kind.INTEGER, 1,
            FashionMnist.TRAIN_SIZE, perModel(null, "60000", "60000"), List.of(), "N",
            "Train on N random images of Fashion-MNIST's 60,000");
    public static final Setting INIT = new Setting("init", List.of(), Kind.WORD, 0, 0,
            perModel(null, null, "normal"), List.of("normal", "xavier"), "NAME",
            "How the MLP's weights start: normal (the book's N(0, 0.01²)) or xavier (Glorot's uniform)");

    /** Every setting, in the order requests, forms and help list them. */
    public static final List<Setting> ALL = List.of(MODEL, HIDDEN, ACTIVATION, LEARNING_RATE, BATCH_SIZE, EPOCHS,
            WEIGHT_DECAY, SEED, TRAIN_SUBSET, INIT);

    /** One default per model in {@link TrainedModel}'s order; a list that holds nulls, which List.of refuses. */
    private static List<String> perModel(String linreg, String softmax, String mlp) {
        return Collections.unmodifiableList(Arrays.asList(linreg, softmax, mlp));
    }

    public boolean appliesTo(TrainedModel model) {
        return defaults.get(model.ordinal()) != null;
    }

    /** The default as text (read back with {@link Given#text}); null where the model does not take this setting. */
    public String defaultText(TrainedModel model) {
        return defaults.get(model.ordinal());
    }

    /** True if {@code word} is this setting's name or one of its older names. */
    public boolean isCalled(String word) {
        return name.equals(word) || olderNames.contains(word);
    }

    /** The setting a request field, form field or option is called, or null. */
    public static Setting called(String word) {
        for (Setting setting : ALL) {
            if (setting.isCalled(word)) {
                return setting;
            }
        }
        return null;
    }

    /** Every setting's name, for "a run takes …" messages. */
    public static List<String> names(List<Setting> settings) {
        List<String> names = new ArrayList<>();
        for (Setting setting : settings) {
            names.add(setting.name);
        }
        return names;
    }

    /**
     * Checks a value within shared-math's range and, for integer settings and layer sizes, under a host's
     * {@code ceiling} (null for none), and returns it in its kind's type: a {@code Double}, a {@code Long}, a
     * {@code String} or an {@code int[]}.
     *
     * @param calledAs the name the caller used (an older one, perhaps): the exception's field, so a form or a request
     *                 finds its own field; the message itself always uses the setting's name
     * @throws InvalidHyperparameterException naming the field and the value
     */
    public Object check(Given given, String calledAs, Double ceiling, String where) {
        return switch (kind) {
            case WORD -> word(given, calledAs);
            case NUMBER -> checkNumber(number(given, calledAs), calledAs);
            case INTEGER -> checkInteger(number(given, calledAs), calledAs, ceiling, where);
            case LAYERS -> layers(given, calledAs, ceiling, where);
        };
    }

    /** The same check for a number a program already holds (the hyperparameters' own guard). */
    public double requireValid(double value) {
        return kind == Kind.NUMBER ? checkNumber(value, name) : checkInteger(value, name, null, "");
    }

    private String word(Given given, String calledAs) {
        String word = given.form == Given.Form.WORD || given.form == Given.Form.TEXT ? given.text : given.shown;
        if (!choices.contains(word)) {
            throw invalid(calledAs, name + " must be one of " + String.join(", ", choices) + ", was " + word,
                    Rule.CHOICE, Double.NaN, Double.NaN);
        }
        return word;
    }

    private double number(Given given, String calledAs) {
        if (given.form == Given.Form.NUMBER) {
            return given.number;
        }
        if (given.form == Given.Form.TEXT) {
            Double parsed = parse(given.text);
            if (parsed != null) {
                return parsed;
            }
        }
        throw invalid(calledAs, name + " must be a number, was " + given.shown, Rule.NOT_A_NUMBER, min, max);
    }

    private double checkNumber(double value, String calledAs) {
        // a range open above (the learning rate) excludes its lower end too: η = 0 would never move
        boolean inRange = max == Double.POSITIVE_INFINITY ? value > min && value < max : value >= min && value <= max;
        if (!inRange) {
            throw invalid(calledAs, name + " must be " + range() + ", was " + show(value),
                    max == Double.POSITIVE_INFINITY ? Rule.ABOVE : Rule.BETWEEN, min, max);
        }
        return value;
    }

    private long checkInteger(double value, String calledAs, Double ceiling, String where) {
        if (!(Math.floor(value) == value && value >= min && value <= max)) {
            throw invalid(calledAs, name + " must be " + range() + ", was " + show(value), wholeRule(), min, max);
        }
        if (ceiling != null && value > ceiling) {
            throw invalid(calledAs, name + " must be at most " + show(ceiling) + " " + where + ", was "
                    + show(value), Rule.AT_MOST, min, ceiling);
        }
        return (long) value;
    }

    private int[] layers(Given given, String calledAs, Double ceiling, String where) {
        double[] sizes = given.form == Given.Form.NUMBERS ? given.numbers
                : given.form == Given.Form.TEXT ? parseList(given.text) : null;
        if (sizes == null) {
            throw invalid(calledAs, name + " must be layer sizes such as 256 or 256,128, was "
                    + given.shown, Rule.LAYER_SIZES, 1, MAX_HIDDEN_LAYERS);
        }
        if (sizes.length > MAX_HIDDEN_LAYERS) {
            throw invalid(calledAs, name + " may list at most " + MAX_HIDDEN_LAYERS + " layers, was "
                    + sizes.length, Rule.LAYER_COUNT, 0, MAX_HIDDEN_LAYERS);
        }
        int[] units = new int[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            double size = sizes[i];
            String element = name + "[" + i + "]";
            if (!(Math.floor(size) == size && size >= min && size <= max)) {
                throw invalid(calledAs, element + " must be " + range() + ", was " + show(size),
                        Rule.WHOLE_BETWEEN, min, max);
            }
            if (ceiling != null && size > ceiling) {
                throw invalid(calledAs, element + " must be at most " + show(ceiling) + " units " + where
                        + ", was " + show(size), Rule.AT_MOST_UNITS, min, ceiling);
            }
            units[i] = (int) size;
        }
        return units;
    }

    /** The range in words, as every message and the command line's help give it. */
    public String range() {
        if (this == SEED) {
            return "an integer of at most 2^53 in size";
        }
        return switch (kind) {
            case NUMBER -> max == Double.POSITIVE_INFINITY ? "a finite number > " + show(min)
                    : "a number from " + show(min) + " to " + show(max);
            case INTEGER, LAYERS -> "an integer from " + show(min) + " to " + show(max);
            case WORD -> "one of " + String.join(", ", choices);
        };
    }

    private static InvalidHyperparameterException invalid(String field, String message, Rule rule, double low,
            double high) {
        return new InvalidHyperparameterException(field, message, rule, low, high);
    }

    /** The seed's bounds are there for JavaScript's sake, not the reader's: its rule is just "a whole number". */
    private Rule wholeRule() {
        return this == SEED ? Rule.WHOLE : Rule.WHOLE_BETWEEN;
    }

    /**
     * A number typed by a person, by the course's one rule for reading numbers (the page's exercises, {@code
     * static/exercises.js}, read answers by the same rule; both are tested against one table of cases,
     * {@code typed-numbers.tsv} in shared-math's test resources):
     * <ul>
     * <li>spaces (also no-break, thin and ideographic ones) are ignored, a full-width comma "，" is a comma and a
     * leading minus sign "−" is "-";
     * <li>commas that split the digits before the point into groups of exactly three, after a first group of 1 to 3
     * digits not starting with 0, separate thousands: "1,500" is 1500, "7,840,016.5" is 7840016.5 (as the lessons
     * print numbers);
     * <li>otherwise one comma with digits after it and no point is a decimal comma: "0,3", "1,5", "0,075";
     * <li>any other comma ("1,2,3", "1,000,5", "1.000,5", "10,00,000") is not read, because it can mean more than one
     * number; nor is a fraction, a word or "0x10". Then "1.5e3", ".5", "5." and "+2" are ordinary numbers.
     * </ul>
     *
     * @return null when the text is not such a number
     */
    public static Double parse(String typed) {
        String text = typed.replaceAll("[\\s\u00a0\u2009\u202f\u3000]", "").replace('\uff0c', ',');
        if (text.startsWith("\u2212")) {
            text = "-" + text.substring(1);
        }
        if (text.matches("[-+]?[1-9][0-9]{0,2}(,[0-9]{3})+(\\.[0-9]+)?")) {
            text = text.replace(",", "");
        } else if (text.matches("[-+]?[0-9]*,[0-9]+")) {
            text = text.replace(',', '.');
        } else if (text.indexOf(',') >= 0) {
            return null;
        }
        if (!text.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            return null;
        }
        return Double.parseDouble(text);
    }

    /** "256,128" → {256, 128}; "" → no layers; anything else null. */
    private static double[] parseList(String text) {
        if (text.isEmpty()) {
            return new double[0];
        }
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (!part.matches("[0-9]{1,9}")) {
                return null;
            }
            values[i] = Double.parseDouble(part);
        }
        return values;
    }

    /** A number as a message shows it: whole numbers without ".0" (2.5, 0, 60000, 1.0E300). */
    public static String show(double value) {
        if (Math.floor(value) == value && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
