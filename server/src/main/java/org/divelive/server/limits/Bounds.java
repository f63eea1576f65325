package org.divelive.server.limits;

/** The one check every bounded setting makes, so each refusal reads the same: "X must be from A to B, was V". */
public final class Bounds {
    private Bounds() {
    }

    /** @throws IllegalArgumentException naming {@code what} and its allowed range when value lies outside it */
    public static void require(String what, long value, long min, long max) {
        require(what, value, min, String.valueOf(min), max);
    }

    /** As {@link #require(String, long, long, long)}, with {@code minText} saying what the smallest value means. */
    public static void require(String what, long value, long min, String minText, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be from " + minText + " to " + max + ", was " + value);
        }
    }
}
