package org.divelive.server.data;

/** The data set cannot be read; the message says which file, what is wrong and how to fix it. */
public final class DataUnavailableException extends RuntimeException {
    public DataUnavailableException(String message) {
        super(message);
    }

    public DataUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
