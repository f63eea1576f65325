package org.divelive.math.data;

/**
 * One minibatch, gathered into contiguous buffers: {@code x} is (B, D); {@code y} (B) regression targets or
 * {@code labels} (B) class ids. The buffers are reused from step to step and only grow, so a training loop
 * allocates nothing per step.
 */
public final class Batch extends Examples {
    /** Empty buffers: the first batch sizes them. */
    public Batch() {
        x = new float[0];
        y = new float[0];
        labels = new int[0];
    }

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

    /** The label buffer itself; only its first B entries belong to this batch. */
    public int[] labelArray() {
        return labels;
    }

    /** The target buffer itself; only its first B entries belong to this batch. */
    public float[] targetArray() {
        return y;
    }
}
