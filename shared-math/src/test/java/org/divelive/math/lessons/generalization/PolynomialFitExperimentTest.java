package org.divelive.math.lessons.generalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.divelive.math.data.Dataset;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.train.LossHistory;
import org.divelive.math.train.TrainEvent;
import org.junit.jupiter.api.Test;

class PolynomialFitExperimentTest {

    /** Runs to the end and returns the last epoch's report. */
    private static TrainEvent.EpochDone run(int degree, int trainSize, int epochs) {
        TrainEvent.EpochDone[] last = new TrainEvent.EpochDone[1];
        PolynomialFitExperiment experiment = PolynomialFitExperiment.of(degree, trainSize, epochs, 0.02, event -> {
            if (event instanceof TrainEvent.EpochDone epoch) {
                last[0] = epoch;
            }
        });
        experiment.trainer().run();
        return last[0];
    }

    @Test
    void aCubicOnAllHundredExamplesEndsWithSmallCloseTrainAndTestLosses() {
        TrainEvent.EpochDone last = run(3, 100, 400);
        assertEquals(400, last.epoch());
        // the noise alone costs ½·0.1² = 0.005
        assertTrue(last.trainLoss() < 0.02 && last.testLoss() < 0.02, last.toString());
        assertTrue(last.testLoss() < 2 * last.trainLoss(), last.toString());
    }

    @Test
    void degreeTwentyOnTenExamplesTestsFarWorseThanItTrains() {
        // the book's 1500 epochs: test loss ≈ 0.36 against train loss ≈ 0.0066 here
        TrainEvent.EpochDone last = run(20, 10, 1500);
        assertTrue(last.testLoss() > 20 * last.trainLoss(), last.toString());
    }

    @Test
    void usesTheFirstTrainSizeExamplesAndBatchesOfAtMostTen() {
        PolynomialFitExperiment experiment = PolynomialFitExperiment.of(5, 7, 1, 0.02, new LossHistory());
        assertEquals(7, experiment.data().train().size());
        assertEquals(100, experiment.data().test().size());
        assertEquals(6, experiment.data().train().features());
        assertEquals(7, experiment.trainer().hyperparameters().batchSize());
        assertEquals(10, PolynomialFitExperiment.of(5, 50, 1, 0.02, new LossHistory()).trainer()
                .hyperparameters().batchSize());
    }

    @Test
    void theCurveIsTheModelsPredictionOnADataRowOfThatX() {
        PolynomialFitExperiment experiment = PolynomialFitExperiment.of(4, 100, 3, 0.02, new LossHistory());
        experiment.trainer().run();
        Dataset train = experiment.data().train();
        float[] row = new float[5];
        System.arraycopy(train.featureArray(), 0, row, 0, 5);
        double onRow = experiment.model().predict(row, 1)[0];
        assertEquals(onRow, experiment.predict(train.x(0, 1)), 1e-5);
    }

    @Test
    void outOfRangeSettingsAreNamed() {
        InvalidHyperparameterException degree = assertThrows(InvalidHyperparameterException.class,
                () -> PolynomialFitExperiment.of(21, 100, 1, 0.02, new LossHistory()));
        assertEquals("degree", degree.field());
        assertEquals("degree must be an integer from 1 to 20, was 21.0", degree.getMessage());
        assertEquals("trainSize", assertThrows(InvalidHyperparameterException.class,
                () -> PolynomialFitExperiment.of(3, 0.5, 1, 0.02, new LossHistory())).field());
        assertEquals("learningRate", assertThrows(InvalidHyperparameterException.class,
                () -> PolynomialFitExperiment.of(3, 10, 1, -1, new LossHistory())).field());
    }
}
