package org.divelive.math.data;

/**
 * Examples held row-major in flat arrays, as a {@link Dataset} keeps them and a {@link Batch} gathers them: features
 * {@code x} (N, D), and regression targets {@code y} (N) or class labels (N). Only this package writes the fields.
 */
public abstract sealed class Examples permits Dataset, Batch {
    float[] x;
    float[] y;
    int[] labels;
    int size;
    int features;

    /** N, the number of examples (for a batch B: the last batch of an epoch may be smaller). */
    public int size() {
        return size;
    }

    public int features() {
        return features;
    }

    /** Feature j of example i. */
    public float x(int i, int j) {
        return x[i * features + j];
    }

    public float y(int i) {
        return y[i];
    }

    public int label(int i) {
        return labels[i];
    }

    /**
     * The feature array itself, not a copy: for bulk reads such as evaluating a whole test set. A batch's buffer is
     * reused and may be longer: only its first B·D entries belong to the batch.
     */
    public float[] featureArray() {
        return x;
    }
}
