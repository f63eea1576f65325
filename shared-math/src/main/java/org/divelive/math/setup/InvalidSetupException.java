package org.divelive.math.setup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;

/**
 * A setup with one or more bad fields: {@link #errors()} maps each field, by the name the caller used, to its message;
 * {@link #rejections()} holds, for the fields a setting's rule refused, that rejection with its rule and bounds.
 */
public final class InvalidSetupException extends IllegalArgumentException {
    private final Map<String, String> errors;
    private final Map<String, InvalidHyperparameterException> rejections;

    public InvalidSetupException(Map<String, String> errors) {
        this(errors, Map.of());
    }

    public InvalidSetupException(Map<String, String> errors, Map<String, InvalidHyperparameterException> rejections) {
        super(String.join("; ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        this.rejections = Collections.unmodifiableMap(new LinkedHashMap<>(rejections));
    }

    /** The first bad field's rejection: its rule where a setting's rule refused it, else its message alone. */
    public InvalidHyperparameterException first() {
        Map.Entry<String, String> first = errors.entrySet().iterator().next();
        InvalidHyperparameterException rejection = rejections.get(first.getKey());
        return rejection != null ? rejection : new InvalidHyperparameterException(first.getKey(), first.getValue(),
                Rule.OTHER, Double.NaN, Double.NaN);
    }

    /** Field name → message, in the order the fields were checked. */
    public Map<String, String> errors() {
        return errors;
    }
}
