package org.divelive.math.nn;

/** Reusable scratch arrays: grow when a larger batch arrives, otherwise keep the old one. */
final class Buffers {
    private Buffers() {
    }

    static float[] atLeast(float[] buffer, int size) {
        return buffer.length >= size ? buffer : new float[size];
    }
}
