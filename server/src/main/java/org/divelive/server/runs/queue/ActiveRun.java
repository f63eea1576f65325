package org.divelive.server.runs.queue;

import java.util.concurrent.CountDownLatch;

import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.store.Claim;

/** A run this process trains: what the manager needs to stop it, record it and stream its events. */
final class ActiveRun {
    final Claim claim;
    final RunChannel channel = new RunChannel();
    /** Counted down once the run's end is stored and published (or the run was handed on). */
    final CountDownLatch ended = new CountDownLatch(1);
    /**
     * Null while it should go on; else the status it should stop with (cancelled by a user on any node,
     * interrupted by shutdown). Written by other threads, read by the worker between steps, hence volatile.
     */
    volatile RunStatus stopAs;
    /** Set when this process stops on a shared database: the run goes back to the queue for another worker. */
    volatile boolean handBack;
    /** Set when the store says this worker no longer holds the run: another worker trains it now. */
    volatile boolean lost;
    /** Epochs published, for a hand-over to the follower; only the training thread writes it. */
    volatile int epochs;

    ActiveRun(Claim claim) {
        this.claim = claim;
    }

    long id() {
        return claim.id();
    }
}
