package org.divelive.server.lessons;

/** A lesson file that cannot be rendered; the message names the file and what to fix. */
public final class BrokenLessonException extends RuntimeException {
    public BrokenLessonException(String message) {
        super(message);
    }

    public BrokenLessonException(String message, Throwable cause) {
        super(message, cause);
    }
}
