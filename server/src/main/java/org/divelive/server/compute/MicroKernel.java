package org.divelive.server.compute;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The innermost block of every product: an MR × NR tile of C held in registers, MR = 6 rows by two SIMD vectors
 * (6 × 16 floats with AVX2). Each step loads one row of a B panel and broadcasts the six values of one kept column
 * of a {@link Strip}: 12 FMAs per 2 + 6 loads, and 12 independent accumulators, enough to cover the FMA latency.
 * Twelve accumulators, two B vectors and a broadcast leave one of AVX2's sixteen registers free, and the JIT needs
 * it: it likes to load two broadcasts at once, and a 4 × 24 tile (three B vectors) then spilled an accumulator to
 * memory on every step and ran a third slower.
 */
final class MicroKernel {
    /** The widest vector the CPU runs natively: 8 floats with AVX2, 16 with AVX-512, 4 with NEON. */
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    static final int MR = Strip.ROWS;
    static final int NR = 2 * LANES;

    private MicroKernel() {
    }

    /**
     * C(strip's rows, j0 … j0 + cols − 1) = strip (rows, K) · panel (K, cols) over the strip's kept columns p,
     * rows ≤ MR, cols ≤ NR: c(r, j) = Σ_p A(r, p) · panel(p, j), where the panel starts at {@code b[bOff]} with rows
     * NR floats apart and row r of the tile starts at {@code c[strip.cRowStart[r] + j0]}. Overwrites the tile.
     * {@code spill} (MR·NR floats) holds a partial tile at the edges of C.
     */
    static void multiply(Strip a, float[] b, int bOff, float[] c, int j0, int rows, int cols, float[] spill) {
        FloatVector c00 = FloatVector.zero(SPECIES);
        FloatVector c01 = c00;
        FloatVector c10 = c00;
        FloatVector c11 = c00;
        FloatVector c20 = c00;
        FloatVector c21 = c00;
        FloatVector c30 = c00;
        FloatVector c31 = c00;
        FloatVector c40 = c00;
        FloatVector c41 = c00;
        FloatVector c50 = c00;
        FloatVector c51 = c00;
        float[] x = a.values;
        int[] bRows = a.bRows;
        for (int t = 0, length = a.length; t < length; t++) {
            int row = bOff + bRows[t];
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, row);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, row + LANES);
            int at = MR * t;
            FloatVector a0 = FloatVector.broadcast(SPECIES, x[at]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = FloatVector.broadcast(SPECIES, x[at + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = FloatVector.broadcast(SPECIES, x[at + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = FloatVector.broadcast(SPECIES, x[at + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = FloatVector.broadcast(SPECIES, x[at + 4]);
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = FloatVector.broadcast(SPECIES, x[at + 5]);
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
        }
        if (rows == MR && cols == NR) {
            int row0 = a.cRowStart[0] + j0;
            int row1 = a.cRowStart[1] + j0;
            int row2 = a.cRowStart[2] + j0;
            int row3 = a.cRowStart[3] + j0;
            int row4 = a.cRowStart[4] + j0;
            int row5 = a.cRowStart[5] + j0;
            c00.intoArray(c, row0);
            c01.intoArray(c, row0 + LANES);
            c10.intoArray(c, row1);
            c11.intoArray(c, row1 + LANES);
            c20.intoArray(c, row2);
            c21.intoArray(c, row2 + LANES);
            c30.intoArray(c, row3);
            c31.intoArray(c, row3 + LANES);
            c40.intoArray(c, row4);
            c41.intoArray(c, row4 + LANES);
            c50.intoArray(c, row5);
            c51.intoArray(c, row5 + LANES);
            return;
        }
        c00.intoArray(spill, 0);
        c01.intoArray(spill, LANES);
        c10.intoArray(spill, NR);
        c11.intoArray(spill, NR + LANES);
        c20.intoArray(spill, 2 * NR);
        c21.intoArray(spill, 2 * NR + LANES);
        c30.intoArray(spill, 3 * NR);
        c31.intoArray(spill, 3 * NR + LANES);
        c40.intoArray(spill, 4 * NR);
        c41.intoArray(spill, 4 * NR + LANES);
        c50.intoArray(spill, 5 * NR);
        c51.intoArray(spill, 5 * NR + LANES);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(spill, r * NR, c, a.cRowStart[r] + j0, cols);
        }
    }
}
