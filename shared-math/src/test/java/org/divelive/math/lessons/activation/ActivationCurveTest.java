package org.divelive.math.lessons.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.divelive.math.nn.Relu;
import org.divelive.math.nn.Sigmoid;
import org.divelive.math.nn.Tanh;
import org.junit.jupiter.api.Test;

class ActivationCurveTest {

    @Test
    void atZeroSigmoidIsOneHalfWithSlopeOneQuarter() {
        ActivationCurve curve = ActivationCurve.trace(Sigmoid::new, new float[] {0f});
        assertEquals(0.5f, curve.values()[0]);
        assertEquals(0.25f, curve.slopes()[0]);
    }

    @Test
    void atZeroTanhIsZeroWithSlopeOne() {
        ActivationCurve curve = ActivationCurve.trace(Tanh::new, new float[] {0f});
        assertEquals(0f, curve.values()[0]);
        assertEquals(1f, curve.slopes()[0]);
    }

    @Test
    void reluTakesSlopeZeroAtItsKinkAndOneToTheRight() {
        ActivationCurve curve = ActivationCurve.trace(Relu::new, new float[] {-2f, 0f, 3f});
        assertArrayEquals(new float[] {0f, 0f, 3f}, curve.values());
        assertArrayEquals(new float[] {0f, 0f, 1f}, curve.slopes());
    }

    @Test
    void slopesMatchCentralDifferencesOfTheValues() {
        float[] x = ActivationCurve.points(-6, 6, 121);
        for (ActivationCurve curve : new ActivationCurve[] {
            ActivationCurve.trace(Sigmoid::new, x), ActivationCurve.trace(Tanh::new, x)}) {
            for (int i = 1; i < x.length - 1; i++) {
                double difference = (curve.values()[i + 1] - curve.values()[i - 1]) / (x[i + 1] - x[i - 1]);
                assertEquals(curve.slopes()[i], difference, 5e-3, "at x = " + x[i]);
            }
        }
    }

    @Test
    void pointsIncludeBothEnds() {
        float[] x = ActivationCurve.points(-6, 6, 241);
        assertEquals(-6f, x[0]);
        assertEquals(0f, x[120]);
        assertEquals(6f, x[240]);
        assertThrows(IllegalArgumentException.class, () -> ActivationCurve.points(1, 1, 10));
    }
}
