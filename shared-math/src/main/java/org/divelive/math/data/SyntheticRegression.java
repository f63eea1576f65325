package org.divelive.math.data;

import org.divelive.math.Rng;

/**
 * The linear-regression course data: x ~ N(0, I), y = x·w + b + ε with ε ~ N(0, σ²). With the course's true
 * parameters a model that learns well should end close to them, which is what makes this data a good first test.
 */
public final class SyntheticRegression {
    /** The true weights the lesson's model should recover. */
    public static final float[] TRUE_W = {2f, -3.4f};
    public static final float TRUE_B = 4.2f;
    public static final double NOISE_STD = 0.01;
    public static final int SIZE = 1000;

    private SyntheticRegression() {
    }

    /** The course's set: 1000 examples, w = [2, −3.4], b = 4.2, σ = 0.01. */
    public static Dataset course(Rng rng) {
        return generate(rng, TRUE_W, TRUE_B, NOISE_STD, SIZE);
    }

    public static Dataset generate(Rng rng, float[] w, float b, double noiseStd, int size) {
        int d = w.length;
        float[] x = new float[size * d];
        float[] y = new float[size];
        for (int i = 0; i < size; i++) {
            double target = b;
            for (int j = 0; j < d; j++) {
                // the label is computed from the stored float: a store into float[] rounds on both platforms,
                // while under TeaVM's JavaScript a (float) cast or a float product alone does not
                x[i * d + j] = (float) rng.nextGaussian();
                target += (double) x[i * d + j] * w[j];
            }
            y[i] = (float) (target + rng.nextGaussian(0, noiseStd));
        }
        return new Dataset(x, d, y);
    }
}
