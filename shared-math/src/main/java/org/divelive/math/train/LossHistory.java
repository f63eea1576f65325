package org.divelive.math.train;

import java.util.Arrays;

/** A listener that keeps the loss of every step, in order: the curve a run draws, as numbers. */
public final class LossHistory implements TrainListener {
    private double[] losses = new double[64];
    private int count;

    @Override
    public void on(TrainEvent event) {
        if (event instanceof TrainEvent.StepDone step) {
            if (count == losses.length) {
                losses = Arrays.copyOf(losses, count * 2);
            }
            losses[count++] = step.loss();
        }
    }

    /** A copy of the step losses so far. */
    public double[] stepLosses() {
        return Arrays.copyOf(losses, count);
    }
}
