package org.divelive.math.lessons.generalization;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.TrainTestSplit;

/**
 * The model-selection lesson's data: y = 5 + 1.2x − 3.4x²/2! + 5.6x³/3! + ε with x ~ N(0, 1) and ε ~ N(0, 0.1²).
 *
 * <p>The features of an example are xⁱ/i! for i = 0..maxDegree. <b>The bias is a feature column</b>: column 0 is
 * the constant x⁰/0! = 1, so a linear model without a separate bias fits the data, and its true weights are
 * [5, 1.2, −3.4, 5.6, 0, …]. Dividing by i! keeps the high powers of x (and their gradients) from dwarfing the low
 * ones. A model of degree p uses the first p + 1 columns: {@link #upToDegree}.
 */
public final class PolynomialData {
    public static final int MAX_DEGREE = 20;
    public static final int TRAIN_SIZE = 100;
    public static final int TEST_SIZE = 100;
    public static final double NOISE_STD = 0.1;
    /** Weights of columns 0..3; every higher column's weight is 0. */
    private static final float[] CUBIC = {5f, 1.2f, -3.4f, 5.6f};

    private PolynomialData() {
    }

    /** The course's split: columns x⁰..x²⁰, 100 training and 100 test examples. */
    public static TrainTestSplit course(Rng rng) {
        return generate(rng, MAX_DEGREE, TRAIN_SIZE, TEST_SIZE);
    }

    /** Columns x⁰..x^maxDegree; the training examples are drawn first, then the test ones; per example x, then ε. */
    public static TrainTestSplit generate(Rng rng, int maxDegree, int trainSize, int testSize) {
        if (maxDegree < 0 || maxDegree > MAX_DEGREE) {
            throw new IllegalArgumentException("maxDegree must be an integer from 0 to " + MAX_DEGREE + ", was "
                    + maxDegree);
        }
        requireSize("trainSize", trainSize);
        requireSize("testSize", testSize);
        Dataset train = sample(rng, maxDegree + 1, trainSize);
        Dataset test = sample(rng, maxDegree + 1, testSize);
        return new TrainTestSplit(train, test);
    }

    /** The columns x⁰..x^degree of both sets, copied: the data of a degree-{@code degree} model. */
    public static TrainTestSplit upToDegree(TrainTestSplit data, int degree) {
        int available = data.train().features() - 1;
        if (degree < 0 || degree > available) {
            throw new IllegalArgumentException("degree must be from 0 to " + available
                    + " (the data holds the columns x⁰..x^" + available + "), was " + degree);
        }
        return new TrainTestSplit(firstColumns(data.train(), degree + 1), firstColumns(data.test(), degree + 1));
    }

    /** The true weights of the columns x⁰..x^degree: [5, 1.2, −3.4, 5.6, 0, …] cut or padded to degree + 1. */
    public static float[] trueCoefficients(int degree) {
        if (degree < 0 || degree > MAX_DEGREE) {
            throw new IllegalArgumentException("degree must be an integer from 0 to " + MAX_DEGREE + ", was "
                    + degree);
        }
        float[] w = new float[degree + 1];
        System.arraycopy(CUBIC, 0, w, 0, Math.min(w.length, CUBIC.length));
        return w;
    }

    /**
     * The features x⁰/0!..x^degree/degree! of one input x, computed as the data's columns are (each term from the
     * previous one, in double), so a model's prediction at x is its prediction on a data row with that x.
     */
    public static float[] features(double x, int degree) {
        if (degree < 0 || degree > MAX_DEGREE) {
            throw new IllegalArgumentException("degree must be an integer from 0 to " + MAX_DEGREE + ", was "
                    + degree);
        }
        float[] row = new float[degree + 1];
        double term = 1;
        for (int i = 0; i <= degree; i++) {
            if (i > 0) {
                term = term * x / i;
            }
            row[i] = (float) term;
        }
        return row;
    }

    /** The noise-free cubic at x: 5 + 1.2x − 3.4x²/2! + 5.6x³/3!, the curve every fit is trying to find. */
    public static double trueValue(double x) {
        double term = 1;
        double value = 0;
        for (int i = 0; i < CUBIC.length; i++) {
            if (i > 0) {
                term = term * x / i;
            }
            value += CUBIC[i] * term;
        }
        return value;
    }

    private static Dataset sample(Rng rng, int features, int size) {
        float[] x = new float[size * features];
        float[] y = new float[size];
        int terms = Math.max(features, CUBIC.length);
        for (int n = 0; n < size; n++) {
            // kept in double: a (float) cast does not round under TeaVM's JavaScript (only a float[] store does),
            // so every power and y are computed from the same double x on both platforms
            double value = rng.nextGaussian();
            double term = 1;
            double target = 0;
            for (int i = 0; i < terms; i++) {
                if (i > 0) {
                    // xⁱ/i! = x^(i−1)/(i−1)! · x/i, in double with + − × ÷ only (Math.pow may differ in the page)
                    term = term * value / i;
                }
                if (i < features) {
                    x[n * features + i] = (float) term;
                }
                if (i < CUBIC.length) {
                    target += CUBIC[i] * term;
                }
            }
            y[n] = (float) (target + rng.nextGaussian(0, NOISE_STD));
        }
        return new Dataset(x, features, y);
    }

    private static Dataset firstColumns(Dataset data, int columns) {
        int n = data.size();
        float[] x = new float[n * columns];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data.featureArray(), i * data.features(), x, i * columns, columns);
            y[i] = data.y(i);
        }
        return new Dataset(x, columns, y);
    }

    private static void requireSize(String field, int size) {
        if (size < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, was " + size);
        }
    }
}
