package org.divelive.math.nn;

/**
 * An elementwise nonlinearity y = f(x) with backward dX = dY ⊙ f′(x). For all three of the course f′ is a function
 * of the output alone (σ′ = y(1 − y), tanh′ = 1 − y², ReLU′ = [y > 0]), so only y is kept for the backward pass.
 */
public abstract class Activation implements Layer {
    private final int size;
    private float[] y = new float[0];
    private float[] dX = new float[0];

    protected Activation(int size) {
        this.size = size;
    }

    protected abstract float apply(float x);

    /** f′ at the point whose output is y. */
    protected abstract float derivative(float y);

    @Override
    public float[] forward(float[] input, int batch) {
        int n = batch * size;
        y = Buffers.atLeast(y, n);
        for (int i = 0; i < n; i++) {
            y[i] = apply(input[i]);
        }
        return y;
    }

    @Override
    public float[] backward(float[] dY, int batch, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        int n = batch * size;
        dX = Buffers.atLeast(dX, n);
        for (int i = 0; i < n; i++) {
            dX[i] = dY[i] * derivative(y[i]);
        }
        return dX;
    }

    /** Element-wise: y has the width of x, and there is nothing to train. */
    @Override
    public int inputSize() {
        return size;
    }
}
