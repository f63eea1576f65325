package org.divelive.server.runs.queue;

/** A run the server's limits do not allow (its work or its weights); the message names the numbers. */
public final class RunTooLargeException extends RuntimeException {
    RunTooLargeException(String message) {
        super(message);
    }
}
