package org.divelive.server.compute;

/**
 * B (K, N) copied into column panels NR wide: panel q holds B(:, q·NR … q·NR + NR − 1) as K contiguous rows of NR
 * floats, zero-padded past column N. The micro-kernel then reads one short contiguous row per step instead of
 * striding through B by N floats, which for N = 256 would map every row onto the same few cache sets.
 */
final class PackedB {
    private PackedB() {
    }

    static int panels(int n, int nr) {
        return (n + nr - 1) / nr;
    }

    /** Fills panel q of {@code packed}, which starts at q·K·NR. */
    static void packPanel(Operand b, int q, int nr, float[] packed) {
        int k = b.rows();
        int n = b.cols();
        int j0 = q * nr;
        int width = Math.min(nr, n - j0);
        int base = q * k * nr;
        float[] data = b.data();
        for (int p = 0; p < k; p++) {
            int row = base + p * nr;
            if (b.transposed()) {
                // B(p, j) = stored(j, p): gather one column of the stored matrix
                for (int jj = 0; jj < width; jj++) {
                    packed[row + jj] = data[(j0 + jj) * k + p];
                }
            } else {
                System.arraycopy(data, p * n + j0, packed, row, width);
            }
            for (int jj = width; jj < nr; jj++) {
                packed[row + jj] = 0f;
            }
        }
    }
}
