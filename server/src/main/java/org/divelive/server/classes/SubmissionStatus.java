package org.divelive.server.classes;

import java.util.Locale;

/** Where an assignment submission is: waiting for its verification run, in it, or judged. */
public enum SubmissionStatus {
    QUEUED, VERIFYING, PASSED, FAILED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == PASSED || this == FAILED;
    }

    public static SubmissionStatus of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
