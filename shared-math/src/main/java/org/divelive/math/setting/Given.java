package org.divelive.math.setting;

/**
 * A setting's value as a caller gave it, before it is checked: a JSON number, string or list of numbers, or the text a
 * form field, a URL hash or a command-line option holds (read by the setting's own kind, so "256,128" is a list of
 * layer sizes and "0,3" a decimal comma). {@link #shown} is how an error message quotes it.
 */
public final class Given {
    enum Form { NUMBER, WORD, NUMBERS, TEXT, OTHER }

    final Form form;
    final double number;
    final double[] numbers;
    final String text;
    final String shown;

    private Given(Form form, double number, double[] numbers, String text, String shown) {
        this.form = form;
        this.number = number;
        this.numbers = numbers;
        this.text = text;
        this.shown = shown;
    }

    /** A JSON number or a number a program holds. */
    public static Given number(double value) {
        return new Given(Form.NUMBER, value, null, null, Setting.show(value));
    }

    /** A JSON string: a word to a word setting, the wrong type to any other. */
    public static Given word(String word) {
        return new Given(Form.WORD, Double.NaN, null, word, "\"" + word + "\"");
    }

    /** A JSON list of numbers (only layer sizes are lists). */
    public static Given numbers(double[] values, String shown) {
        return new Given(Form.NUMBERS, Double.NaN, values.clone(), null, shown);
    }

    /** Text from a form, a URL hash or a command line, read as the setting's kind. */
    public static Given text(String text) {
        return new Given(Form.TEXT, Double.NaN, null, text.trim(), text.trim());
    }

    /** Anything else (a JSON object, true, a list of strings): always the wrong type. */
    public static Given other(String shown) {
        return new Given(Form.OTHER, Double.NaN, null, null, shown);
    }
}
