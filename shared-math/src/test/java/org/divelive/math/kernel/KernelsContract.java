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

    private static float[] random(Rng rng, int size, boolean sparse) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = sparse && rng.nextDouble() < 0.5 ? 0f : (float) rng.nextGaussian();
        }
        return values;
    }

    @Test
    void matmulComputesTheDefinition() {
        Rng rng = new Rng(1);
        for (int[] s : SHAPES) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            float[] a = random(rng, m * k, true);
            float[] b = random(rng, k * n, false);
            float[] c = random(rng, m * n, false); // garbage that must be overwritten
            kernels().matmul(a, b, c, m, k, n);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    double scale = 0;
                    for (int p = 0; p < k; p++) {
                        sum += (double) a[i * k + p] * b[p * n + j];
                        scale += Math.abs((double) a[i * k + p] * b[p * n + j]);
                    }
                    assertEquals(sum, c[i * n + j], TOLERANCE * (scale + 1), "c(" + i + "," + j + ") " + m + "x" + k + "x" + n);
                }
            }
        }
    }

    @Test
    void matmulTransposeAComputesTheDefinition() {
        Rng rng = new Rng(2);
        for (int[] s : SHAPES) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            float[] a = random(rng, m * k, true);
            float[] b = random(rng, m * n, false);
            float[] c = random(rng, k * n, false);
            kernels().matmulTransposeA(a, b, c, m, k, n);
            for (int p = 0; p < k; p++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    double scale = 0;
                    for (int i = 0; i < m; i++) {
                        sum += (double) a[i * k + p] * b[i * n + j];
                        scale += Math.abs((double) a[i * k + p] * b[i * n + j]);
                    }
                    assertEquals(sum, c[p * n + j], TOLERANCE * (scale + 1), "c(" + p + "," + j + ") " + m + "x" + k + "x" + n);
                }
            }
        }
    }

    @Test
    void matmulTransposeBComputesTheDefinition() {
        Rng rng = new Rng(3);
        for (int[] s : SHAPES) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            float[] a = random(rng, m * n, false);
            float[] b = random(rng, k * n, true);
            float[] c = random(rng, m * k, false);
            kernels().matmulTransposeB(a, b, c, m, n, k);
            for (int i = 0; i < m; i++) {
                for (int p = 0; p < k; p++) {
                    double sum = 0;
                    double scale = 0;
                    for (int j = 0; j < n; j++) {
                        sum += (double) a[i * n + j] * b[p * n + j];
                        scale += Math.abs((double) a[i * n + j] * b[p * n + j]);
                    }
                    assertEquals(sum, c[i * k + p], TOLERANCE * (scale + 1), "c(" + i + "," + p + ") " + m + "x" + n + "x" + k);
                }
            }
        }
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
