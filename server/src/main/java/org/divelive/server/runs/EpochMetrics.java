package org.divelive.server.runs;

/**
 * One finished epoch. Train loss and accuracy are the running means over the epoch's minibatches (as the book
 * reports them), test loss and accuracy are measured on the whole test set after the epoch; figures that do not
 * apply (accuracy of a regression, the test set of linreg) are NaN. {@code seconds} is the epoch's wall time
 * including that test evaluation; {@code samplesPerSecond} counts training only.
 */
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
        double seconds, double samplesPerSecond) {
}
