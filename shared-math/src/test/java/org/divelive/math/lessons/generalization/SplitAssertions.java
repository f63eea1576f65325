package org.divelive.math.lessons.generalization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.function.Function;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.TrainTestSplit;

/** What every generated train/test split of the generalization lessons must satisfy. */
final class SplitAssertions {
    private SplitAssertions() {
    }

    static void assertSplitSize(TrainTestSplit data, int trainSize, int testSize, int features) {
        assertEquals(trainSize, data.train().size());
        assertEquals(testSize, data.test().size());
        assertEquals(features, data.train().features());
        assertEquals(features, data.test().features());
    }

    /** Seed {@code seed} twice gives the same features and targets; {@code otherSeed} gives others. */
    static void assertSeeded(Function<Rng, TrainTestSplit> generator, long seed, long otherSeed) {
        TrainTestSplit a = generator.apply(new Rng(seed));
        TrainTestSplit b = generator.apply(new Rng(seed));
        TrainTestSplit c = generator.apply(new Rng(otherSeed));
        assertArrayEquals(a.train().featureArray(), b.train().featureArray());
        assertArrayEquals(a.test().featureArray(), b.test().featureArray());
        assertArrayEquals(targets(a.train()), targets(b.train()));
        assertArrayEquals(targets(a.test()), targets(b.test()));
        assertFalse(Arrays.equals(a.train().featureArray(), c.train().featureArray()));
        assertFalse(Arrays.equals(targets(a.test()), targets(c.test())));
    }

    static float[] targets(Dataset data) {
        float[] y = new float[data.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = data.y(i);
        }
        return y;
    }
}
