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
        return random(rng, size, true);
    }

    private static void assertClose(float[] expected, float[] actual, int k, String what) {
        for (int i = 0; i < expected.length; i++) {
            // both sum k products of N(0,1)-sized terms, in different orders
            assertEquals(expected[i], actual[i], 1e-5 * k + 1e-6, what + " at " + i);
        }
    }

    /** One product of fixed inputs, written into {@code c} by the given kernels. */
    private interface Product {
        void into(Kernels kernels, float[] c);
    }

    /** Runs {@code product} on the portable kernels into {@code expected} and on two threads into {@code actual}. */
    private static void assertSameAsPortable(Product product, float[] expected, float[] actual, int k, String what) {
        product.into(PORTABLE, expected);
        product.into(TWO_THREADS, actual);
        assertClose(expected, actual, k, what);
    }

    @Test
    void everyProductMatchesThePortableKernelAroundTileAndThreadEdges() {
        forEachShape(42, EDGES, (rng, m, k, n) -> {
            String shape = m + "x" + k + "x" + n;
            float[] a = sparse(rng, m * k);
            float[] b = sparse(rng, k * n);
            float[] expected = new float[m * n];
            float[] actual = new float[m * n];
            assertSameAsPortable((kernels, c) -> kernels.matmul(a, b, c, m, k, n), expected, actual, k,
                    "matmul " + shape);

            float[] bt = sparse(rng, m * n);
            assertSameAsPortable((kernels, c) -> kernels.matmulTransposeA(a, bt, c, m, k, n), new float[k * n],
                    new float[k * n], m, "matmulTransposeA " + shape);

            // a (m, k) · bᵀ with b (n, k): the reduction runs over k; it overwrites what matmul left in the arrays
            float[] bb = sparse(rng, n * k);
            assertSameAsPortable((kernels, c) -> kernels.matmulTransposeB(a, bb, c, m, k, n), expected, actual, k,
                    "matmulTransposeB " + shape);
        });
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
