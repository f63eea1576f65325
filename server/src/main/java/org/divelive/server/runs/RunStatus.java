package org.divelive.server.runs;

import java.util.Locale;

/** Where a run is. A run ends in exactly one of the final states, and stays there. */
public enum RunStatus {
    QUEUED, RUNNING, FINISHED, FAILED, DIVERGED, CANCELLED,
    /** The server process stopped (or died) before the run ended. */
    INTERRUPTED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }

    /** The name the API and the database use: "queued", "running", … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
