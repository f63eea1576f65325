package org.divelive.math.train;

import org.divelive.math.Rng;
import org.divelive.math.data.Batch;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.MinibatchIterator;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.model.Model;
import org.divelive.math.optim.Sgd;
import org.divelive.math.setting.InvalidHyperparameterException;

/**
 * Drives minibatch SGD one {@link #step()} at a time, so the page can interleave training with drawing and the server
 * can report progress; {@link #epoch()} and {@link #run()} are loops over it. Everything it learns is reported as
 * {@link TrainEvent}s to one listener; the trainer itself never draws, logs or sleeps.
 */
public final class Trainer {
    /**
     * A minibatch loss this many times the untrained model's loss counts as diverged even while finite. Healthy
     * training only lowers the loss, and even one unlucky example stays far below this factor; a too-large learning
     * rate throws the weights so far that the loss jumps by orders of magnitude (an MLP at lr 10: 2.3 → 709 within
     * four steps) and then, with the stable cross-entropy, may settle at chance level without ever becoming NaN.
     */
    public static final double EXPLOSION_FACTOR = 100;
    /** How many training examples measure the untrained model's loss. */
    static final int REFERENCE_EXAMPLES = 1000;

    /** Where a run is. Only {@link #RUNNING} takes further steps. */
    public enum Status { RUNNING, FINISHED, DIVERGED, CANCELLED }

    private final Model model;
    private final Hyperparameters hyperparameters;
    private final Sgd sgd;
    private final MinibatchIterator batches;
    private final TrainListener listener;
    private final Dataset test;
    private TestEvaluation testEvaluation;
    private final Clock clock;
    private final Batch batch = new Batch();

    private final Dataset train;
    private Status status = Status.RUNNING;
    private double initialLoss = Double.NaN;
    private int steps;
    private int epoch;
    private double epochLossSum;
    private int epochExamples;
    private long epochCorrect;
    private double epochTrainingMillis;

    /**
     * @param rng shuffles the data each epoch; pass the same seeded generator that initialised the model to make the
     *            whole run a function of the seed
     * @throws InvalidHyperparameterException when the batch is larger than the data
     */
    public Trainer(Model model, Dataset train, Hyperparameters hyperparameters, Rng rng, TrainListener listener) {
        this(model, train, null, hyperparameters, rng, listener, Clock.SYSTEM);
    }

    /**
     * @param test evaluated after every epoch, or null
     * @param clock times the training steps for samples per second
     */
    public Trainer(Model model, Dataset train, Dataset test, Hyperparameters hyperparameters, Rng rng,
            TrainListener listener, Clock clock) {
        hyperparameters.requireBatchFits(train.size());
        this.model = model;
        this.train = train;
        this.hyperparameters = hyperparameters;
        this.sgd = new Sgd(hyperparameters.learningRate(), hyperparameters.weightDecay());
        this.batches = new MinibatchIterator(train, hyperparameters.batchSize(), rng);
        this.listener = listener;
        this.test = test;
        this.clock = clock;
        this.testEvaluation = data -> Evaluation.of(model, data);
    }

    /** How the test set is measured after each epoch. */
    @FunctionalInterface
    public interface TestEvaluation {
        Evaluation of(Dataset test);
    }

    /**
     * Replaces the test evaluation after each epoch ({@link Evaluation#of(Model, Dataset)}), for a caller that draws
     * from the same pass what it shows of the model at the epoch's end.
     */
    public void evaluateTestWith(TestEvaluation evaluation) {
        this.testEvaluation = evaluation;
    }

    // region training-step
    /** One minibatch: loss and gradients, divergence check, SGD update. Returns false once the run has stopped. */
    public boolean step() {
        if (status != Status.RUNNING) {
            return false;
        }
        if (batches.atEpochStart()) {
            if (steps == 0) {
                initialLoss = Evaluation.of(model, train, Math.min(REFERENCE_EXAMPLES, train.size())).loss();
                listener.on(new TrainEvent.Started(batches.examples(), batches.batchesPerEpoch(),
                        hyperparameters.epochs(), initialLoss));
            }
            epoch++;
            epochLossSum = 0;
            epochExamples = 0;
            epochCorrect = 0;
            epochTrainingMillis = 0;
        }
        double started = clock.millis();
        batches.next(batch);
        BatchResult result = model.lossAndGradients(batch);
        double loss = result.loss();
        if (Double.isNaN(loss) || Double.isInfinite(loss) || loss > EXPLOSION_FACTOR * initialLoss) {
            status = Status.DIVERGED;
            listener.on(new TrainEvent.Diverged(steps + 1, epoch, loss));
            return false;
        }
        sgd.step(model.parameters());
        epochTrainingMillis += clock.millis() - started;
        steps++;
        epochLossSum += loss * batch.size();
        epochExamples += batch.size();
        epochCorrect += result.correct();
        listener.on(new TrainEvent.StepDone(steps, epoch, batch.size(), loss, model.parameters()));
        if (batches.atEpochStart()) {
            listener.on(epochDone(result.classifies()));
            if (epoch == hyperparameters.epochs()) {
                status = Status.FINISHED;
                listener.on(new TrainEvent.Finished(steps, epoch));
            }
        }
        return status == Status.RUNNING;
    }
    // endregion

    private TrainEvent.EpochDone epochDone(boolean classifies) {
        Evaluation onTest = test != null ? testEvaluation.of(test) : new Evaluation(Double.NaN, Double.NaN);
        double trainAccuracy = classifies ? (double) epochCorrect / epochExamples : Double.NaN;
        double samplesPerSecond = epochTrainingMillis > 0 ? epochExamples * 1000.0 / epochTrainingMillis : Double.NaN;
        return new TrainEvent.EpochDone(epoch, steps, epochLossSum / epochExamples, trainAccuracy, onTest.loss(),
                onTest.accuracy(), samplesPerSecond);
    }

    /** Steps to the end of the current epoch (or of the run). */
    public void epoch() {
        while (step() && !batches.atEpochStart()) {
            // each step reports itself
        }
    }

    /** Steps until every epoch is done, the loss diverges or the run is cancelled. */
    public void run() {
        while (step()) {
            // each step reports itself
        }
    }

    /** Stops a running trainer; later calls to {@link #step()} do nothing. */
    public void cancel() {
        if (status == Status.RUNNING) {
            status = Status.CANCELLED;
            listener.on(new TrainEvent.Cancelled(steps));
        }
    }

    public Status status() {
        return status;
    }

    public int steps() {
        return steps;
    }

    public int currentEpoch() {
        return epoch;
    }

    public Hyperparameters hyperparameters() {
        return hyperparameters;
    }
}
