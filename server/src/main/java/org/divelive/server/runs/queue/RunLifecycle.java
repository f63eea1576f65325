package org.divelive.server.runs.queue;

import org.divelive.server.runs.RunOutcome;

/** Told when any run starts training and when it has ended (its end already stored), on the worker's thread. */
public interface RunLifecycle {
    void started(long id);

    void ended(long id, RunOutcome outcome);
}
