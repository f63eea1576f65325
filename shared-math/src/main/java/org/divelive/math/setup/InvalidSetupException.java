package org.divelive.math.setup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A setup with one or more bad fields: {@link #errors()} maps each field, by the name the caller used, to its message. */
public final class InvalidSetupException extends IllegalArgumentException {
    private final Map<String, String> errors;

    public InvalidSetupException(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Field name → message, in the order the fields were checked. */
    public Map<String, String> errors() {
        return errors;
    }
}
