package org.divelive.math.lessons.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.divelive.math.setting.InvalidHyperparameterException;
import org.junit.jupiter.api.Test;

class TwoDistributionsTest {
    private static final double[] P = {40, 30, 20, 10};
    private static final double[] UNIFORM = {25, 25, 25, 25};

    @Test
    void weightsAreNormalisedToProbabilities() {
        TwoDistributions d = new TwoDistributions(new double[] {2, 1, 1, 0}, new double[] {1, 1, 1, 1}, 0);
        assertEquals(0.5, d.p(0), 1e-15);
        assertEquals(0.25, d.p(1), 1e-15);
        assertEquals(0.0, d.p(3));
        assertEquals(0.25, d.q(2), 1e-15);
    }

    @Test
    void aFairFourWayChoiceHasTwoBitsAndAnyPCostsTwoBitsUnderAUniformQ() {
        TwoDistributions uniform = new TwoDistributions(UNIFORM, UNIFORM, 0);
        assertEquals(2.0, TwoDistributions.bits(uniform.entropy()), 1e-12);
        assertEquals(Math.log(4), uniform.entropy(), 1e-12, "in nats, ln 4");
        TwoDistributions skewed = new TwoDistributions(P, UNIFORM, 0);
        assertEquals(2.0, TwoDistributions.bits(skewed.crossEntropy()), 1e-12, "every surprisal is log2 4 = 2 bits");
        assertEquals(2.0, TwoDistributions.bits(skewed.surprisal(3)), 1e-12);
    }

    @Test
    void theLessonsDryTownGivesTheFiguresItQuotes() {
        // weather (sunny, cloudy, windy, rainy) = (½, ¼, ⅛, ⅛), as the widget's weights 8, 4, 2, 2
        double[] town = {8, 4, 2, 2};
        TwoDistributions first = new TwoDistributions(town, new double[] {4, 4, 4, 4}, 0);
        assertEquals(1.75, TwoDistributions.bits(first.entropy()), 1e-12);
        assertEquals(2.0, TwoDistributions.bits(first.crossEntropy()), 1e-12);
        assertEquals(0.25, TwoDistributions.bits(first.divergence()), 1e-12);
        TwoDistributions second = new TwoDistributions(town, new double[] {2, 2, 4, 8}, 0);
        assertEquals(2.625, TwoDistributions.bits(second.crossEntropy()), 1e-12);
        assertEquals(0.875, TwoDistributions.bits(second.divergence()), 1e-12);
        assertEquals(3.0, TwoDistributions.bits(second.surprisal(0)), 1e-12, "sunny costs the second newcomer 3 bits");
    }

    @Test
    void divergenceIsCrossEntropyMinusEntropyAndNotSymmetric() {
        TwoDistributions d = new TwoDistributions(new double[] {70, 10, 10, 10}, new double[] {10, 20, 30, 40}, 0);
        assertEquals(d.crossEntropy() - d.entropy(), d.divergence(), 1e-12);
        assertTrue(d.divergence() > 0);
        assertTrue(Math.abs(d.divergence() - d.reverseDivergence()) > 0.1,
                "KL(P‖Q) = " + d.divergence() + " and KL(Q‖P) = " + d.reverseDivergence());
    }

    @Test
    void movingQTowardPShrinksTheDivergenceToZeroAndTheCrossEntropyToTheEntropy() {
        double previous = Double.POSITIVE_INFINITY;
        for (int step = 0; step <= 10; step++) {
            TwoDistributions d = new TwoDistributions(P, new double[] {5, 10, 25, 60}, step / 10.0);
            assertTrue(d.divergence() < previous, "KL falls at every step toward P, step " + step);
            previous = d.divergence();
        }
        TwoDistributions arrived = new TwoDistributions(P, new double[] {5, 10, 25, 60}, 1);
        assertEquals(0, arrived.divergence(), 1e-15);
        assertEquals(arrived.entropy(), arrived.crossEntropy(), 1e-12);
    }

    @Test
    void anOutcomeQCallsImpossibleMakesTheCrossEntropyInfiniteButAnImpossibleOneUnderPCostsNothing() {
        TwoDistributions d = new TwoDistributions(new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 0}, 0);
        assertEquals(Double.POSITIVE_INFINITY, d.crossEntropy());
        assertEquals(Double.POSITIVE_INFINITY, d.divergence());
        TwoDistributions e = new TwoDistributions(new double[] {1, 1, 1, 0}, new double[] {1, 1, 1, 1}, 0);
        assertEquals(Math.log(3), e.entropy(), 1e-12);
        assertEquals(Math.log(4), e.crossEntropy(), 1e-12);
    }

    @Test
    void badWeightsAreNamed() {
        InvalidHyperparameterException allZero = assertThrows(InvalidHyperparameterException.class,
                () -> new TwoDistributions(new double[] {0, 0, 0, 0}, UNIFORM, 0));
        assertEquals("p1", allZero.field());
        assertEquals("P needs at least one outcome with a weight above 0", allZero.getMessage());
        InvalidHyperparameterException negative = assertThrows(InvalidHyperparameterException.class,
                () -> new TwoDistributions(P, new double[] {1, -1, 1, 1}, 0));
        assertEquals("q2", negative.field());
        assertEquals("q2 must be a finite number ≥ 0, was -1.0", negative.getMessage());
        assertEquals("towardP", assertThrows(InvalidHyperparameterException.class,
                () -> new TwoDistributions(P, UNIFORM, 1.5)).field());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
