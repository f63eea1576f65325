package org.divelive.math.nn;

/** σ(x) = 1 / (1 + e^−x); σ′ = σ(1 − σ), which is at most 1/4: the reason deep sigmoid nets learn slowly. */
public final class Sigmoid extends Activation {
    public Sigmoid(int size) {
        super(size);
    }

    @Override
    protected float apply(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }

    @Override
    protected float derivative(float y) {
        return y * (1 - y);
    }
}
