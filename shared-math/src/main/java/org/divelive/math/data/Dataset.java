package org.divelive.math.data;

/**
 * A supervised data set held as flat arrays. {@code x} is (N, D) row-major, one example per row. A regression set
 * has targets {@code y} (N); a classification set has integer {@code labels} (N) in [0, classes). Nothing is copied
 * on construction: the caller hands the arrays over.
 */
public final class Dataset extends Examples {
    private final int classes;

    private Dataset(float[] x, int features, float[] y, int[] labels, int classes) {
        if (features <= 0 || x.length % features != 0) {
            throw new IllegalArgumentException("x.length " + x.length + " is not a multiple of features " + features);
        }
        int rows = x.length / features;
        int targets = y != null ? y.length : labels.length;
        if (targets != rows) {
            throw new IllegalArgumentException("x has " + rows + " rows but there are " + targets + " targets");
        }
        if (labels != null) {
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] < 0 || labels[i] >= classes) {
                    throw new IllegalArgumentException("label " + labels[i] + " of example " + i
                            + " is outside [0, " + classes + ")");
                }
            }
        }
        this.size = rows;
        this.features = features;
        this.x = x;
        this.y = y;
        this.labels = labels;
        this.classes = classes;
    }

    /** For regression: targets y (N). */
    public Dataset(float[] x, int features, float[] y) {
        this(x, features, y, null, 0);
    }

    /** For classification: labels (N), each in [0, classes). */
    public static Dataset classification(float[] x, int features, int[] labels, int classes) {
        return new Dataset(x, features, null, labels, classes);
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** K, the number of classes; 0 for a regression set. */
    public int classes() {
        return classes;
    }

    /** The examples at {@code indices}, copied into a new data set of the same kind. */
    public Dataset select(int[] indices) {
        float[] xs = new float[indices.length * features];
        for (int r = 0; r < indices.length; r++) {
            System.arraycopy(x, indices[r] * features, xs, r * features, features);
        }
        if (labels != null) {
            int[] ls = new int[indices.length];
            for (int r = 0; r < indices.length; r++) {
                ls[r] = labels[indices[r]];
            }
            return classification(xs, features, ls, classes);
        }
        float[] ys = new float[indices.length];
        for (int r = 0; r < indices.length; r++) {
            ys[r] = y[indices[r]];
        }
        return new Dataset(xs, features, ys);
    }

    /** The first {@code count} examples (a prefix subset), copied. */
    public Dataset first(int count) {
        if (count < 1 || count > size) {
            throw new IllegalArgumentException("a subset must hold 1 to " + size + " examples, was " + count);
        }
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = i;
        }
        return select(indices);
    }

    /** Copies the examples {@code indices[from .. from + count)} into {@code batch}, row by row. */
    public void gather(int[] indices, int from, int count, Batch batch) {
        batch.resize(count, features);
        for (int r = 0; r < count; r++) {
            int i = indices[from + r];
            System.arraycopy(x, i * features, batch.x, r * features, features);
            if (labels != null) {
                batch.labels[r] = labels[i];
            } else {
                batch.y[r] = y[i];
            }
        }
    }

    /** Copies the consecutive examples [from, from + count) into {@code batch}: for evaluation in order. */
    public void slice(int from, int count, Batch batch) {
        batch.resize(count, features);
        System.arraycopy(x, from * features, batch.x, 0, count * features);
        if (labels != null) {
            System.arraycopy(labels, from, batch.labels, 0, count);
        } else {
            System.arraycopy(y, from, batch.y, 0, count);
        }
    }
}
