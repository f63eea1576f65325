package org.divelive.math.lessons.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScalarTest {
    /** The loss of one linear-regression example: ℓ = ½(w₁x₁ + w₂x₂ + b − y)². */
    private static final Expression LINREG_LOSS = in -> in[0].times(in[2]).plus(in[1].times(in[3])).plus(in[4])
            .minus(in[5]).square().times(0.5);
    private static final String[] NAMES = {"w1", "w2", "x1", "x2", "b", "y"};
    private static final double[] VALUES = {0.5, -1.0, 2.0, 3.0, 0.25, 1.5};

    @Test
    void backwardGivesTheHandDerivedGradientsOfOneRegressionLoss() {
        Scalar loss = Expression.at(LINREG_LOSS, NAMES, VALUES);
        loss.backward();
        // ŷ = 0.5·2 − 1·3 + 0.25 = −1.75, r = ŷ − y = −3.25, ℓ = ½r² = 5.28125
        assertEquals(5.28125, loss.value(), 1e-12);
        List<Scalar> leaves = leaves(loss);
        assertEquals(-3.25 * 2.0, leaves.get(0).grad(), 1e-12);   // ∂ℓ/∂w₁ = r·x₁
        assertEquals(-3.25 * 3.0, leaves.get(2).grad(), 1e-12);   // ∂ℓ/∂w₂ = r·x₂
        assertEquals(-3.25, leaves.get(4).grad(), 1e-12);         // ∂ℓ/∂b = r
    }

    @Test
    void everyInputsGradientMatchesFiniteDifferences() {
        Expression mixed = in -> in[0].times(in[1]).tanh().plus(in[0].exp()).times(in[1].relu().plus(in[2].log()));
        String[] names = {"a", "b", "c"};
        double[] values = {0.3, 1.7, 2.5};
        Scalar out = Expression.at(mixed, names, values);
        out.backward();
        List<Scalar> leaves = leaves(out);
        for (int i = 0; i < 3; i++) {
            String name = names[i];
            Scalar leaf = leaves.stream().filter(s -> s.label().equals(name)).findFirst().orElseThrow();
            double numeric = Expression.numericGradient(mixed, names, values, i, 1e-5);
            assertEquals(numeric, leaf.grad(), 1e-7, "∂out/∂" + name);
        }
    }

    @Test
    void aNodeUsedTwiceCollectsBothContributions() {
        Scalar x = Scalar.of("x", 3);
        Scalar y = x.times(x).plus(x);   // y = x² + x, y′ = 2x + 1 = 7
        y.backward();
        assertEquals(7, x.grad(), 1e-12);
    }

    @Test
    void steppingTheBackwardPassEndsWhereTheOneGoPassDoes() {
        Scalar stepped = Expression.at(LINREG_LOSS, NAMES, VALUES);
        BackwardPass pass = new BackwardPass(stepped);
        int steps = 0;
        while (pass.step() != null) {
            steps++;
        }
        assertTrue(pass.done());
        assertNull(pass.step());
        assertEquals(pass.nodes().size(), steps, "one step per node");

        Scalar oneGo = Expression.at(LINREG_LOSS, NAMES, VALUES);
        oneGo.backward();
        List<Scalar> a = leaves(stepped);
        List<Scalar> b = leaves(oneGo);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i).grad(), a.get(i).grad(), 0);
        }
    }

    private static List<Scalar> leaves(Scalar out) {
        return out.topologicalOrder().stream().filter(s -> s.inputs().isEmpty()).toList();
    }
}
