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
    private int[] kept = new int[0];

    /**
     * Selects rows i0 … i0 + 5 of the order of {@code a}'s rows, whose products go to a C with N columns, and copies
     * out their non-zero columns, or, unless {@code skipZeros}, all columns.
     */
    void select(Operand a, RowOrder order, int i0, int n, boolean skipZeros) {
        int k = a.cols();
        if (kept.length < k) {
            kept = new int[k];
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
        int count = 0;
        if (skipZeros) {
            for (int p = 0, at = 0; p < k; p++, at += stride) {
                // without branches or float compares: a kept flag is as likely as not, so a branch would often
                // mispredict. Shifting out the sign bit counts −0 as zero; (v | −v) has its sign bit set iff v ≠ 0.
                int v = (Float.floatToRawIntBits(x[r0 + at]) | Float.floatToRawIntBits(x[r1 + at])
                        | Float.floatToRawIntBits(x[r2 + at]) | Float.floatToRawIntBits(x[r3 + at])
                        | Float.floatToRawIntBits(x[r4 + at]) | Float.floatToRawIntBits(x[r5 + at])) << 1;
                kept[count] = p;
                count += (v | -v) >>> 31;
            }
        } else {
            for (int p = 0; p < k; p++) {
                kept[p] = p;
            }
            count = k;
        }
        // side by side, the micro-kernel reads A in order and C2 can check the bounds once per strip
        for (int t = 0; t < count; t++) {
            int p = kept[t];
            int at = p * stride;
            int to = ROWS * t;
            values[to] = x[r0 + at];
            values[to + 1] = x[r1 + at];
            values[to + 2] = x[r2 + at];
            values[to + 3] = x[r3 + at];
            values[to + 4] = x[r4 + at];
            values[to + 5] = x[r5 + at];
            bRows[t] = p * MicroKernel.NR;
        }
        length = count;
    }
}
