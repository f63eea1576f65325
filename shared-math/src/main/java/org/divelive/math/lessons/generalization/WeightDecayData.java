package org.divelive.math.lessons.generalization;

import java.util.Arrays;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.SyntheticRegression;
import org.divelive.math.data.TrainTestSplit;

/**
 * The weight-decay lesson's data: far more features than training examples, so an unregularised linear model
 * overfits. d = 200 features x ~ N(0, 1), y = 0.05 + Σᵢ 0.01·xᵢ + ε with ε ~ N(0, 0.01²); 20 training and 100 test
 * examples. The bias is separate here (not a feature column), as in {@link SyntheticRegression}, which draws them.
 */
public final class WeightDecayData {
    public static final int FEATURES = 200;
    public static final int TRAIN_SIZE = 20;
    public static final int TEST_SIZE = 100;
    /** Every one of the true weights. */
    public static final float TRUE_WEIGHT = 0.01f;
    public static final float TRUE_B = 0.05f;
    public static final double NOISE_STD = 0.01;

    private WeightDecayData() {
    }

    /** The course's split: d = 200, 20 training and 100 test examples. */
    public static TrainTestSplit course(Rng rng) {
        return generate(rng, FEATURES, TRAIN_SIZE, TEST_SIZE);
    }

    /** The training examples are drawn first, then the test ones; per example its d features, then ε. */
    public static TrainTestSplit generate(Rng rng, int features, int trainSize, int testSize) {
        float[] w = trueWeights(features);
        requireSize("trainSize", trainSize);
        requireSize("testSize", testSize);
        Dataset train = SyntheticRegression.generate(rng, w, TRUE_B, NOISE_STD, trainSize);
        Dataset test = SyntheticRegression.generate(rng, w, TRUE_B, NOISE_STD, testSize);
        return new TrainTestSplit(train, test);
    }

    /** The true weights: 0.01 for each of the {@code features} features. */
    public static float[] trueWeights(int features) {
        requireSize("features", features);
        float[] w = new float[features];
        Arrays.fill(w, TRUE_WEIGHT);
        return w;
    }

    private static void requireSize(String field, int size) {
        if (size < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, was " + size);
        }
    }
}
