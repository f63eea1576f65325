package org.divelive.math.lessons.activation;

import java.util.Arrays;
import java.util.function.IntFunction;

import org.divelive.math.nn.Activation;

/**
 * An activation's values f(x) and slopes f′(x) at a row of points, read the way a network reads them: forward on
 * the points as one batch, then backward with dY = 1, which leaves dX = 1 ⊙ f′(x) = f′(x). So a plot of the curves
 * shows exactly what the layers compute in training, including ReLU's choice of slope 0 at the kink.
 */
public record ActivationCurve(float[] x, float[] values, float[] slopes) {

    /** {@code layer} builds the activation for a given width, e.g. {@code Sigmoid::new}. */
    public static ActivationCurve trace(IntFunction<? extends Activation> layer, float[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("an activation curve needs at least one point, got none");
        }
        Activation activation = layer.apply(x.length);
        float[] values = activation.forward(x, 1).clone();
        float[] ones = new float[x.length];
        Arrays.fill(ones, 1f);
        float[] slopes = activation.backward(ones, 1, true).clone();
        return new ActivationCurve(x.clone(), values, slopes);
    }

    /** {@code count} ≥ 2 evenly spaced points from {@code from} to {@code to}, both ends included. */
    public static float[] points(double from, double to, int count) {
        if (count < 2 || !(from < to)) {
            throw new IllegalArgumentException("points need count ≥ 2 and from < to, was count " + count
                    + " over [" + from + ", " + to + "]");
        }
        float[] x = new float[count];
        for (int i = 0; i < count; i++) {
            x[i] = (float) (from + (to - from) * i / (count - 1));
        }
        return x;
    }
}
