package org.divelive.math.data;

import java.util.Arrays;

import org.divelive.math.Rng;

/** Random subsets drawn with a seeded {@link Rng}, so a seed picks the same examples on the JVM and in the page. */
public final class Subsets {
    private Subsets() {
    }

    /**
     * {@code count} distinct examples chosen uniformly at random, in random order, each with its own target or label
     * (a copy). The first {@code count} steps of a Fisher–Yates shuffle of 0..N−1: every ordered choice is equally
     * likely, and it costs {@code count} draws from {@code rng}, not N.
     */
    public static Dataset shuffled(Dataset data, int count, Rng rng) {
        int n = data.size();
        if (count < 1 || count > n) {
            throw new IllegalArgumentException("a subset must hold 1 to " + n + " examples, was " + count);
        }
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(n - i);
            int t = indices[i];
            indices[i] = indices[j];
            indices[j] = t;
        }
        return data.select(Arrays.copyOf(indices, count));
    }
}
