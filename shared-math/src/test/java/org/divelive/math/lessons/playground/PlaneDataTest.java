package org.divelive.math.lessons.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.junit.jupiter.api.Test;

class PlaneDataTest {

    private static TrainTestSplit noiseFree(PlaneData.Shape shape) {
        return PlaneData.generate(shape, 0, 50, new Rng(7));
    }

    @Test
    void everyShapeSplitsItsPointsAsAskedWithBothClassesEquallyOften() {
        for (PlaneData.Shape shape : PlaneData.Shape.values()) {
            TrainTestSplit split = PlaneData.generate(shape, 0.1, 75, new Rng(1));
            assertEquals(300, split.train().size(), shape.word());
            assertEquals(100, split.test().size(), shape.word());
            int ones = 0;
            for (Dataset set : new Dataset[] {split.train(), split.test()}) {
                for (int i = 0; i < set.size(); i++) {
                    ones += set.label(i);
                }
            }
            assertEquals(PlaneData.POINTS / 2, ones, shape.word());
        }
    }

    @Test
    void withoutNoiseXorsClassIsTheSignOfTheProductAwayFromTheAxes() {
        Dataset train = noiseFree(PlaneData.Shape.XOR).train();
        for (int i = 0; i < train.size(); i++) {
            double product = train.x(i, 0) * train.x(i, 1);
            assertEquals(product > 0 ? 0 : 1, train.label(i), "point " + i);
            assertTrue(Math.abs(train.x(i, 0)) >= 0.05 && Math.abs(train.x(i, 1)) >= 0.05);
            assertTrue(Math.abs(train.x(i, 0)) <= 1 && Math.abs(train.x(i, 1)) <= 1);
        }
    }

    @Test
    void withoutNoiseTheCircleHasAGapBetweenItsDiscAndItsRing() {
        Dataset train = noiseFree(PlaneData.Shape.CIRCLE).train();
        for (int i = 0; i < train.size(); i++) {
            double r = Math.hypot(train.x(i, 0), train.x(i, 1));
            assertTrue(train.label(i) == 0 ? r <= 0.5 + 1e-6 : r >= 0.7 - 1e-6 && r <= 1 + 1e-6, "r = " + r);
        }
    }

    @Test
    void theSpiralArmsAreTheSameCurveTurnedByHalfARevolution() {
        Dataset train = noiseFree(PlaneData.Shape.SPIRALS).train();
        for (int i = 0; i < train.size(); i++) {
            double x = train.x(i, 0);
            double y = train.x(i, 1);
            double t = Math.hypot(x, y);
            // turning a class-1 point back by π lands it on class 0's arm, whose angle is 2π·1.25·t
            double sign = train.label(i) == 0 ? 1 : -1;
            double expectedX = sign * t * Math.cos(2 * Math.PI * 1.25 * t);
            double expectedY = sign * t * Math.sin(2 * Math.PI * 1.25 * t);
            assertEquals(expectedX, x, 1e-5);
            assertEquals(expectedY, y, 1e-5);
        }
    }

    @Test
    void theBlobsCentresSitOnTheDiagonalOnEitherSideOfTheOrigin() {
        Dataset all = noiseFree(PlaneData.Shape.BLOBS).train();
        double[] sum = new double[4];
        int[] count = new int[2];
        for (int i = 0; i < all.size(); i++) {
            sum[2 * all.label(i)] += all.x(i, 0);
            sum[2 * all.label(i) + 1] += all.x(i, 1);
            count[all.label(i)]++;
        }
        assertEquals(-0.45, sum[0] / count[0], 0.05);
        assertEquals(-0.45, sum[1] / count[0], 0.05);
        assertEquals(0.45, sum[2] / count[1], 0.05);
        assertEquals(0.45, sum[3] / count[1], 0.05);
    }

    @Test
    void noiseMovesThePointsByAboutItsStandardDeviation() {
        TrainTestSplit clean = PlaneData.generate(PlaneData.Shape.BLOBS, 0, 50, new Rng(3));
        TrainTestSplit noisy = PlaneData.generate(PlaneData.Shape.BLOBS, 0.3, 50, new Rng(3));
        double spreadClean = spread(clean.train());
        double spreadNoisy = spread(noisy.train());
        // independent variances add: 0.2² + 0.3² = 0.13
        assertEquals(0.04, spreadClean, 0.01);
        assertEquals(0.13, spreadNoisy, 0.03);
    }

    private static double spread(Dataset set) {
        double sum = 0;
        for (int i = 0; i < set.size(); i++) {
            double centre = set.label(i) == 0 ? -0.45 : 0.45;
            sum += Math.pow(set.x(i, 0) - centre, 2);
        }
        return sum / set.size();
    }

    @Test
    void aSeedNamesTheSamePoints() {
        TrainTestSplit a = PlaneData.generate(PlaneData.Shape.SPIRALS, 0.2, 50, new Rng(11));
        TrainTestSplit b = PlaneData.generate(PlaneData.Shape.SPIRALS, 0.2, 50, new Rng(11));
        assertArrayEquals(a.train().featureArray(), b.train().featureArray());
        assertArrayEquals(a.test().featureArray(), b.test().featureArray());
    }

    @Test
    void badSettingsAreNamed() {
        assertEquals("noise must be a number from 0 to 0.5, was 0.8", assertThrows(
                InvalidHyperparameterException.class,
                () -> PlaneData.generate(PlaneData.Shape.XOR, 0.8, 50, new Rng(1))).getMessage());
        assertEquals("trainPercent", assertThrows(InvalidHyperparameterException.class,
                () -> PlaneData.generate(PlaneData.Shape.XOR, 0, 95, new Rng(1))).field());
        assertEquals("dataset must be one of xor, circle, spirals, blobs, was moons",
                assertThrows(InvalidHyperparameterException.class, () -> PlaneData.shape("moons")).getMessage());
    }
}
