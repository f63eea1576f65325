package org.divelive.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RngTest {

    @Test
    void seedZeroGivesThePublishedSplitMix64Stream() {
        // the reference implementation's first outputs for seed 0
        Rng rng = new Rng(0);
        assertEquals(0xE220A8397B1DCDAFL, rng.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, rng.nextLong());
        assertEquals(0x06C45D188009454FL, rng.nextLong());
    }

    @Test
    void theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        Rng a = new Rng(42);
        Rng b = new Rng(42);
        Rng c = new Rng(43);
        long[] fromA = new long[100];
        long[] fromB = new long[100];
        long[] fromC = new long[100];
        for (int i = 0; i < 100; i++) {
            fromA[i] = a.nextLong();
            fromB[i] = b.nextLong();
            fromC[i] = c.nextLong();
        }
        assertArrayEquals(fromA, fromB);
        assertNotEquals(Arrays.toString(fromA), Arrays.toString(fromC));
    }

    @Test
    void uniformsStayInTheUnitIntervalWithMeanAHalf() {
        Rng rng = new Rng(7);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            float f = rng.nextFloat();
            assertTrue(u >= 0 && u < 1, "double " + u);
            assertTrue(f >= 0 && f < 1, "float " + f);
            sum += u;
        }
        // standard error of the mean of U(0,1) is sqrt(1/12/n) ≈ 6.5e-4: five of them
        assertEquals(0.5, sum / n, 0.0033);
    }

    @Test
    void normalsHaveMeanZeroAndVarianceOne() {
        Rng rng = new Rng(1234);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double z = rng.nextGaussian();
            sum += z;
            sumSquares += z * z;
        }
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        assertEquals(0, mean, 0.012);       // 5 standard errors: 5/sqrt(n)
        assertEquals(1, variance, 0.016);   // 5 standard errors of the variance: 5·sqrt(2/n)
    }

    @Test
    void ownLogarithmAgreesWithTheJvmToTheLastBitsOfADouble() {
        Rng rng = new Rng(99);
        for (int i = 0; i < 10_000; i++) {
            double x = rng.nextDouble() * 4 + 1e-9;
            double expected = Math.log(x);
            assertEquals(expected, Rng.ln(x), 4 * Math.ulp(Math.max(1, Math.abs(expected))), "ln " + x);
        }
        assertEquals(0, Rng.ln(1), 0);
    }

    @Test
    void intsAreInRangeAndShuffleIsAPermutation() {
        Rng rng = new Rng(5);
        int[] counts = new int[10];
        for (int i = 0; i < 100_000; i++) {
            counts[rng.nextInt(10)]++;
        }
        for (int c : counts) {
            assertEquals(10_000, c, 500); // 5 standard deviations of a binomial(100000, 0.1)
        }
        int[] order = new int[50];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
        assertNotEquals(0, order[0] + order[1] * 100 - 100, "a shuffle of 50 that starts 0, 1 is very unlikely");
    }
}
