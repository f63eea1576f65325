package org.divelive.math.setting;

/**
 * A hyperparameter out of range. {@link #field()} names it so a form can put the message next to its input;
 * {@link #violation()} says which rule it broke, with its bounds, so a page can say it as a sentence of its own.
 */
public final class InvalidHyperparameterException extends IllegalArgumentException {
    private final String field;
    private final Violation violation;

    public InvalidHyperparameterException(String field, String message, Rule rule, double low, double high) {
        super(message);
        this.field = field;
        this.violation = new Violation(rule, low, high);
    }

    public String field() {
        return field;
    }

    public Violation violation() {
        return violation;
    }
}
