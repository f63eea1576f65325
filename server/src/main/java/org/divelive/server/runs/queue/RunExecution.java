package org.divelive.server.runs.queue;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.Subsets;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.io.ParameterFile;
import org.divelive.math.lessons.linreg.LinearRegressionExperiment;
import org.divelive.math.model.Classifier;
import org.divelive.math.nn.Parameter;
import org.divelive.math.setting.TrainedModel;
import org.divelive.math.setup.Setup;
import org.divelive.math.train.Clock;
import org.divelive.math.train.TrainEvent;
import org.divelive.math.train.TrainListener;
import org.divelive.math.train.Trainer;
import org.divelive.server.data.DataUnavailableException;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunOutcome;
import org.divelive.server.runs.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one {@link Setup} to its end on the calling thread: the one way a run is executed, by the server's workers
 * and by the {@code train} command alike. It drives shared-math's {@link Trainer} a {@link Trainer#step()} at a time
 * and asks {@code stop} between steps. The trainer is single-threaded, so a stop requested from another thread is
 * only a flag there; the trainer itself is cancelled here, on the thread that owns it.
 */
public final class RunExecution {
    /** Step progress is reported at most this often: enough for a smooth bar, little enough for a slow link. */
    public static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(RunExecution.class);

    /** Told what happens, on the training thread. */
    public interface Observer {
        /** Now and then between steps: the last minibatch's loss. */
        void progress(int step, int totalSteps, int epoch, double loss);

        void epoch(EpochMetrics metrics);
    }

    private final Setup spec;
    private final Supplier<TrainTestSplit> fashionMnist;

    /** @param fashionMnist the data set for softmax and mlp, asked for only when such a run starts */
    public RunExecution(Setup spec, Supplier<TrainTestSplit> fashionMnist) {
        this.spec = spec;
        this.fashionMnist = fashionMnist;
    }

    /** Runs to the end, a divergence, a failure or {@code stop}; never throws for what a run can run into. */
    public RunOutcome run(Observer observer, BooleanSupplier stop) {
        Reporter reporter = new Reporter(observer);
        try {
            Training training = prepare(reporter);
            reporter.epochStartNanos = System.nanoTime();
            Trainer trainer = training.trainer();
            while (!stop.getAsBoolean() && trainer.step()) {
                // each step reports itself through the reporter
            }
            trainer.cancel();
            return outcome(trainer, reporter, training.parameters());
        } catch (DataUnavailableException e) {
            return new RunOutcome(RunStatus.FAILED, e.getMessage(), null);
        } catch (RuntimeException | Error e) {
            // an Error too: out of memory in one run must end that run, never the worker that trains the next
            LOG.error("Run of {} failed", spec, e);
            return new RunOutcome(RunStatus.FAILED, "training failed: " + e, null);
        }
    }

    private RunOutcome outcome(Trainer trainer, Reporter reporter, List<Parameter> parameters) {
        int epochs = trainer.currentEpoch();
        return switch (trainer.status()) {
            case FINISHED -> new RunOutcome(RunStatus.FINISHED, "trained " + epochs + (epochs == 1 ? " epoch, "
                    : " epochs, ") + trainer.steps() + " steps", ParameterFile.write(parameters));
            case DIVERGED -> new RunOutcome(RunStatus.DIVERGED, String.format(Locale.ROOT, "the loss diverged at "
                    + "step %d (epoch %d): it reached %s; try a learning rate below %s", reporter.diverged.step(),
                    reporter.diverged.epoch(), reporter.diverged.loss(), spec.hyperparameters().learningRate()),
                    null);
            case CANCELLED -> trainer.steps() == 0
                    ? new RunOutcome(RunStatus.CANCELLED, "stopped before its first step", null)
                    : new RunOutcome(RunStatus.CANCELLED, "stopped after " + trainer.steps() + " of "
                            + spec.totalSteps() + " steps; the weights are those of that moment",
                            ParameterFile.write(parameters));
            case RUNNING -> throw new IllegalStateException("the trainer was cancelled and still runs");
        };
    }

    /** The trainer with the parameters it trains, which the trainer itself does not expose. */
    private record Training(Trainer trainer, List<Parameter> parameters) {
    }

    private Training prepare(TrainListener listener) {
        var hyperparameters = spec.hyperparameters();
        if (spec.model() == TrainedModel.LINREG) {
            LinearRegressionExperiment experiment = LinearRegressionExperiment.of(hyperparameters, listener);
            return new Training(experiment.trainer(), experiment.model().parameters());
        }
        TrainTestSplit data = fashionMnist.get();
        // one generator, in a fixed order (subset, then weights, then shuffles), makes the run a function of the seed
        Rng rng = new Rng(hyperparameters.seed());
        Dataset train = spec.trainSubset() == data.train().size() ? data.train()
                : Subsets.shuffled(data.train(), spec.trainSubset(), rng);
        Classifier model = spec.network().build(train.features(), train.classes(), spec.initialization(), rng);
        Trainer trainer = new Trainer(model, train, data.test(), hyperparameters, rng, listener, Clock.SYSTEM);
        return new Training(trainer, model.parameters());
    }

    /** Turns the trainer's events into the observer's calls: steps thinned out, epochs timed. */
    private final class Reporter implements TrainListener {
        private final Observer observer;
        private long lastProgressNanos;
        private long epochStartNanos;
        private TrainEvent.Diverged diverged;

        Reporter(Observer observer) {
            this.observer = observer;
        }

        @Override
        public void on(TrainEvent event) {
            long now = System.nanoTime();
            if (event instanceof TrainEvent.StepDone step && now - lastProgressNanos >= PROGRESS_INTERVAL_NANOS) {
                lastProgressNanos = now;
                observer.progress(step.step(), spec.totalSteps(), step.epoch(), step.loss());
            } else if (event instanceof TrainEvent.EpochDone done) {
                observer.epoch(new EpochMetrics(done.epoch(), done.trainLoss(), done.trainAccuracy(), done.testLoss(),
                        done.testAccuracy(), (now - epochStartNanos) / 1e9, done.samplesPerSecond()));
                epochStartNanos = System.nanoTime();
            } else if (event instanceof TrainEvent.Diverged d) {
                diverged = d;
            }
        }
    }
}
