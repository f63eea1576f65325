package org.divelive.math.setting;

/** A hyperparameter out of range. {@link #field()} names it so a form can put the message next to its input. */
public final class InvalidHyperparameterException extends IllegalArgumentException {
    private final String field;

    public InvalidHyperparameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
