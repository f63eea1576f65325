package org.divelive.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.divelive.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Kernels} implementation must compute, checked against the definition of the product in double
 * precision on odd shapes (so blocked and vector code meets its edges) and on inputs with many exact zeros.
 * Implementations run it by subclassing.
 */
public abstract class KernelsContract {
    /** Relative to the size of the sum: float32 accumulation over K terms. */
    private static final double TOLERANCE = 1e-5;

    protected abstract Kernels kernels();

    private static final int[][] SHAPES = {{1, 1, 1}, {3, 5, 7}, {17, 33, 9}, {64, 784, 256}, {257, 31, 10},
        {5, 256, 10}, {100, 2, 1}};

    /** Gaussian entries; with {@code sparse}, half of them exact zeros (the kernels' skip path). */
    protected static float[] random(Rng rng, int size, boolean sparse) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = sparse && rng.nextDouble() < 0.5 ? 0f : (float) rng.nextGaussian();
        }
        return values;
    }

    /** A check on one product shape (m, k, n), drawing its inputs from {@code rng}. */
    protected interface ShapeCheck {
        void check(Rng rng, int m, int k, int n);
    }

    /** Runs {@code check} on each {m, k, n} of {@code shapes} in order, all drawing from one generator. */
    protected static void forEachShape(long seed, int[][] shapes, ShapeCheck check) {
        Rng rng = new Rng(seed);
        for (int[] s : shapes) {
            check.check(rng, s[0], s[1], s[2]);
        }
    }

    /** Entry (row, term) of a product's left factor, or (column, term) of its right one. */
    private interface Factor {
        float at(int index, int term);
    }

    /**
     * Checks every entry of the (rows, columns) result {@code c} against its definition, the sum over {@code terms}
     * terms of left(row, t) · right(col, t) in double; the tolerance grows with the sum of the terms' sizes.
     */
    private static void assertProduct(float[] c, int rows, int columns, int terms, Factor left, Factor right,
            String shape) {
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns; col++) {
                double sum = 0;
                double scale = 0;
                for (int t = 0; t < terms; t++) {
                    double product = (double) left.at(row, t) * right.at(col, t);
                    sum += product;
                    scale += Math.abs(product);
                }
                assertEquals(sum, c[row * columns + col], TOLERANCE * (scale + 1),
                        "c(" + row + "," + col + ") " + shape);
            }
        }
    }

    @Test
    void matmulComputesTheDefinition() {
        forEachShape(1, SHAPES, (rng, m, k, n) -> {
            float[] a = random(rng, m * k, true);
            float[] b = random(rng, k * n, false);
            float[] c = random(rng, m * n, false); // garbage that must be overwritten
            kernels().matmul(a, b, c, m, k, n);
            // c(i,j) = Σ_p a(i,p) · b(p,j)
            assertProduct(c, m, n, k, (i, p) -> a[i * k + p], (j, p) -> b[p * n + j], m + "x" + k + "x" + n);
        });
    }

    @Test
    void matmulTransposeAComputesTheDefinition() {
        forEachShape(2, SHAPES, (rng, m, k, n) -> {
            float[] a = random(rng, m * k, true);
            float[] b = random(rng, m * n, false);
            float[] c = random(rng, k * n, false);
            kernels().matmulTransposeA(a, b, c, m, k, n);
            // c(p,j) = Σ_i a(i,p) · b(i,j)
            assertProduct(c, k, n, m, (p, i) -> a[i * k + p], (j, i) -> b[i * n + j], m + "x" + k + "x" + n);
        });
    }

    @Test
    void matmulTransposeBComputesTheDefinition() {
        forEachShape(3, SHAPES, (rng, m, n, k) -> {
            float[] a = random(rng, m * n, false);
            float[] b = random(rng, k * n, true);
            float[] c = random(rng, m * k, false);
            kernels().matmulTransposeB(a, b, c, m, n, k);
            // c(i,p) = Σ_j a(i,j) · b(p,j)
            assertProduct(c, m, k, n, (i, j) -> a[i * n + j], (p, j) -> b[p * n + j], m + "x" + n + "x" + k);
        });
    }

    @Test
    void sgdStepComputesTheUpdate() {
        Rng rng = new Rng(4);
        for (int size : new int[] {1, 7, 10, 256, 16_385, 200_704}) {
            for (double lambda : new double[] {0, 3e-3}) {
                float[] theta = random(rng, size, false);
                float[] g = random(rng, size, true);
                float[] before = theta.clone();
                kernels().sgdStep(theta, g, 0.1, lambda);
                for (int k = 0; k < size; k++) {
                    double expected = before[k] - 0.1 * (g[k] + lambda * before[k]);
                    // float32 rounding of θ and of the step
                    assertEquals(expected, theta[k], 1e-6 * (Math.abs(before[k]) + Math.abs(g[k])) + 1e-30,
                            "θ(" + k + ") of " + size + ", λ " + lambda);
                }
            }
        }
    }
}
