package org.divelive.math.setting;

/**
 * A hyperparameter out of range. {@link #field()} names it so a form can put the message next to its input;
 * {@link #rule()} with its bounds says which rule it broke, so a page can say it as a sentence of its own.
 */
public final class InvalidHyperparameterException extends IllegalArgumentException {
    private final String field;
    private final Rule rule;
    private final double low;
    private final double high;

    public InvalidHyperparameterException(String field, String message) {
        this(field, message, Rule.OTHER, Double.NaN, Double.NaN);
    }

    public InvalidHyperparameterException(String field, String message, Rule rule, double low, double high) {
        super(message);
        this.field = field;
        this.rule = rule;
        this.low = low;
        this.high = high;
    }

    public String field() {
        return field;
    }

    public Rule rule() {
        return rule;
    }

    /** The rule's lower bound, NaN where it has none. */
    public double low() {
        return low;
    }

    /** The rule's upper bound, NaN where it has none. */
    public double high() {
        return high;
    }
}
