package org.divelive.math.lessons.linreg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.divelive.math.Rng;
import org.divelive.math.data.Batch;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.SyntheticRegression;
import org.junit.jupiter.api.Test;

class LossSurfaceTest {
    private static final Dataset DATA = SyntheticRegression.course(new Rng(42));

    /** LinearRegressionScratch's loss on the whole data set at (w₁, w₂, b). */
    private static double scratchLoss(double w1, double w2, double b) {
        LinearRegressionScratch model = new LinearRegressionScratch(2, new Rng(0));
        model.weights()[0] = (float) w1;
        model.weights()[1] = (float) w2;
        model.parameters().get(1).value()[0] = (float) b;
        Batch all = new Batch();
        DATA.slice(0, DATA.size(), all);
        return model.loss(all).loss();
    }

    @Test
    void theSurfaceIsTheScratchModelsLossOnTheWholeData() {
        LossSurface surface = LossSurface.of(DATA);
        double[][] points = {{0, 0, 0}, {2, -3.4, 4.2}, {-1, 0.5, 1}, {5, -6.5, 4.2}, {1.5, -2, 3}};
        for (double[] p : points) {
            double expected = scratchLoss(p[0], p[1], p[2]);
            // the scratch model holds its parameters as floats: give the surface the same numbers
            assertEquals(expected, surface.loss((float) p[0], (float) p[1], (float) p[2]), 1e-9 + 1e-9 * expected,
                    "at w = (" + p[0] + ", " + p[1] + "), b = " + p[2]);
        }
        // at the true parameters only the noise is left: ½σ² = 5e-5
        assertEquals(5e-5, surface.loss(2, -3.4, 4.2), 1e-5);
    }

    @Test
    void theGridRunsAlongW1InARowAndAlongW2FromRowToRow() {
        LossSurface surface = LossSurface.of(DATA);
        double[] grid = surface.grid(4.2, -1, 5, 4, -6.5, 0.5, 3);
        assertEquals(12, grid.length);
        assertEquals(surface.loss(-1, -6.5, 4.2), grid[0], 0);
        assertEquals(surface.loss(5, -6.5, 4.2), grid[3], 0);
        assertEquals(surface.loss(1, -3, 4.2), grid[4 + 1], 1e-12);
        assertEquals(surface.loss(5, 0.5, 4.2), grid[11], 1e-12);
    }

    @Test
    void onlyTwoFeatureRegressionSetsHaveASurface() {
        Dataset three = new Dataset(new float[] {1, 2, 3}, 3, new float[] {1});
        assertThrows(IllegalArgumentException.class, () -> LossSurface.of(three));
    }
}
