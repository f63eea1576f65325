package org.divelive.math.nn;

/** tanh(x) = (1 − e^−2x) / (1 + e^−2x); tanh′ = 1 − tanh², at most 1 at x = 0. */
public final class Tanh extends Activation {
    public Tanh(int size) {
        super(size);
    }

    @Override
    protected float apply(float x) {
        return (float) Math.tanh(x);
    }

    @Override
    protected float derivative(float y) {
        return 1 - y * y;
    }
}
