package org.divelive.math.kernel;

import java.util.Arrays;

/** The two row-wise operations every dense layer needs besides its matrix products. */
public final class RowVectors {
    private RowVectors() {
    }

    /** y (B, H) += b (H) on every row: the bias, broadcast over the batch. */
    public static void addToRows(float[] y, float[] b, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                y[row + j] += b[j];
            }
        }
    }

    /** out (H) = Σ over rows of d (B, H): the bias gradient, summed over the batch. */
    public static void sumRows(float[] d, float[] out, int rows, int cols) {
        Arrays.fill(out, 0, cols, 0f);
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += d[row + j];
            }
        }
    }
}
