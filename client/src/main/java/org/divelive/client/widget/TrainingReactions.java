package org.divelive.client.widget;

import org.divelive.math.train.TrainEvent;

/**
 * A widget's reactions to its trainer's events, one method per kind, each doing nothing unless the widget overrides
 * it. {@link WidgetHost#follow} turns them into the trainer's listener.
 */
public interface TrainingReactions {
    default void started(TrainEvent.Started started) {
    }

    default void stepDone(TrainEvent.StepDone step) {
    }

    default void epochDone(TrainEvent.EpochDone epoch) {
    }

    default void finished(TrainEvent.Finished finished) {
    }

    /** After the host has said {@link Sentence#DIVERGED}. */
    default void diverged(TrainEvent.Diverged diverged) {
    }
}
