package org.divelive.math.lessons.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegressionExampleLossTest {

    @Test
    void theBackwardPassGivesTheHandDerivedGradientsAndAgreesWithFiniteDifferences() {
        double[] values = RegressionExampleLoss.DEFAULTS;
        Scalar[] leaves = new Scalar[values.length];
        for (int i = 0; i < values.length; i++) {
            leaves[i] = Scalar.of(RegressionExampleLoss.NAMES[i], values[i]);
        }
        Scalar loss = RegressionExampleLoss.EXPRESSION.build(leaves);
        loss.backward();
        double r = -3.25;   // ŷ − y = 0.5·2 − 1·3 + 0.25 − 1.5
        assertEquals(0.5 * r * r, loss.value(), 1e-12);
        double[] byHand = {r * 2, r * 3, r * 0.5, r * -1, r, -r};
        for (int i = 0; i < values.length; i++) {
            assertEquals(byHand[i], leaves[i].grad(), 1e-12, RegressionExampleLoss.NAMES[i]);
            double numeric = Expression.numericGradient(RegressionExampleLoss.EXPRESSION, RegressionExampleLoss.NAMES,
                    values, i, 1e-5);
            assertEquals(numeric, leaves[i].grad(), 1e-6, RegressionExampleLoss.NAMES[i]);
        }
    }
}
