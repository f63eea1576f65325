package org.divelive.math.nn;

import org.divelive.math.Rng;

/**
 * How a weight matrix (fanIn, fanOut) starts. {@link #BOOK} is the book's N(0, 0.01²); {@link #XAVIER} is Glorot's
 * uniform U(−a, a) with a = √(6 / (fanIn + fanOut)), which keeps the variance of activations and gradients about
 * constant from layer to layer and so trains deeper networks without hand-tuned scales. Biases start at zero.
 */
public interface Init {

    void fill(float[] weights, int fanIn, int fanOut, Rng rng);

    /** N(0, 0.01²), as the book initialises every layer of chapters 3 and 4. */
    Init BOOK = normal(0.01);

    /** Glorot/Xavier uniform. */
    Init XAVIER = (weights, fanIn, fanOut, rng) -> {
        double a = Math.sqrt(6.0 / (fanIn + fanOut));
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) ((2 * rng.nextDouble() - 1) * a);
        }
    };

    static Init normal(double std) {
        return (weights, fanIn, fanOut, rng) -> {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) rng.nextGaussian(0, std);
            }
        };
    }
}
