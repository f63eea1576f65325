package org.divelive.server.compute;

import java.util.Arrays;

/**
 * The order in which the rows of A are dealt into {@link Strip}s. A strip skips a column only where all of its rows
 * are zero, so rows whose zeros lie in the same places belong together. For a row-major A the rows are independent
 * examples (images in a batch) whose order is arbitrary: sorting them by where their non-zeros begin and end puts
 * alike ones side by side, which on Fashion-MNIST batches lowers the columns a 6-row strip keeps from 84% to 69%.
 * The rows of a transposed A are features (pixels), whose natural neighbours are already the most alike, so they
 * keep their order.
 */
final class RowOrder {
    /** Row numbers and column positions are packed 21 bits each into one sortable long. */
    private static final int INDEX_MASK = (1 << 21) - 1;

    private long[] keys = new long[0];
    private int[] rows = new int[0];

    /** Row i of the order; valid after {@link #arrange}. */
    int row(int i) {
        return rows[i];
    }

    /** Orders the rows of {@code a}; keeps their order if {@code group} is false. */
    void arrange(Operand a, boolean group) {
        int m = a.rows();
        if (rows.length < m) {
            rows = new int[m];
            keys = new long[m];
        }
        if (!group || a.transposed() || m > INDEX_MASK || a.cols() > INDEX_MASK) {
            for (int i = 0; i < m; i++) {
                rows[i] = i;
            }
            return;
        }
        float[] x = a.data();
        int k = a.cols();
        for (int i = 0; i < m; i++) {
            int start = i * k;
            int first = 0;
            while (first < k && x[start + first] == 0f) {
                first++;
            }
            int last = k - 1;
            while (last > first && x[start + last] == 0f) {
                last--;
            }
            keys[i] = ((long) first << 42) | ((long) last << 21) | i;   // the row index breaks ties
        }
        Arrays.sort(keys, 0, m);
        for (int i = 0; i < m; i++) {
            rows[i] = (int) (keys[i] & INDEX_MASK);
        }
    }
}
