package org.divelive.server.compute;

/**
 * Four rows of A (M, K), read in place, and the list of columns p where at least one of them is non-zero. A column
 * of zeros contributes exactly nothing to C, so skipping it is an exact saving, and the data make it a large one:
 * blank image background (half of Fashion-MNIST's pixels, mostly the same ones in every image) and ReLU's zeros.
 * A(rᵗʰ row of the strip, p) is at {@code data[rowStart[r] + p·colStride]}; in the last strip of an M that 4 does
 * not divide, the missing rows repeat the strip's last row and the micro-kernel does not store them.
 */
final class Strip {
    static final int ROWS = 4;

    final int[] rowStart = new int[ROWS];
    int[] kept = new int[0];
    int length;
    float[] data;
    int colStride;

    /** Selects rows i0 … i0 + 3 of {@code a} and lists their non-zero columns. */
    void select(Operand a, int i0) {
        int k = a.cols();
        if (kept.length < k) {
            kept = new int[k];
        }
        int rows = Math.min(ROWS, a.rows() - i0);
        for (int r = 0; r < ROWS; r++) {
            rowStart[r] = a.rowStart(i0 + Math.min(r, rows - 1));
        }
        data = a.data();
        colStride = a.colStride();
        float[] x = data;
        int r0 = rowStart[0];
        int r1 = rowStart[1];
        int r2 = rowStart[2];
        int r3 = rowStart[3];
        int n = 0;
        for (int p = 0, at = 0; p < k; p++, at += colStride) {
            // without branches or float compares: a kept flag is as likely as not, so a branch would often
            // mispredict. Shifting out the sign bit counts −0 as zero; (v | −v) has its sign bit set iff v ≠ 0.
            int v = (Float.floatToRawIntBits(x[r0 + at]) | Float.floatToRawIntBits(x[r1 + at])
                    | Float.floatToRawIntBits(x[r2 + at]) | Float.floatToRawIntBits(x[r3 + at])) << 1;
            kept[n] = p;
            n += (v | -v) >>> 31;
        }
        length = n;
    }
}
