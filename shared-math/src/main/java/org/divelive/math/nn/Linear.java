package org.divelive.math.nn;

import java.util.List;

import org.divelive.math.Rng;
import org.divelive.math.kernel.Compute;
import org.divelive.math.kernel.RowVectors;

/**
 * A dense layer: y = x·W + b with W (D, H) and b (H), for a batch x (B, D). Without a bias (for data that carries its
 * own constant column, like the polynomial features) it is y = x·W.
 */
public final class Linear implements Layer {
    private final int in;
    private final int out;
    private final Parameter w;
    private final Parameter b;
    private float[] input;
    private float[] y = new float[0];
    private float[] dX = new float[0];

    public Linear(int in, int out, Init init, Rng rng) {
        this(in, out, init, rng, true);
    }

    private Linear(int in, int out, Init init, Rng rng, boolean hasBias) {
        this.in = in;
        this.out = out;
        this.w = Parameter.zeros("W", true, in, out);
        this.b = hasBias ? Parameter.zeros("b", false, out) : null;
        init.fill(w.value(), in, out, rng);
    }

    public static Linear withoutBias(int in, int out, Init init, Rng rng) {
        return new Linear(in, out, init, rng, false);
    }

    // region linear-forward
    @Override
    public float[] forward(float[] x, int batch) {
        input = x;
        y = Buffers.atLeast(y, batch * out);
        Compute.kernels().matmul(x, w.value(), y, batch, in, out);   // x (B,D) · W (D,H) → (B,H)
        if (b != null) {
            RowVectors.addToRows(y, b.value(), batch, out);
        }
        return y;
    }
    // endregion

    // region linear-backward
    // dW = xᵀ·dY, db = Σ_rows dY, dX = dY·Wᵀ
    @Override
    public float[] backward(float[] dY, int batch, boolean needInputGradient) {
        Compute.kernels().matmulTransposeA(input, dY, w.grad(), batch, in, out);
        if (b != null) {
            RowVectors.sumRows(dY, b.grad(), batch, out);
        }
        if (!needInputGradient) {
            return null;
        }
        dX = Buffers.atLeast(dX, batch * in);
        Compute.kernels().matmulTransposeB(dY, w.value(), dX, batch, out, in);
        return dX;
    }
    // endregion

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    @Override
    public List<Parameter> parameters() {
        return b != null ? List.of(w, b) : List.of(w);
    }

    public Parameter weight() {
        return w;
    }

    /** The bias, or null for a layer without one. */
    public Parameter bias() {
        return b;
    }
}
