package org.divelive.server.runs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A run request with bad fields: one message per field, each naming the field, the value and what is allowed. */
public final class InvalidRunException extends RuntimeException {
    private final Map<String, String> errors;

    public InvalidRunException(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Field name → message, in the order the fields were checked. */
    public Map<String, String> errors() {
        return errors;
    }
}
