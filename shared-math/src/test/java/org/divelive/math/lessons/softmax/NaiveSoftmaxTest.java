package org.divelive.math.lessons.softmax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.divelive.math.loss.SoftmaxCrossEntropy;
import org.junit.jupiter.api.Test;

class NaiveSoftmaxTest {

    @Test
    void naiveSoftmaxOverflowsWhereTheStableOneDoesNot() {
        double[] p = NaiveSoftmax.softmax(new double[] {1000, -1000, 0});
        assertTrue(Double.isNaN(p[0]), "e^1000/Σ = ∞/∞ = NaN, was " + p[0]);
        double ce = NaiveSoftmax.crossEntropy(new double[] {1000, -1000, 0}, 0);
        assertTrue(Double.isNaN(ce) || Double.isInfinite(ce), "cross-entropy " + ce);
        assertTrue(Double.isInfinite(NaiveSoftmax.crossEntropy(new double[] {-1000, 0, 1}, 0)),
                "e^−1000 underflows to 0 and −log 0 = ∞");

        // small logits: the two agree
        double[] small = NaiveSoftmax.softmax(new double[] {0.5, -1, 2});
        double[] stable = new double[3];
        SoftmaxCrossEntropy.softmax(new float[] {0.5f, -1f, 2f}, 0, 3, stable);
        for (int j = 0; j < 3; j++) {
            assertEquals(stable[j], small[j], 1e-7);
        }
    }
}
