package org.divelive.server.limits;

/** The one check, and the one wording, for a server setting that must be a whole number within a range. */
public final class Bounds {
    private Bounds() {
    }

    public static void requireWithin(String what, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be from " + min + " to " + max + ", was " + value);
        }
    }
}
