package org.divelive.math.lessons.generalization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.TrainTestSplit;
import org.junit.jupiter.api.Test;

class PolynomialDataTest {

    @Test
    void theCourseSplitHas100And100ExamplesOf21Columns() {
        SplitAssertions.assertSplitSize(PolynomialData.course(new Rng(1)), 100, 100, 21);
    }

    @Test
    void columnIIsXToTheIOverIFactorialWithTheConstantOneFirst() {
        TrainTestSplit data = PolynomialData.course(new Rng(2));
        for (Dataset set : new Dataset[] {data.train(), data.test()}) {
            for (int n = 0; n < set.size(); n++) {
                double x = set.x(n, 1);
                assertEquals(1f, set.x(n, 0));
                double factorial = 1;
                for (int i = 1; i <= 20; i++) {
                    factorial *= i;
                    double expected = Math.pow(x, i) / factorial;
                    // the columns are powers of the double x, while column 1 holds x rounded to float (6e-8 relative),
                    // so x^i read back from it is off by up to i·6e-8, plus 6e-8 for storing column i; for the
                    // subnormal floats below 1.2e-38 that high powers of a small x give, half their spacing 1.4e-45
                    double tolerance = Math.max((i + 1) * 6e-8 * Math.abs(expected), Float.MIN_VALUE);
                    assertEquals(expected, set.x(n, i), tolerance, "column " + i + " of " + n);
                }
            }
        }
    }

    @Test
    void targetsAreTheCubicPlusNoiseOfStandardDeviationPointOne() {
        Noise noise = Noise.of(PolynomialData.course(new Rng(3)), 0, PolynomialData.trueCoefficients(20));
        // with n = 200 the sample mean has standard error σ/√n ≈ 0.0071 and the sample standard deviation
        // σ/√(2n) = 0.005: five standard errors each
        assertEquals(0, noise.mean(), 0.036);
        assertEquals(0.1, noise.deviation(), 0.025);
    }

    @Test
    void trueCoefficientsAreTheCubicsPaddedWithZeros() {
        assertArrayEquals(new float[] {5f, 1.2f}, PolynomialData.trueCoefficients(1));
        assertArrayEquals(new float[] {5f, 1.2f, -3.4f, 5.6f}, PolynomialData.trueCoefficients(3));
        float[] all = PolynomialData.trueCoefficients(20);
        assertEquals(21, all.length);
        assertArrayEquals(new float[17], Arrays.copyOfRange(all, 4, 21));
    }

    @Test
    void aLowerDegreeTakesTheFirstColumnsAndKeepsTheTargets() {
        TrainTestSplit data = PolynomialData.course(new Rng(4));
        for (int degree : new int[] {1, 3, 20}) {
            TrainTestSplit cut = PolynomialData.upToDegree(data, degree);
            assertEquals(degree + 1, cut.train().features());
            assertEquals(degree + 1, cut.test().features());
            for (int i = 0; i < 100; i++) {
                assertEquals(data.test().y(i), cut.test().y(i));
                for (int j = 0; j <= degree; j++) {
                    assertEquals(data.train().x(i, j), cut.train().x(i, j));
                }
            }
        }
        assertEquals("degree must be from 0 to 3 (the data holds the columns x⁰..x^3), was 4",
                assertThrows(IllegalArgumentException.class, () -> PolynomialData.upToDegree(
                        PolynomialData.upToDegree(data, 3), 4)).getMessage());
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
        SplitAssertions.assertSeeded(PolynomialData::course, 5, 6);
    }

    @Test
    void badSizesAreRejectedByName() {
        assertEquals("maxDegree must be an integer from 0 to 20, was 21",
                assertThrows(IllegalArgumentException.class,
                        () -> PolynomialData.generate(new Rng(1), 21, 100, 100)).getMessage());
        assertEquals("testSize must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class,
                        () -> PolynomialData.generate(new Rng(1), 3, 100, 0)).getMessage());
    }

    @Test
    void featuresOfAnXAreTheDataRowOfThatX() {
        Dataset train = PolynomialData.course(new Rng(4)).train();
        for (int n = 0; n < train.size(); n++) {
            float[] row = PolynomialData.features(train.x(n, 1), 20);
            assertEquals(1f, row[0]);
            assertEquals(train.x(n, 1), row[1]);
            for (int i = 2; i <= 20; i++) {
                // the row is built from x rounded to float, the data from the double x: as in the column test
                double tolerance = Math.max((i + 1) * 6e-8 * Math.abs(train.x(n, i)), Float.MIN_VALUE);
                assertEquals(train.x(n, i), row[i], tolerance, "column " + i + " of " + n);
            }
        }
        assertEquals(4, PolynomialData.features(0.5, 3).length);
        assertEquals(0.5 * 0.5 * 0.5 / 6, PolynomialData.features(0.5, 3)[3], 1e-9);
    }

    @Test
    void theTrueValueIsTheCubic() {
        for (double x : new double[] {-2, -0.5, 0, 1, 3}) {
            assertEquals(5 + 1.2 * x - 3.4 * x * x / 2 + 5.6 * x * x * x / 6, PolynomialData.trueValue(x), 1e-5);
        }
    }
}
