package org.divelive.math.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.divelive.math.Rng;
import org.junit.jupiter.api.Test;

class SyntheticRegressionTest {

    @Test
    void courseDataHasStandardNormalFeaturesAndNoiseOfTheStatedSize() {
        Dataset data = SyntheticRegression.course(new Rng(42));
        assertEquals(1000, data.size());
        assertEquals(2, data.features());

        int n = data.size();
        for (int j = 0; j < 2; j++) {
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < n; i++) {
                sum += data.x(i, j);
                sumSquares += data.x(i, j) * data.x(i, j);
            }
            double mean = sum / n;
            assertEquals(0, mean, 0.16, "mean of feature " + j);                       // 5/sqrt(1000)
            assertEquals(1, sumSquares / n - mean * mean, 0.23, "variance of feature " + j); // 5·sqrt(2/1000)
        }

        // the residual y − (x·w* + b*) is the noise ε ~ N(0, 0.01²)
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double noise = data.y(i) - (data.x(i, 0) * 2.0 - data.x(i, 1) * 3.4 + 4.2);
            sum += noise;
            sumSquares += noise * noise;
        }
        double mean = sum / n;
        assertEquals(0, mean, 0.0016);
        assertEquals(0.01, Math.sqrt(sumSquares / n - mean * mean), 0.0015);
    }

    @Test
    void minibatchesCoverEveryExampleOncePerEpochAndTheLastOneHoldsTheRest() {
        Dataset data = SyntheticRegression.generate(new Rng(1), new float[] {1f}, 0f, 0, 23);
        MinibatchIterator batches = new MinibatchIterator(data, 10, new Rng(2));
        Batch batch = new Batch();
        assertEquals(3, batches.batchesPerEpoch());
        boolean[] seen = new boolean[23];
        int[] sizes = new int[3];
        for (int b = 0; b < 3; b++) {
            batches.next(batch);
            sizes[b] = batch.size();
            for (int r = 0; r < batch.size(); r++) {
                // y = x exactly here, so y identifies the example
                int found = -1;
                for (int i = 0; i < 23; i++) {
                    if (data.x(i, 0) == batch.x(r, 0)) {
                        found = i;
                    }
                }
                assertEquals(false, seen[found], "example " + found + " served twice");
                seen[found] = true;
                assertEquals(batch.x(r, 0), batch.y(r));
            }
        }
        assertEquals(10, sizes[0]);
        assertEquals(10, sizes[1]);
        assertEquals(3, sizes[2]);
        assertEquals(true, batches.atEpochStart());
    }
}
