package org.divelive.math.data;

/**
 * One minibatch, gathered into contiguous buffers: {@code x} is (B, D); {@code y} (B) regression targets or
 * {@code labels} (B) class ids. The buffers are reused from step to step and only grow, so a training loop
 * allocates nothing per step.
 */
public final class Batch {
    float[] x = new float[0];
    float[] y = new float[0];
    int[] labels = new int[0];
    private int size;
    private int features;

    void resize(int size, int features) {
        if (x.length < size * features) {
            x = new float[size * features];
        }
        if (y.length < size) {
            y = new float[size];
            labels = new int[size];
        }
        this.size = size;
        this.features = features;
    }

    /** B, the number of examples in this batch (the last batch of an epoch may be smaller). */
    public int size() {
        return size;
    }

    public int features() {
        return features;
    }

    public float x(int i, int j) {
        return x[i * features + j];
    }

    public float y(int i) {
        return y[i];
    }

    public int label(int i) {
        return labels[i];
    }

    /** The (B, D) feature buffer itself; only its first B·D entries belong to this batch. */
    public float[] featureArray() {
        return x;
    }

    /** The label buffer itself; only its first B entries belong to this batch. */
    public int[] labelArray() {
        return labels;
    }

    /** The target buffer itself; only its first B entries belong to this batch. */
    public float[] targetArray() {
        return y;
    }
}
