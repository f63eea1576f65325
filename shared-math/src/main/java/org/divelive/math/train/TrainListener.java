package org.divelive.math.train;

/** Receives a {@link Trainer}'s events, on the thread that drives the trainer. */
@FunctionalInterface
public interface TrainListener {
    void on(TrainEvent event);
}
