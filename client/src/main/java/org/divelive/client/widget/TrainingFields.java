package org.divelive.client.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;

/**
 * The form field of a training setting, made from shared-math's {@link Setting}: its name, its kind (a select for a
 * word setting), its label from the {@link Sentence} catalogue ({@code SETTING_} + the name in capitals), its
 * choices' labels from there too ({@code CHOICE_} + the name + the value) and its
 * lesson attribute ({@code data-} + its shortest name in kebab case: {@code data-lr}, {@code data-batch-size}); a
 * widget gives only its own default.
 */
public final class TrainingFields {
    private TrainingFields() {
    }

    /** The field, opening with the model's own default. */
    public static Settings.Field field(Setting setting, TrainedModel model) {
        return field(setting, setting.defaultText(model));
    }

    public static Settings.Field field(Setting setting, String fallback) {
        String label = label(setting).format();
        if (setting.kind() != Setting.Kind.WORD) {
            return Settings.Field.number(setting.name(), attribute(setting), label, fallback);
        }
        List<String> shown = new ArrayList<>();
        choiceLabels(setting).forEach(choice -> shown.add(choice.format()));
        return Settings.Field.choice(setting.name(), attribute(setting), label, fallback, setting.choices(), shown);
    }

    /** A setting's label in {@code language}, for a page the server writes (the class dashboard's scatter). */
    public static String label(Setting setting, Language language) {
        return label(setting).format(language);
    }

    static Sentence label(Setting setting) {
        return sentence("SETTING_" + constant(setting.name()));
    }

    /** The labels of a word setting's choices, in the setting's order. */
    static List<Sentence> choiceLabels(Setting setting) {
        List<Sentence> labels = new ArrayList<>();
        for (String choice : setting.choices()) {
            labels.add(sentence("CHOICE_" + constant(setting.name()) + "_" + constant(choice)));
        }
        return labels;
    }

    /** learningRate → LEARNING_RATE, as the catalogue's constants spell it. */
    private static String constant(String camelCase) {
        return words(camelCase, '_').toUpperCase(Locale.ROOT);
    }

    private static Sentence sentence(String name) {
        for (Sentence sentence : Sentence.values()) {
            if (sentence.name().equals(name)) {
                return sentence;
            }
        }
        throw new IllegalStateException("the sentence catalogue has no " + name);
    }

    static String attribute(Setting setting) {
        String shortest = setting.name();
        for (String older : setting.olderNames()) {
            shortest = older.length() < shortest.length() ? older : shortest;
        }
        return "data-" + words(shortest, '-');
    }

    /** learningRate → learning-rate (or learning_rate). */
    private static String words(String camelCase, char separator) {
        StringBuilder out = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append(separator).append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
