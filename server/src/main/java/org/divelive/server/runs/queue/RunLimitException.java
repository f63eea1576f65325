package org.divelive.server.runs.queue;

/** A new run would give its owner more queued-or-running runs than it may have; answered with 429 and Retry-After. */
public final class RunLimitException extends RuntimeException {
    private final int retryAfterSeconds;

    RunLimitException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
