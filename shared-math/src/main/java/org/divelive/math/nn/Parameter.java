package org.divelive.math.nn;

/**
 * A named tensor of trainable values and the gradient of the loss with respect to them, both flat and of the same
 * length. The arrays are live: readers (charts, the weights view) see the values of the latest step.
 *
 * @param decays whether L2 weight decay applies (weights yes, biases no, as is usual)
 */
public record Parameter(String name, int[] shape, float[] value, float[] grad, boolean decays) {
    public Parameter {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (value.length != n || grad.length != n) {
            throw new IllegalArgumentException(name + ": value and grad must hold " + n + " numbers");
        }
    }

    public static Parameter zeros(String name, boolean decays, int... shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return new Parameter(name, shape, new float[n], new float[n], decays);
    }

    public int size() {
        return value.length;
    }
}
