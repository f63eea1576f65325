package org.divelive.math.kernel;

/**
 * The seam between the math and the machine: the matrix products that hold nearly all of training's work. Every
 * model calls them through {@link Compute#kernels()}; the page uses {@link PortableKernels}, the server may install
 * a faster implementation (SIMD, several cores) at start-up. Every implementation computes the same sums; only the
 * order and precision of floating-point arithmetic, and so the last bits, may differ.
 *
 * <p>All matrices are flat row-major {@code float[]}; each method states its shapes. Outputs are overwritten, not
 * accumulated into, and never alias an input.
 */
public interface Kernels {

    /** c (M, N) = a (M, K) · b (K, N). The forward pass of a dense layer: y = x·W. */
    void matmul(float[] a, float[] b, float[] c, int m, int k, int n);

    /** c (K, N) = aᵀ · b with a (M, K), b (M, N). A weight gradient: dW = xᵀ·dY, summed over the batch rows M. */
    void matmulTransposeA(float[] a, float[] b, float[] c, int m, int k, int n);

    /** c (M, K) = a (M, N) · bᵀ with b (K, N). An input gradient: dX = dY·Wᵀ. */
    void matmulTransposeB(float[] a, float[] b, float[] c, int m, int n, int k);

    /**
     * θ ← θ − η·(g + λ·θ) entry by entry, in place: the SGD update of one parameter with L2 weight decay λ (0 for
     * none). It touches every parameter once per step, so after the products it is training's largest loop.
     */
    void sgdStep(float[] theta, float[] g, double learningRate, double weightDecay);

    /** A name for benchmarks and logs. */
    String name();
}
