package org.divelive.server.runs.api;

import java.util.Map;

/**
 * An API request that cannot be served as asked: the HTTP status and, for people, what is wrong and what to do.
 * {@code fieldErrors} holds one message per bad field, or is empty.
 */
public final class ApiError extends RuntimeException {
    final int status;
    final Map<String, String> fieldErrors;

    public ApiError(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiError(int status, String message, Map<String, String> fieldErrors) {
        super(message);
        this.status = status;
        this.fieldErrors = fieldErrors;
    }

    static ApiError noSuchRun(String id) {
        return new ApiError(404, "there is no run " + id + "; GET /api/runs lists them");
    }
}
