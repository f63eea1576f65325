package org.divelive.math.lessons.generalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.train.LossHistory;
import org.divelive.math.train.TrainEvent;
import org.junit.jupiter.api.Test;

class WeightDecayExperimentTest {

    /** The last epoch's test loss and the final ‖w‖. */
    private static double[] run(double lambda) {
        double[] testLoss = {Double.NaN};
        WeightDecayExperiment experiment = new WeightDecayExperiment(lambda, 100, event -> {
            if (event instanceof TrainEvent.EpochDone epoch) {
                testLoss[0] = epoch.testLoss();
            }
        });
        experiment.trainer().run();
        return new double[] {testLoss[0], experiment.weightNorm()};
    }

    @Test
    void lambdaThreeEndsWithLowerTestLossAndSmallerWeightsThanNoDecay() {
        double[] plain = run(0);
        double[] decayed = run(3);
        assertTrue(decayed[0] < plain[0], "test loss " + decayed[0] + " vs " + plain[0]);
        assertTrue(decayed[1] < plain[1], "‖w‖ " + decayed[1] + " vs " + plain[1]);
    }

    @Test
    void theInitialWeightNormIsAboutTheSquareRootOfTheWidth() {
        // 200 weights from N(0, 1): ‖w‖² ≈ 200
        double norm = new WeightDecayExperiment(0, 1, new LossHistory()).weightNorm();
        assertEquals(Math.sqrt(200), norm, 3);
    }

    @Test
    void aNegativeLambdaIsNamed() {
        assertEquals("weightDecay", assertThrows(InvalidHyperparameterException.class,
                () -> new WeightDecayExperiment(-1, 100, new LossHistory())).field());
    }
}
