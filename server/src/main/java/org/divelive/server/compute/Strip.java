package org.divelive.server.compute;

/**
 * Six rows of A (M, K), where their results go in C, and the columns p where at least one of them is non-zero,
 * copied side by side. A column of zeros contributes exactly nothing to C, so skipping it is an exact saving, and the
 * data make it a large one: blank image background (half of Fashion-MNIST's pixels, mostly the same ones in every
 * image) and ReLU's zeros. The rows need not be neighbours in A: they come from a {@link RowOrder}. In the last
 * strip of an M that 6 does not divide, the missing rows repeat the strip's last row and the micro-kernel does not
 * store them.
 */
final class Strip {
    static final int ROWS = 6;

    /** Where row r's results start in C (M, N): its row number times N. */
    final int[] cRowStart = new int[ROWS];
    private final int[] rowStart = new int[ROWS];
    /** The kept columns' values, ROWS per column: A(r, p) of the t-th kept column p at {@code values[ROWS·t + r]}. */
    float[] values = new float[0];
    /** Where the t-th kept column p's row starts in a panel of B: p·NR. */
    int[] bRows = new int[0];
    /** How many columns are kept. */
    int length;

    /**
     * Selects rows i0 … i0 + 5 of the order of {@code a}'s rows, whose products go to a C with N columns, and copies
     * out their non-zero columns, or, unless {@code skipZeros}, all columns.
     */
    void select(Operand a, RowOrder order, int i0, int n, boolean skipZeros) {
        int k = a.cols();
        if (bRows.length < k) {
            bRows = new int[k];
            values = new float[ROWS * k];
        }
        int rows = Math.min(ROWS, a.rows() - i0);
        for (int r = 0; r < ROWS; r++) {
            int row = order.row(i0 + Math.min(r, rows - 1));
            rowStart[r] = a.rowStart(row);
            cRowStart[r] = row * n;
        }
        float[] x = a.data();
        int stride = a.colStride();
        int r0 = rowStart[0];
        int r1 = rowStart[1];
        int r2 = rowStart[2];
        int r3 = rowStart[3];
        int r4 = rowStart[4];
        int r5 = rowStart[5];
        // One pass: every column's six values and B row are written at the next free place, and the place only
        // advances when one of them is non-zero, so a zero column is overwritten by the next one. Without branches
        // or float compares: a kept flag is as likely as not, so a branch would often mispredict. Shifting out the
        // sign bit counts −0 as zero; (v | −v) has its sign bit set iff v ≠ 0.
        int keep = skipZeros ? 0 : 1;
        int count = 0;
        for (int p = 0, at = 0; p < k; p++, at += stride) {
            float v0 = x[r0 + at];
            float v1 = x[r1 + at];
            float v2 = x[r2 + at];
            float v3 = x[r3 + at];
            float v4 = x[r4 + at];
            float v5 = x[r5 + at];
            int to = ROWS * count;
            values[to] = v0;
            values[to + 1] = v1;
            values[to + 2] = v2;
            values[to + 3] = v3;
            values[to + 4] = v4;
            values[to + 5] = v5;
            bRows[count] = p * MicroKernel.NR;
            int v = (Float.floatToRawIntBits(v0) | Float.floatToRawIntBits(v1) | Float.floatToRawIntBits(v2)
                    | Float.floatToRawIntBits(v3) | Float.floatToRawIntBits(v4) | Float.floatToRawIntBits(v5)) << 1;
            count += ((v | -v) >>> 31) | keep;
        }
        length = count;
    }
}
