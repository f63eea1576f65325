package org.divelive.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleSupplier;

/**
 * Central finite differences, (f(θ + h) − f(θ − h)) / 2h, against an analytic gradient. The error of the central
 * difference is O(h²); float rounding in f adds about ε·|f|/h. With h = 1e-2 both stay far below the 2% (plus an
 * absolute 2e-4) we allow, while a wrong formula is off by a factor, a sign or a whole term.
 */
public final class GradientCheck {
    private static final float H = 1e-2f;

    private GradientCheck() {
    }

    /** Perturbs each entry of {@code values} (or every {@code stride}-th) and compares with {@code analytic}. */
    public static void check(String what, float[] values, float[] analytic, DoubleSupplier loss, int stride) {
        float[] expected = analytic.clone();
        for (int k = 0; k < values.length; k += stride) {
            float saved = values[k];
            values[k] = saved + H;
            double up = loss.getAsDouble();
            values[k] = saved - H;
            double down = loss.getAsDouble();
            values[k] = saved;
            double numeric = (up - down) / (2 * H);
            assertEquals(numeric, expected[k], 0.02 * Math.abs(numeric) + 2e-4, what + "[" + k + "]");
        }
    }
}
