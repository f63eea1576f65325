package org.divelive.server.runs.store;

/** The run database cannot be opened, read or written; the message says which file or operation and why. */
public final class RunStoreException extends RuntimeException {
    public RunStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
