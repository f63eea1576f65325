package org.divelive.math.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnistFiles;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.lessons.generalization.PolynomialData;
import org.divelive.math.lessons.generalization.WeightDecayData;
import org.divelive.math.lessons.scratch.MlpScratch;
import org.divelive.math.lessons.scratch.SoftmaxRegressionScratch;
import org.divelive.math.model.Model;
import org.divelive.math.model.Regressor;
import org.divelive.math.nn.Init;
import org.divelive.math.nn.Linear;
import org.junit.jupiter.api.Test;

/**
 * The book's experiments of chapters 3 and 4 with the book's recipes, on the real Fashion-MNIST. Thresholds are the
 * book's reported results (softmax regression ≈ 0.83 test accuracy), less a margin for seeds. The MLP's ten full
 * epochs are checked in the server module, whose SIMD kernels make them quick.
 */
class BookResultsTest {

    /** Runs a recipe and returns every event. */
    private static List<TrainEvent> train(Model model, Dataset train, Dataset test, Hyperparameters hp, Rng rng) {
        List<TrainEvent> events = new ArrayList<>();
        new Trainer(model, train, test, hp, rng, events::add, Clock.SYSTEM).run();
        return events;
    }

    private static TrainEvent.EpochDone lastEpoch(List<TrainEvent> events) {
        TrainEvent.EpochDone last = null;
        for (TrainEvent e : events) {
            if (e instanceof TrainEvent.EpochDone epoch) {
                last = epoch;
            }
        }
        return last;
    }

    @Test
    void softmaxRegressionReachesTheBooksAccuracyOnFashionMnist() {
        // lr 0.1, batch 256, 10 epochs
        Rng rng = new Rng(42);
        SoftmaxRegressionScratch model = new SoftmaxRegressionScratch(784, 10, rng);
        List<TrainEvent> events = train(model, FashionMnistFiles.train(), FashionMnistFiles.test(),
                new Hyperparameters(0.1, 256, 10, 0, 42), rng);
        TrainEvent.EpochDone last = lastEpoch(events);
        assertEquals(10, last.epoch());
        assertTrue(last.testAccuracy() >= 0.82, "test accuracy " + last.testAccuracy());
        assertTrue(last.trainLoss() <= 0.47, "train loss " + last.trainLoss());
        assertInstanceOf(TrainEvent.Finished.class, events.get(events.size() - 1));
    }

    @Test
    void aLearningRateOf10MakesTheMlpDivergeAndSaySo() {
        Rng rng = new Rng(42);
        MlpScratch model = new MlpScratch(784, 256, 10, rng);
        List<TrainEvent> events = train(model, FashionMnistFiles.train(), FashionMnistFiles.test(),
                new Hyperparameters(10, 256, 10, 0, 42), rng);
        TrainEvent.Diverged diverged = assertInstanceOf(TrainEvent.Diverged.class, events.get(events.size() - 1));
        double initial = ((TrainEvent.Started) events.get(0)).initialLoss();
        assertTrue(!Double.isFinite(diverged.loss()) || diverged.loss() > Trainer.EXPLOSION_FACTOR * initial,
                "loss " + diverged.loss() + " against the untrained " + initial);
        assertTrue(diverged.step() < 50, "caught early, at step " + diverged.step());
        for (TrainEvent e : events) {
            if (e instanceof TrainEvent.EpochDone epoch) {
                assertTrue(Double.isFinite(epoch.trainLoss()) && Double.isFinite(epoch.testAccuracy()),
                        "no epoch reports NaN metrics: " + epoch);
            }
        }
    }

    @Test
    void theSameSeedRepeatsASoftmaxRunAndAnotherSeedDoesNot() {
        Dataset subset = FashionMnistFiles.train().first(2000);
        assertEquals(Arrays.toString(softmaxLosses(subset, 7)), Arrays.toString(softmaxLosses(subset, 7)));
        assertNotEquals(Arrays.toString(softmaxLosses(subset, 7)), Arrays.toString(softmaxLosses(subset, 8)));
    }

    private static double[] softmaxLosses(Dataset data, long seed) {
        Rng rng = new Rng(seed);
        LossHistory history = new LossHistory();
        new Trainer(new SoftmaxRegressionScratch(784, 10, rng), data, new Hyperparameters(0.1, 100, 1, 0, seed),
                rng, history).run();
        return history.stepLosses();
    }

    /**
     * The book's polynomial recipe: a linear model without bias on the features xⁱ/i!, batch 10, lr 0.01 for the
     * book's loss (ŷ − y)², which is lr 0.02 for our ½(ŷ − y)²: the same steps.
     */
    private static Regressor fitPolynomial(TrainTestSplit data, int epochs, List<TrainEvent> events) {
        Rng rng = new Rng(3);
        Regressor model = new Regressor(Linear.withoutBias(data.train().features(), 1, Init.BOOK, rng));
        new Trainer(model, data.train(), data.test(),
                new Hyperparameters(0.02, Math.min(10, data.train().size()), epochs, 0, 3), rng, events::add,
                Clock.SYSTEM).run();
        return model;
    }

    @Test
    void aCubicModelRecoversTheCubicsCoefficients() {
        TrainTestSplit cubic = PolynomialData.upToDegree(PolynomialData.course(new Rng(1)), 3);
        Regressor model = fitPolynomial(cubic, 400, new ArrayList<>());
        float[] w = model.parameters().get(0).value();
        float[] truth = PolynomialData.trueCoefficients(3);
        for (int i = 0; i < 4; i++) {
            assertEquals(truth[i], w[i], 0.1, "coefficient of x^" + i + " in " + Arrays.toString(w));
        }
    }

    @Test
    void aLinearModelUnderfitsTheCubic() {
        List<TrainEvent> events = new ArrayList<>();
        fitPolynomial(PolynomialData.upToDegree(PolynomialData.course(new Rng(1)), 1), 400, events);
        TrainEvent.EpochDone last = lastEpoch(events);
        // the noise alone costs ½·0.1² = 0.005; a straight line cannot get anywhere near it
        assertTrue(last.trainLoss() > 100 * 0.005, "train loss " + last.trainLoss());
    }

    @Test
    void degree20OnTenExamplesOverfits() {
        TrainTestSplit full = PolynomialData.upToDegree(PolynomialData.course(new Rng(1)), 20);
        TrainTestSplit few = new TrainTestSplit(full.train().first(10), full.test());
        List<TrainEvent> events = new ArrayList<>();
        fitPolynomial(few, 1500, events);
        TrainEvent.EpochDone last = lastEpoch(events);
        assertTrue(last.testLoss() > 5 * last.trainLoss(),
                "test loss " + last.testLoss() + " vs train loss " + last.trainLoss());
    }

    /** The book's weight-decay recipe: d = 200, 20 examples, w ~ N(0, 1), lr 0.003, batch 5, 100 epochs. */
    private static double[] weightDecayRun(double lambda) {
        TrainTestSplit data = WeightDecayData.course(new Rng(5));
        Rng rng = new Rng(6);
        Regressor model = new Regressor(new Linear(200, 1, Init.normal(1), rng));
        List<TrainEvent> events = new ArrayList<>();
        new Trainer(model, data.train(), data.test(), new Hyperparameters(0.003, 5, 100, lambda, 6), rng,
                events::add, Clock.SYSTEM).run();
        double norm = 0;
        for (float w : model.parameters().get(0).value()) {
            norm += (double) w * w;
        }
        return new double[] {lastEpoch(events).testLoss(), Math.sqrt(norm)};
    }

    @Test
    void weightDecayLowersTheTestLossAndTheWeightNorm() {
        double[] plain = weightDecayRun(0);
        double[] decayed = weightDecayRun(3);
        assertTrue(decayed[0] < plain[0], "test loss with λ = 3: " + decayed[0] + ", without: " + plain[0]);
        assertTrue(decayed[1] < plain[1], "‖w‖ with λ = 3: " + decayed[1] + ", without: " + plain[1]);
    }
}
