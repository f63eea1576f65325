package org.divelive.math.lessons.softmax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftmaxComparisonTest {

    @Test
    void smallLogitsGiveTheSameProbabilitiesAndLossBothWays() {
        SoftmaxComparison c = SoftmaxComparison.of(new double[] {2, 1, 0.1, -1}, 1, 0);
        for (int j = 0; j < 4; j++) {
            assertEquals(c.naive()[j], c.stable()[j], 1e-7);
        }
        assertEquals(c.naiveLoss(), c.stableLoss(), 1e-6);
        assertEquals(-Math.log(c.naive()[0]), c.naiveLoss(), 1e-12);
        assertEquals(1, c.stableSum(), 1e-12);
    }

    @Test
    void atLogitsOfPlusMinus1000TheNaiveSoftmaxIsNaNAndTheStableOneExact() {
        SoftmaxComparison c = SoftmaxComparison.of(new double[] {1000, -1000, 0, 0}, 1, 0);
        assertTrue(Double.isNaN(c.naive()[0]), "e^1000 / Σ = ∞/∞, was " + c.naive()[0]);
        assertTrue(Double.isNaN(c.naiveSum()));
        assertTrue(Double.isNaN(c.naiveLoss()));
        assertEquals(1, c.stable()[0], 1e-12);
        assertEquals(0, c.stable()[1], 0);
        assertEquals(1, c.stableSum(), 1e-12);
        assertEquals(0, c.stableLoss(), 1e-12);
    }

    @Test
    void theNaiveLossOfALabelWhoseExpUnderflowsIsInfiniteWhileTheStableOneIsFinite() {
        SoftmaxComparison c = SoftmaxComparison.of(new double[] {1000, -1000, 0, 0}, 1, 1);
        assertEquals(Double.POSITIVE_INFINITY, SoftmaxComparison.of(new double[] {-1000, 0, 1, 2}, 1, 0).naiveLoss());
        assertEquals(2000, c.stableLoss(), 1e-9);
    }

    @Test
    void temperatureDividesTheLogits() {
        SoftmaxComparison hot = SoftmaxComparison.of(new double[] {4, 2, 0, 0}, 2, 0);
        SoftmaxComparison plain = SoftmaxComparison.of(new double[] {2, 1, 0, 0}, 1, 0);
        assertEquals(2, hot.scaledLogits()[0]);
        for (int j = 0; j < 4; j++) {
            assertEquals(plain.stable()[j], hot.stable()[j], 1e-12);
        }
        SoftmaxComparison cold = SoftmaxComparison.of(new double[] {4, 2, 0, 0}, 0.1, 0);
        assertTrue(cold.stable()[0] > 0.999_999, "a low temperature sharpens toward the largest logit");
    }

    @Test
    void badInputsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SoftmaxComparison.of(new double[] {1, 2}, 0, 0));
        assertEquals("temperature must be a finite number > 0, was 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SoftmaxComparison.of(new double[] {1, 2}, 1, 2));
    }
}
