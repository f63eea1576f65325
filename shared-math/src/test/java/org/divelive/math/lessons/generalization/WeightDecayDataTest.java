package org.divelive.math.lessons.generalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.TrainTestSplit;
import org.junit.jupiter.api.Test;

class WeightDecayDataTest {

    @Test
    void theCourseSplitHas20TrainingAnd100TestExamplesOf200Features() {
        SplitAssertions.assertSplitSize(WeightDecayData.course(new Rng(1)), 20, 100, 200);
    }

    @Test
    void targetsAreTheLinearModelPlusNoiseOfStandardDeviationPointZeroOne() {
        // y = 0.05 + Σ_j 0.01·x_j + ε over the 200 features
        float[] w = new float[200];
        Arrays.fill(w, 0.01f);
        Noise noise = Noise.of(WeightDecayData.course(new Rng(2)), 0.05f, w);
        // n = 120: standard errors σ/√n ≈ 0.00091 for the mean and σ/√(2n) ≈ 0.00065 for the standard deviation;
        // five of each
        assertEquals(0, noise.mean(), 0.0046);
        assertEquals(0.01, noise.deviation(), 0.0033);
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
        SplitAssertions.assertSeeded(WeightDecayData::course, 3, 4);
    }

    @Test
    void trueWeightsAreAllPointZeroOneAndBadSizesAreRejectedByName() {
        float[] w = WeightDecayData.trueWeights(200);
        assertEquals(200, w.length);
        for (float wi : w) {
            assertEquals(0.01f, wi);
        }
        assertEquals("trainSize must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class,
                        () -> WeightDecayData.generate(new Rng(1), 200, 0, 100)).getMessage());
    }

    @Test
    void aSplitNeedsTheSameFeaturesOnBothSides() {
        TrainTestSplit data = WeightDecayData.generate(new Rng(5), 3, 4, 5);
        Dataset narrower = PolynomialData.upToDegree(PolynomialData.course(new Rng(6)), 1).train();
        assertEquals("train has 3 features but test has 2", assertThrows(IllegalArgumentException.class,
                () -> new TrainTestSplit(data.train(), narrower)).getMessage());
    }
}
