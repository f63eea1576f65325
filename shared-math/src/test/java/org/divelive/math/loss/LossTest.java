package org.divelive.math.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.divelive.math.nn.GradientCheck;
import org.junit.jupiter.api.Test;

class LossTest {

    @Test
    void softmaxCrossEntropyGradientMatchesFiniteDifferences() {
        float[] logits = {0.3f, -1.2f, 2.0f, 0.7f, 0.1f, -0.4f, 1.5f, 0.9f};
        int[] labels = {2, 0};
        float[] d = new float[8];
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        loss.lossAndGradient(logits, labels, 2, 4, d);
        GradientCheck.check("dLogits", logits, d, () -> loss.lossAndGradient(logits, labels, 2, 4, null).loss(), 1);
    }

    @Test
    void softmaxCrossEntropyStaysExactAtLogitsOfPlusMinus1000() {
        float[] logits = {1000f, -1000f, 0f, 999f};
        int[] labels = {3};
        float[] d = new float[4];
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        BatchResult result = loss.lossAndGradient(logits, labels, 1, 4, d);
        double value = result.loss();
        // −log softmax(z)₃ = log(e^1000 + e^999 + …) − 999 = log(e + 1) to double precision
        assertEquals(Math.log(Math.E + 1), value, 1e-12);
        assertEquals(Math.E / (Math.E + 1), d[0], 1e-6);
        assertEquals(1 / (Math.E + 1) - 1, d[3], 1e-6);
        assertEquals(0, d[1], 0);
        GradientCheck.check("dLogits at ±1000", logits, d, () -> loss.lossAndGradient(logits, labels, 1, 4, null).loss(), 1);
        assertEquals(0, result.correct(), "the largest logit is class 0, not the label 3");
    }

    @Test
    void squaredLossGradientMatchesFiniteDifferences() {
        float[] predictions = {0.5f, -1.5f, 2.25f};
        float[] targets = {1f, -1f, 0f};
        float[] d = new float[3];
        double value = SquaredLoss.lossAndGradient(predictions, targets, 3, d);
        assertEquals((0.25 + 0.25 + 2.25 * 2.25) / 2 / 3, value, 1e-9);
        GradientCheck.check("dPredictions", predictions, d,
                () -> SquaredLoss.lossAndGradient(predictions, targets, 3, null), 1);
    }
}
