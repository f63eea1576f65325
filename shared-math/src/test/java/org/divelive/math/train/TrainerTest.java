package org.divelive.math.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.divelive.math.lessons.linreg.LinearRegressionExperiment;
import org.divelive.math.lessons.playground.PlaygroundExperiment;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /** The lesson's setup: data, model and shuffling all drawn from one seeded generator. */
    private static Trainer linearRegression(Hyperparameters hp, List<TrainEvent> events,
            LinearRegressionExperiment[] out) {
        LinearRegressionExperiment experiment = LinearRegressionExperiment.of(hp, events::add);
        out[0] = experiment;
        return experiment.trainer();
    }

    @Test
    void theBooksRecipeRecoversTheTrueParameters() {
        // lr 0.03, batch 10, 3 epochs
        List<TrainEvent> events = new ArrayList<>();
        LinearRegressionExperiment[] model = new LinearRegressionExperiment[1];
        linearRegression(new Hyperparameters(0.03, 10, 3, 0, 42), events, model).run();

        float[] w = model[0].weights();
        double distance = Math.hypot(w[0] - 2.0, w[1] + 3.4);
        assertTrue(distance < 0.01, "‖w − w*‖ = " + distance);
        assertTrue(Math.abs(model[0].bias() - 4.2) < 0.01, "b = " + model[0].bias());

        TrainEvent.EpochDone last = (TrainEvent.EpochDone) events.get(events.size() - 2);
        assertEquals(3, last.epoch());
        assertTrue(last.trainLoss() < 1e-3, "final epoch loss " + last.trainLoss());
        assertInstanceOf(TrainEvent.Finished.class, events.get(events.size() - 1));
    }

    @Test
    void eventsArriveInOrderWithStepAndEpochNumbers() {
        List<TrainEvent> events = new ArrayList<>();
        LinearRegressionExperiment[] model = new LinearRegressionExperiment[1];
        Trainer trainer = linearRegression(new Hyperparameters(0.03, 300, 2, 0, 1), events, model);
        trainer.epoch();

        // 1000 examples in batches of 300: 300, 300, 300, 100
        TrainEvent.Started started = (TrainEvent.Started) events.get(0);
        assertEquals(List.of(1000, 4, 2), List.of(started.examples(), started.batchesPerEpoch(), started.epochs()));
        assertTrue(started.initialLoss() > 10, "an untrained model is far off: " + started.initialLoss());
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            TrainEvent.StepDone step = (TrainEvent.StepDone) events.get(i);
            assertEquals(i, step.step());
            assertEquals(1, step.epoch());
            sizes.add(step.batchSize());
        }
        assertEquals(List.of(300, 300, 300, 100), sizes);
        assertInstanceOf(TrainEvent.EpochDone.class, events.get(5));
        assertEquals(6, events.size());
        assertEquals(Trainer.Status.RUNNING, trainer.status());

        trainer.run();
        assertEquals(Trainer.Status.FINISHED, trainer.status());
        assertEquals(8, trainer.steps());
        assertFalse(trainer.step(), "a finished trainer takes no more steps");
    }

    @Test
    void theSameSeedGivesTheSameLossesAndAnotherSeedOthers() {
        assertEquals(losses(7), losses(7));
        assertNotEquals(losses(7), losses(8));
    }

    private static List<Double> losses(long seed) {
        LossHistory history = new LossHistory();
        LinearRegressionExperiment.of(new Hyperparameters(0.03, 10, 1, 0, seed), history).trainer().run();
        return java.util.Arrays.stream(history.stepLosses()).boxed().toList();
    }

    @Test
    void aTooLargeLearningRateStopsWithADivergedEvent() {
        List<TrainEvent> events = new ArrayList<>();
        Trainer trainer = linearRegression(new Hyperparameters(5, 10, 5, 0, 42), events, new LinearRegressionExperiment[1]);
        trainer.run();
        assertEquals(Trainer.Status.DIVERGED, trainer.status());
        TrainEvent.Diverged diverged = (TrainEvent.Diverged) events.get(events.size() - 1);
        assertTrue(diverged.loss() > Trainer.EXPLOSION_FACTOR * ((TrainEvent.Started) events.get(0)).initialLoss()
                || Double.isNaN(diverged.loss()), "loss " + diverged.loss());
        for (TrainEvent e : events) {
            if (e instanceof TrainEvent.StepDone step) {
                assertTrue(Double.isFinite(step.loss()), "no step reports a broken loss");
            }
        }
    }

    @Test
    void aReplacedTestEvaluationIsTheOneEachEpochReports() {
        PlaygroundExperiment.Choices choices = new PlaygroundExperiment.Choices("xor", 0.05, 50, false, "4", "tanh",
                "xavier", 0.1, 10, 2, 0, 1);
        List<TrainEvent> events = new ArrayList<>();
        PlaygroundExperiment experiment = PlaygroundExperiment.of(choices, events::add);
        List<Integer> measured = new ArrayList<>();
        experiment.trainer().evaluateTestWith(test -> {
            measured.add(test.size());
            // the slices measured by the caller's own forward pass: here the model's, so the figures must agree
            return Evaluation.of(test, test.size(), (slice, from) -> experiment.model().loss(slice));
        });
        experiment.trainer().epoch();
        TrainEvent.EpochDone done = (TrainEvent.EpochDone) events.get(events.size() - 1);
        Evaluation byTheModel = Evaluation.of(experiment.model(), experiment.data().test());
        assertEquals(List.of(experiment.data().test().size()), measured, "one evaluation per epoch, of the test set");
        assertEquals(byTheModel.loss(), done.testLoss(), 1e-12);
        assertEquals(byTheModel.accuracy(), done.testAccuracy(), 1e-12);
    }

    @Test
    void cancelStopsTheRunAndSaysSo() {
        List<TrainEvent> events = new ArrayList<>();
        Trainer trainer = linearRegression(new Hyperparameters(0.03, 10, 3, 0, 42), events, new LinearRegressionExperiment[1]);
        trainer.step();
        trainer.cancel();
        assertFalse(trainer.step());
        assertEquals(new TrainEvent.Cancelled(1), events.get(events.size() - 1));
    }

    @Test
    void invalidHyperparametersAreRejectedWithTheFieldAndTheValue() {
        var nanRate = assertThrows(InvalidHyperparameterException.class,
                () -> new Hyperparameters(Double.NaN, 10, 3, 0, 1));
        assertEquals("learningRate", nanRate.field());
        assertEquals("learningRate must be a finite number > 0, was NaN", nanRate.getMessage());

        assertEquals("learningRate must be a finite number > 0, was -0.1", assertThrows(
                InvalidHyperparameterException.class, () -> new Hyperparameters(-0.1, 10, 3, 0, 1)).getMessage());
        assertEquals("batchSize", assertThrows(InvalidHyperparameterException.class,
                () -> new Hyperparameters(0.1, 0, 3, 0, 1)).field());
        assertEquals("epochs", assertThrows(InvalidHyperparameterException.class,
                () -> new Hyperparameters(0.1, 10, 0, 0, 1)).field());
        assertEquals("batchSize must be an integer from 1 to 60000, was 2.5", assertThrows(
                InvalidHyperparameterException.class, () -> Hyperparameters.of(0.1, 2.5, 3, 0, 1)).getMessage());
        assertEquals("seed", assertThrows(InvalidHyperparameterException.class,
                () -> Hyperparameters.of(0.1, 10, 3, 0, Double.NaN)).field());
        assertEquals(new Hyperparameters(0.1, 10, 3, 0, -7), Hyperparameters.of(0.1, 10, 3, 0, -7));
        assertEquals("weightDecay", assertThrows(InvalidHyperparameterException.class,
                () -> new Hyperparameters(0.1, 10, 1, -1, 1)).field());

        var tooBig = assertThrows(InvalidHyperparameterException.class, () -> linearRegression(
                new Hyperparameters(0.1, 5000, 1, 0, 1), new ArrayList<>(), new LinearRegressionExperiment[1]));
        assertEquals("batchSize must not exceed the 1000 training examples, was 5000", tooBig.getMessage());
    }
}
