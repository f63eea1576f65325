package org.divelive.math.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void theConfusionMatrixCountsTrueAgainstPredictedClasses() {
        ConfusionMatrix m = new ConfusionMatrix(3);
        m.add(0, 0);
        m.add(0, 0);
        m.add(0, 2);
        m.add(1, 1);
        m.add(2, 1);
        assertEquals(5, m.total());
        assertEquals(2, m.count(0, 0));
        assertEquals(0.6, m.accuracy(), 1e-12);
        assertArrayEquals(new double[] {2.0 / 3, 1, 0}, m.perClassAccuracy(), 1e-12);
    }

    @Test
    void topKListsTheMostProbableClassesWithTheirProbabilities() {
        float[] logits = {9, 0.1f, 1f, 2f, 0.5f};
        TopK top = TopK.of(logits, 1, 4, 2); // the row starts at offset 1: [0.1, 1, 2, 0.5]
        assertArrayEquals(new int[] {2, 1}, top.classes());
        double sum = Math.exp(0.1) + Math.exp(1) + Math.exp(2) + Math.exp(0.5);
        assertEquals(Math.exp(2) / sum, top.probabilities()[0], 1e-6);
        assertEquals(Math.exp(1) / sum, top.probabilities()[1], 1e-6);
    }
}
