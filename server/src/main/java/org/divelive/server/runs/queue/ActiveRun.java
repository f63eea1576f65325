package org.divelive.server.runs.queue;

import java.util.concurrent.CountDownLatch;

import org.divelive.math.setup.Setup;
import org.divelive.server.runs.RunStatus;

/** A run that is queued or running in this process: what the manager needs to stop it and stream its events. */
final class ActiveRun {
    final long id;
    final Setup spec;
    final byte[] cancelTokenDigest;
    final RunOwner owner;
    /** Arrival order, for the queue's ordering within a priority. */
    final long sequence;
    final RunChannel channel = new RunChannel();
    /** Counted down once the run's end is stored and published. */
    final CountDownLatch ended = new CountDownLatch(1);
    /**
     * Null while it should go on; else the status it should stop with (cancelled by a user, interrupted by shutdown).
     * Written by request threads, read by the worker between steps, hence volatile.
     */
    volatile RunStatus stopAs;

    ActiveRun(long id, Setup spec, byte[] cancelTokenDigest, RunOwner owner, long sequence) {
        this.id = id;
        this.spec = spec;
        this.cancelTokenDigest = cancelTokenDigest;
        this.owner = owner;
        this.sequence = sequence;
    }
}
