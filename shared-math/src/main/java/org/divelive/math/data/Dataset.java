package org.divelive.math.data;

/**
 * A supervised data set held as flat arrays: {@code x} is (N, D) row-major, {@code y} is (N, 1) regression targets.
 * Rows are examples. Nothing is copied on construction: the caller hands over the arrays.
 */
public final class Dataset {
    private final int size;
    private final int features;
    private final float[] x;
    private final float[] y;

    public Dataset(float[] x, int features, float[] y) {
        if (features <= 0 || x.length % features != 0) {
            throw new IllegalArgumentException("x.length " + x.length + " is not a multiple of features " + features);
        }
        if (y.length != x.length / features) {
            throw new IllegalArgumentException("y has " + y.length + " rows but x has " + x.length / features);
        }
        this.size = y.length;
        this.features = features;
        this.x = x;
        this.y = y;
    }

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

    /** Copies the examples {@code indices[from .. from + count)} into {@code batch}, row by row. */
    public void gather(int[] indices, int from, int count, Batch batch) {
        batch.resize(count, features);
        for (int r = 0; r < count; r++) {
            int i = indices[from + r];
            System.arraycopy(x, i * features, batch.x, r * features, features);
            batch.y[r] = y[i];
        }
    }
}
