package org.divelive.server.compute;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The innermost block of every product: an MR × NR tile of C held in registers, MR = 4 rows by three SIMD vectors
 * (4 × 24 floats with AVX2). Each step broadcasts the four values of one kept column of a {@link Strip} of A and
 * multiplies them into one row of a B panel: 12 FMAs per 3 + 4 loads, and 12 independent accumulators, enough to
 * cover the FMA latency (4 × 16, with 8, ran about 12% slower here). Twelve accumulators, three B vectors and a
 * broadcast use all sixteen AVX2 registers.
 */
final class MicroKernel {
    /** The widest vector the CPU runs natively: 8 floats with AVX2, 16 with AVX-512, 4 with NEON. */
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    static final int MR = Strip.ROWS;
    static final int NR = 3 * LANES;

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
        FloatVector c02 = c00;
        FloatVector c12 = c00;
        FloatVector c22 = c00;
        FloatVector c32 = c00;
        float[] x = a.data;
        int stride = a.colStride;
        int r0 = a.rowStart[0];
        int r1 = a.rowStart[1];
        int r2 = a.rowStart[2];
        int r3 = a.rowStart[3];
        int[] kept = a.kept;
        for (int t = 0, length = a.length; t < length; t++) {
            int p = kept[t];
            int row = bOff + p * NR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, row);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, row + LANES);
            FloatVector b2 = FloatVector.fromArray(SPECIES, b, row + 2 * LANES);
            int at = p * stride;
            FloatVector a0 = FloatVector.broadcast(SPECIES, x[r0 + at]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            c02 = a0.fma(b2, c02);
            FloatVector a1 = FloatVector.broadcast(SPECIES, x[r1 + at]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            c12 = a1.fma(b2, c12);
            FloatVector a2 = FloatVector.broadcast(SPECIES, x[r2 + at]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            c22 = a2.fma(b2, c22);
            FloatVector a3 = FloatVector.broadcast(SPECIES, x[r3 + at]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            c32 = a3.fma(b2, c32);
        }
        if (rows == MR && cols == NR) {
            int row0 = a.cRowStart[0] + j0;
            int row1 = a.cRowStart[1] + j0;
            int row2 = a.cRowStart[2] + j0;
            int row3 = a.cRowStart[3] + j0;
            c00.intoArray(c, row0);
            c01.intoArray(c, row0 + LANES);
            c02.intoArray(c, row0 + 2 * LANES);
            c10.intoArray(c, row1);
            c11.intoArray(c, row1 + LANES);
            c12.intoArray(c, row1 + 2 * LANES);
            c20.intoArray(c, row2);
            c21.intoArray(c, row2 + LANES);
            c22.intoArray(c, row2 + 2 * LANES);
            c30.intoArray(c, row3);
            c31.intoArray(c, row3 + LANES);
            c32.intoArray(c, row3 + 2 * LANES);
            return;
        }
        c00.intoArray(spill, 0);
        c01.intoArray(spill, LANES);
        c02.intoArray(spill, 2 * LANES);
        c10.intoArray(spill, NR);
        c11.intoArray(spill, NR + LANES);
        c12.intoArray(spill, NR + 2 * LANES);
        c20.intoArray(spill, 2 * NR);
        c21.intoArray(spill, 2 * NR + LANES);
        c22.intoArray(spill, 2 * NR + 2 * LANES);
        c30.intoArray(spill, 3 * NR);
        c31.intoArray(spill, 3 * NR + LANES);
        c32.intoArray(spill, 3 * NR + 2 * LANES);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(spill, r * NR, c, a.cRowStart[r] + j0, cols);
        }
    }
}
