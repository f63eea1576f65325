package org.divelive.server.compute;

/**
 * Four rows of A (M, K), read in place, where their results go in C, and the list of columns p where at least one
 * of them is non-zero. A column
 * of zeros contributes exactly nothing to C, so skipping it is an exact saving, and the data make it a large one:
 * blank image background (half of Fashion-MNIST's pixels, mostly the same ones in every image) and ReLU's zeros.
 * A(rᵗʰ row of the strip, p) is at {@code data[rowStart[r] + p·colStride]}; in the last strip of an M that 4 does
 * not divide, the missing rows repeat the strip's last row and the micro-kernel does not store them. The rows need
 * not be neighbours in A: they come from a {@link RowOrder}.
 */
final class Strip {
    static final int ROWS = 4;

    final int[] rowStart = new int[ROWS];
    /** Where row r's results start in C (M, N): its row number times N. */
    final int[] cRowStart = new int[ROWS];
    int[] kept = new int[0];
    int length;
    float[] data;
    int colStride;

    /**
     * Selects rows i0 … i0 + 3 of the order of {@code a}'s rows, whose products go to a C with N columns, and lists
     * their non-zero columns, or, unless {@code skipZeros}, all columns.
     */
    void select(Operand a, RowOrder order, int i0, int n, boolean skipZeros) {
        int k = a.cols();
        if (kept.length < k) {
            kept = new int[k];
        }
        int rows = Math.min(ROWS, a.rows() - i0);
        for (int r = 0; r < ROWS; r++) {
            int row = order.row(i0 + Math.min(r, rows - 1));
            rowStart[r] = a.rowStart(row);
            cRowStart[r] = row * n;
        }
        data = a.data();
        colStride = a.colStride();
        if (!skipZeros) {
            for (int p = 0; p < k; p++) {
                kept[p] = p;
            }
            length = k;
            return;
        }
        float[] x = data;
        int r0 = rowStart[0];
        int r1 = rowStart[1];
        int r2 = rowStart[2];
        int r3 = rowStart[3];
        int count = 0;
        for (int p = 0, at = 0; p < k; p++, at += colStride) {
            // without branches or float compares: a kept flag is as likely as not, so a branch would often
            // mispredict. Shifting out the sign bit counts −0 as zero; (v | −v) has its sign bit set iff v ≠ 0.
            int v = (Float.floatToRawIntBits(x[r0 + at]) | Float.floatToRawIntBits(x[r1 + at])
                    | Float.floatToRawIntBits(x[r2 + at]) | Float.floatToRawIntBits(x[r3 + at])) << 1;
            kept[count] = p;
            count += (v | -v) >>> 31;
        }
        length = count;
    }
}
