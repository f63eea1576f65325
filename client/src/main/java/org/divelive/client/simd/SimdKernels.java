package org.divelive.client.simd;

import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.PortableKernels;

/**
 * The page's fast kernels: the two big products of training run in {@code kernels.wasm} (WebAssembly SIMD, see
 * {@link KernelModule}); the rest stays portable. Only the WebAssembly build of the worker installs them, and only
 * when its loader could instantiate the module ({@link #available()}).
 */
public final class SimdKernels implements Kernels {
    private static final int FLOAT = 4;
    private final Kernels portable = new PortableKernels();
    private final Scratch left = new Scratch();
    private final Scratch right = new Scratch();
    private final Scratch result = new Scratch();

    public static boolean available() {
        return KernelImports.loaded() != 0;
    }

    @Override
    public void matmul(float[] a, float[] b, float[] c, int m, int k, int n) {
        // c (M,N) = a (M,K) · b (K,N): rows of a, terms along them
        int at = left.put(a, m * k);
        int bt = right.put(b, k * n);
        KernelImports.rows(at, bt, result.reserve(m * n), m, k, n, k * FLOAT, FLOAT);
        result.get(c, m * n);
    }

    @Override
    public void matmulTransposeA(float[] a, float[] b, float[] c, int m, int k, int n) {
        // c (K,N) = aᵀ · b: the rows of aᵀ, copied in transposed so each row's terms are contiguous
        int at = left.putTransposed(a, m, k);
        int bt = right.put(b, m * n);
        KernelImports.rows(at, bt, result.reserve(k * n), k, m, n, m * FLOAT, FLOAT);
        result.get(c, k * n);
    }

    @Override
    public void matmulTransposeB(float[] a, float[] b, float[] c, int m, int n, int k) {
        // dX = dY·Wᵀ: in the MLP only the small last layers need it
        portable.matmulTransposeB(a, b, c, m, n, k);
    }

    @Override
    public void sgdStep(float[] theta, float[] g, double learningRate, double weightDecay) {
        portable.sgdStep(theta, g, learningRate, weightDecay);
    }

    @Override
    public String name() {
        return "WebAssembly SIMD";
    }
}
