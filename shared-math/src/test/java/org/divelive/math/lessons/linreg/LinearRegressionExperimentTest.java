package org.divelive.math.lessons.linreg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.divelive.math.model.Regressor;
import org.divelive.math.train.Hyperparameters;
import org.junit.jupiter.api.Test;

class LinearRegressionExperimentTest {
    private static LinearRegressionExperiment experiment(LinearRegressionExperiment.Implementation implementation) {
        // the concise lesson's widget: batch 100, lr 0.1, 5 epochs, seed 3
        return LinearRegressionExperiment.of(new Hyperparameters(0.1, 100, 5, 0, 3), implementation, event -> { });
    }

    @Test
    void theConciseModelIsBuiltFromTheLibrarysLayers() {
        assertInstanceOf(Regressor.class, experiment(LinearRegressionExperiment.Implementation.CONCISE).model());
        assertInstanceOf(LinearRegressionScratch.class,
                experiment(LinearRegressionExperiment.Implementation.SCRATCH).model());
    }

    @Test
    void bothFormsStartAtTheSamePointAndTakeTheSameStepsUpToRounding() {
        LinearRegressionExperiment scratch = experiment(LinearRegressionExperiment.Implementation.SCRATCH);
        LinearRegressionExperiment concise = experiment(LinearRegressionExperiment.Implementation.CONCISE);
        assertArrayEquals(scratch.weights(), concise.weights(), "the same two draws from N(0, 0.01²)");
        assertEquals(0, concise.bias());
        scratch.trainer().run();
        concise.trainer().run();
        assertEquals(50, concise.trainer().steps());
        for (int j = 0; j < 2; j++) {
            assertEquals(scratch.weights()[j], concise.weights()[j], 1e-4, "w" + (j + 1));
        }
        assertEquals(scratch.bias(), concise.bias(), 1e-4);
        assertEquals(2.0, concise.weights()[0], 0.05, "and both near the truth w = (2, −3.4), b = 4.2");
        assertEquals(-3.4, concise.weights()[1], 0.05);
        assertEquals(4.2, concise.bias(), 0.05);
    }
}
