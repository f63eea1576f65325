package org.divelive.math.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.divelive.math.Rng;
import org.junit.jupiter.api.Test;

class SubsetsTest {

    /** 1000 examples of 3 features where example i holds (i, −i, 2i) and label i mod 7, so each row names itself. */
    private static Dataset numbered() {
        float[] x = new float[1000 * 3];
        int[] labels = new int[1000];
        for (int i = 0; i < 1000; i++) {
            x[3 * i] = i;
            x[3 * i + 1] = -i;
            x[3 * i + 2] = 2 * i;
            labels[i] = i % 7;
        }
        return Dataset.classification(x, 3, labels, 7);
    }

    @Test
    void aShuffledSubsetHoldsDistinctExamplesWithTheirOwnLabels() {
        Dataset subset = Subsets.shuffled(numbered(), 300, new Rng(1));
        assertEquals(300, subset.size());
        assertEquals(7, subset.classes());
        boolean[] seen = new boolean[1000];
        for (int r = 0; r < 300; r++) {
            int i = (int) subset.x(r, 0);
            assertFalse(seen[i], "example " + i + " chosen twice");
            seen[i] = true;
            assertEquals(-i, subset.x(r, 1));
            assertEquals(2 * i, subset.x(r, 2));
            assertEquals(i % 7, subset.label(r));
        }
    }

    @Test
    void theSameSeedPicksTheSameExamplesAndAnotherSeedOthers() {
        Dataset data = numbered();
        float[] a = Subsets.shuffled(data, 50, new Rng(7)).featureArray();
        float[] b = Subsets.shuffled(data, 50, new Rng(7)).featureArray();
        float[] c = Subsets.shuffled(data, 50, new Rng(8)).featureArray();
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void theOrderIsShuffledAndTakingAllIsAPermutation() {
        Dataset all = Subsets.shuffled(numbered(), 1000, new Rng(9));
        int[] order = new int[1000];
        boolean inOrder = true;
        for (int r = 0; r < 1000; r++) {
            order[r] = (int) all.x(r, 0);
            inOrder &= order[r] == r;
        }
        assertFalse(inOrder);
        Arrays.sort(order);
        for (int r = 0; r < 1000; r++) {
            assertEquals(r, order[r]);
        }
    }

    @Test
    void everyExampleIsAboutEquallyLikelyToBeChosen() {
        Dataset data = numbered();
        int[] chosen = new int[10];
        Rng rng = new Rng(10);
        for (int trial = 0; trial < 2000; trial++) {
            Dataset subset = Subsets.shuffled(data, 100, rng);
            for (int r = 0; r < 100; r++) {
                chosen[(int) subset.x(r, 0) / 100]++;
            }
        }
        // each block of 100 examples is hit 2000·100/10 = 20000 times in expectation; the hypergeometric
        // standard deviation per trial is ≈ 2.85, so ≈ 127 over 2000 trials: five of those
        for (int block = 0; block < 10; block++) {
            assertTrue(Math.abs(chosen[block] - 20000) < 640, "block " + block + " chosen " + chosen[block]);
        }
    }

    @Test
    void aSubsetLargerThanTheDataIsRejected() {
        assertEquals("a subset must hold 1 to 1000 examples, was 1001", assertThrows(IllegalArgumentException.class,
                () -> Subsets.shuffled(numbered(), 1001, new Rng(1))).getMessage());
    }
}
