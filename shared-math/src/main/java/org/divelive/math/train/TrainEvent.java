package org.divelive.math.train;

import java.util.List;

import org.divelive.math.model.Parameter;

/** What a {@link Trainer} reports. Steps and epochs count from 1. */
public sealed interface TrainEvent {

    /** Sent once, before the first step. */
    record Started(int examples, int batchesPerEpoch, int epochs) implements TrainEvent {
    }

    /**
     * One minibatch done: its size B, its mean loss before the update, and the model's parameters after it. The
     * parameters are live views (values and the gradient of this step): copy what must outlive the next step.
     */
    record StepDone(int step, int epoch, int batchSize, double loss, List<Parameter> parameters)
            implements TrainEvent {
    }

    /** One pass over the training data done; {@code trainLoss} is the mean of its step losses, weighted by B. */
    record EpochDone(int epoch, int steps, double trainLoss) implements TrainEvent {
    }

    /** All epochs done. */
    record Finished(int steps, int epochs) implements TrainEvent {
    }

    /** The loss became NaN or ±∞ or exploded past {@link Trainer#EXPLODED_LOSS} at this step; training stopped. */
    record Diverged(int step, int epoch, double loss) implements TrainEvent {
    }

    /** Stopped on request after {@code steps} steps. */
    record Cancelled(int steps) implements TrainEvent {
    }
}
