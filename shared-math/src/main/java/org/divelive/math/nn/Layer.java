package org.divelive.math.nn;

import java.util.List;

/**
 * A differentiable block of a network, working on whole minibatches: B rows, one per example. A layer owns its output
 * and gradient buffers (they grow to the largest B seen and are reused), so a training step allocates nothing.
 */
public interface Layer {

    /** x (B, inputSize) → y (B, outputSize). Keeps what {@link #backward} needs until the next forward. */
    float[] forward(float[] x, int batch);

    /**
     * dY = ∂loss/∂y (B, outputSize) → dX = ∂loss/∂x (B, inputSize), filling the gradients of this layer's
     * parameters on the way. {@code needInputGradient} is false for the first layer, whose dX nobody reads.
     */
    float[] backward(float[] dY, int batch, boolean needInputGradient);

    int inputSize();

    /** The width of y; a layer that changes the width (a linear one) says so, an element-wise one keeps it. */
    default int outputSize() {
        return inputSize();
    }

    /** The trainable parameters; a layer that has some lists them, an activation has none. */
    default List<Parameter> parameters() {
        return List.of();
    }
}
