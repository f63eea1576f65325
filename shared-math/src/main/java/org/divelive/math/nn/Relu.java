package org.divelive.math.nn;

/** ReLU(x) = max(x, 0); ReLU′(x) = 1 for x > 0, else 0 (the kink at 0 takes the left slope, as is usual). */
public final class Relu extends Activation {
    public Relu(int size) {
        super(size);
    }

    // region relu
    @Override
    protected float apply(float x) {
        return x > 0 ? x : 0f;
    }

    @Override
    protected float derivative(float y) {
        return y > 0 ? 1f : 0f;
    }
    // endregion
}
