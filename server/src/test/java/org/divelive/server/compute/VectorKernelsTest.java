package org.divelive.server.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.divelive.math.Rng;
import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.KernelsContract;
import org.divelive.math.kernel.PortableKernels;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The shared contract, plus shapes on either side of the tile (MR = 6 rows, NR = two vectors: 16 floats with
 * AVX2), the strips and the split across threads, each compared with the portable kernel.
 */
class VectorKernelsTest extends KernelsContract {
    private static final Kernels TWO_THREADS = VectorKernels.create(2);
    private static final Kernels PORTABLE = new PortableKernels();

    @Override
    protected Kernels kernels() {
        return TWO_THREADS;
    }

    /** {m, k, n}: single rows and columns, tile and strip edges, the MLP's shapes and one past them. */
    private static final int[][] EDGES = {{1, 1, 1}, {1, 785, 256}, {257, 784, 10}, {256, 1, 256}, {256, 785, 257},
        {5, 3, 17}, {6, 16, 16}, {7, 15, 33}, {12, 9, 15}, {13, 64, 47}, {65, 64, 33}, {256, 256, 10}, {256, 10, 256},
        {300, 700, 31}};

    private static float[] sparse(Rng rng, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = rng.nextDouble() < 0.5 ? 0f : (float) rng.nextGaussian();
        }
        return values;
    }

    private static void assertClose(float[] expected, float[] actual, int k, String what) {
        for (int i = 0; i < expected.length; i++) {
            // both sum k products of N(0,1)-sized terms, in different orders
            assertEquals(expected[i], actual[i], 1e-5 * k + 1e-6, what + " at " + i);
        }
    }

    @Test
    void everyProductMatchesThePortableKernelAroundTileAndThreadEdges() {
        Rng rng = new Rng(42);
        for (int[] s : EDGES) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            String shape = m + "x" + k + "x" + n;
            float[] a = sparse(rng, m * k);
            float[] b = sparse(rng, k * n);
            float[] expected = new float[m * n];
            float[] actual = new float[m * n];
            PORTABLE.matmul(a, b, expected, m, k, n);
            TWO_THREADS.matmul(a, b, actual, m, k, n);
            assertClose(expected, actual, k, "matmul " + shape);

            float[] bt = sparse(rng, m * n);
            float[] expectedT = new float[k * n];
            float[] actualT = new float[k * n];
            PORTABLE.matmulTransposeA(a, bt, expectedT, m, k, n);
            TWO_THREADS.matmulTransposeA(a, bt, actualT, m, k, n);
            assertClose(expectedT, actualT, m, "matmulTransposeA " + shape);

            // a (m, k) · bᵀ with b (n, k): the reduction runs over k
            float[] bb = sparse(rng, n * k);
            PORTABLE.matmulTransposeB(a, bb, expected, m, k, n);
            TWO_THREADS.matmulTransposeB(a, bb, actual, m, k, n);
            assertClose(expected, actual, k, "matmulTransposeB " + shape);
        }
    }

    @Test
    void oneThreadAndTwoThreadsGiveTheSameBits() {
        Rng rng = new Rng(7);
        int m = 257;
        int k = 785;
        int n = 40;
        float[] a = sparse(rng, m * k);
        float[] b = sparse(rng, k * n);
        float[] one = new float[m * n];
        float[] two = new float[m * n];
        VectorKernels.create(1).matmul(a, b, one, m, k, n);
        TWO_THREADS.matmul(a, b, two, m, k, n);
        // each element is summed by one thread in one fixed order, whichever thread that is
        assertEquals(Arrays.toString(one), Arrays.toString(two));
    }

    @Test
    void anAllZeroAOverwritesGarbageWithZeros() {
        int m = 9;
        int k = 50;
        int n = 20;
        float[] c = new float[m * n];
        Arrays.fill(c, Float.NaN);
        // every column of A is skipped, so no tile multiplies anything: the stores alone must clear C
        TWO_THREADS.matmul(new float[m * k], sparse(new Rng(1), k * n), c, m, k, n);
        for (float v : c) {
            assertEquals(0f, v);
        }
    }
}
