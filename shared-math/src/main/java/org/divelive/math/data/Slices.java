package org.divelive.math.data;

/**
 * The one loop that walks a data set in order for evaluation: consecutive slices of at most {@link #SIZE} examples,
 * copied into one reused batch, so memory stays bounded however large the set is.
 */
public final class Slices {
    public static final int SIZE = 1000;

    /** What to do with one slice; {@code from} is the index in the data set of the slice's first example. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Batch slice, int from);
    }

    private Slices() {
    }

    /** Visits the first {@code examples} examples of the data set, slice by slice. */
    public static void forEach(Dataset data, int examples, Visitor visitor) {
        Batch batch = new Batch();
        for (int from = 0; from < examples; from += SIZE) {
            data.slice(from, Math.min(SIZE, examples - from), batch);
            visitor.visit(batch, from);
        }
    }
}
