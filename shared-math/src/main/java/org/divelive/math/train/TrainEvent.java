package org.divelive.math.train;

import java.util.List;

import org.divelive.math.nn.Parameter;

/** What a {@link Trainer} reports. Steps and epochs count from 1. Accuracies are NaN where they do not apply. */
public sealed interface TrainEvent {

    /** Sent once, before the first step, with the untrained model's mean loss on (up to 1000) training examples. */
    record Started(int examples, int batchesPerEpoch, int epochs, double initialLoss) implements TrainEvent {
    }

    /**
     * One minibatch done: its size B, its mean loss before the update, and the model's parameters after it. The
     * parameters are live views (values and the gradient of this step): copy what must outlive the next step.
     */
    record StepDone(int step, int epoch, int batchSize, double loss, List<Parameter> parameters)
            implements TrainEvent {
    }

    /**
     * One pass over the training data done. Train loss and accuracy are the running means over the epoch's
     * minibatches (the model changed while they were measured, as in the book); the test figures are measured on
     * the whole test set after the epoch (NaN without a test set). Samples per second count training only.
     */
    record EpochDone(int epoch, int steps, double trainLoss, double trainAccuracy, double testLoss,
            double testAccuracy, double samplesPerSecond) implements TrainEvent {
    }

    /** All epochs done. */
    record Finished(int steps, int epochs) implements TrainEvent {
    }

    /**
     * The loss became NaN or ±∞, or exploded past {@link Trainer#EXPLOSION_FACTOR} times the untrained model's loss,
     * at this step; training stopped before the update.
     */
    record Diverged(int step, int epoch, double loss) implements TrainEvent {
    }

    /** Stopped on request after {@code steps} steps. */
    record Cancelled(int steps) implements TrainEvent {
    }
}
