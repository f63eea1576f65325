package org.divelive.math.data;

/**
 * One minibatch, gathered into contiguous buffers: {@code x} is (B, D), {@code y} is (B). The buffers are reused
 * from step to step and only grow, so a training loop allocates nothing per step.
 */
public final class Batch {
    float[] x = new float[0];
    float[] y = new float[0];
    private int size;
    private int features;

    void resize(int size, int features) {
        if (x.length < size * features) {
            x = new float[size * features];
        }
        if (y.length < size) {
            y = new float[size];
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
}
