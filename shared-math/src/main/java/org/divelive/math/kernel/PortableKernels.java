package org.divelive.math.kernel;

import java.util.Arrays;

/**
 * Plain-Java matrix products that TeaVM compiles for the page and the JVM runs anywhere. The loop orders keep the
 * innermost loop walking contiguous memory (an axpy: c_row += a_ik · b_row), which is what JITs vectorise, and skip
 * the zero entries of a, which are frequent here: ReLU outputs and the blank background of images.
 */
public final class PortableKernels implements Kernels {

    // region matmul
    @Override
    public void matmul(float[] a, float[] b, float[] c, int m, int k, int n) {
        // c(i,:) = Σ_p a(i,p) · b(p,:)
        Arrays.fill(c, 0, m * n, 0f);
        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            for (int p = 0; p < k; p++) {
                float aip = a[i * k + p];
                if (aip == 0f) {
                    continue;
                }
                int bRow = p * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aip * b[bRow + j];
                }
            }
        }
    }
    // endregion

    @Override
    public void matmulTransposeA(float[] a, float[] b, float[] c, int m, int k, int n) {
        // c(p,:) = Σ_i a(i,p) · b(i,:): walk the batch rows i, adding each row of b scaled by a(i,p)
        Arrays.fill(c, 0, k * n, 0f);
        for (int i = 0; i < m; i++) {
            int bRow = i * n;
            for (int p = 0; p < k; p++) {
                float aip = a[i * k + p];
                if (aip == 0f) {
                    continue;
                }
                int cRow = p * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aip * b[bRow + j];
                }
            }
        }
    }

    @Override
    public void matmulTransposeB(float[] a, float[] b, float[] c, int m, int n, int k) {
        // c(i,p) = a(i,:) · b(p,:): a dot product of two contiguous rows
        for (int i = 0; i < m; i++) {
            int aRow = i * n;
            for (int p = 0; p < k; p++) {
                int bRow = p * n;
                float sum = 0f;
                for (int j = 0; j < n; j++) {
                    sum += a[aRow + j] * b[bRow + j];
                }
                c[i * k + p] = sum;
            }
        }
    }

    @Override
    public void sgdStep(float[] theta, float[] g, double learningRate, double weightDecay) {
        // in double, rounded once per entry: the page's training curves are the reference the server's are compared to
        for (int k = 0; k < theta.length; k++) {
            theta[k] = (float) (theta[k] - learningRate * (g[k] + weightDecay * theta[k]));
        }
    }

    @Override
    public String name() {
        return "portable";
    }
}
