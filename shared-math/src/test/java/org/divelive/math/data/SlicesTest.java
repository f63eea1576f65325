package org.divelive.math.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SlicesTest {

    @Test
    void visitsTheFirstExamplesInOrderInSlicesOfAtMostSizeTheLastOneShorter() {
        int n = 2 * Slices.SIZE + 7;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        Dataset data = new Dataset(x, 1, new float[n]);
        List<Integer> starts = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Slices.forEach(data, n - 2, (slice, from) -> {
            starts.add(from);
            sizes.add(slice.size());
            for (int i = 0; i < slice.size(); i++) {
                assertEquals(from + i, slice.x(i, 0), 0, "example " + (from + i));
            }
        });
        assertEquals(List.of(0, Slices.SIZE, 2 * Slices.SIZE), starts);
        assertEquals(List.of(Slices.SIZE, Slices.SIZE, 5), sizes);
    }
}
