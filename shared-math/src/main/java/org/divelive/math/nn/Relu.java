package org.divelive.math.nn;

/** ReLU(x) = max(x, 0); ReLU′(x) = 1 for x > 0, else 0 (the kink at 0 takes the left slope, as is usual). */
public final class Relu extends Activation {
    public Relu(int size) {
        super(size);
    }

    // region relu
    @Override
    protected float apply(float x) {
        return Math.max(x, 0f);
    }

    @Override
    protected float derivative(float y) {
        return active(y);
    }
    // endregion

    /** [y > 0] for an output y ≥ 0: 1 where the unit is active, 0 where it is not. */
    public static float active(float y) {
        // About half the units are active, at random, so an if would be mispredicted every other time; in the MLP
        // that cost more than the rest of the elementwise work together. Without a branch: any positive float,
        // even the smallest 2⁻¹⁴⁹, times 2¹²⁶·2¹²⁶ is ≥ 1 (or ∞), and 0 stays 0.
        return Math.min(y * 0x1p126f * 0x1p126f, 1f);
    }
}
