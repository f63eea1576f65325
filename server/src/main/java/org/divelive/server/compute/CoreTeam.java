package org.divelive.server.compute;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that share out the independent tasks of one kernel call: the caller plus
 * {@code threads − 1} daemon helpers started once, so a call never creates threads and the process never runs more
 * kernel threads than cores. Tasks are claimed one at a time from a shared counter, so uneven tasks balance and a
 * helper the OS has not scheduled yet (other processes share the cores) simply claims nothing: the caller waits only
 * for tasks already under way. One call uses the team at a time; a concurrent caller runs its tasks alone rather
 * than queue behind it.
 */
final class CoreTeam {
    /**
     * How long an idle thread spins before parking: kernel calls come in bursts a fraction of a millisecond apart,
     * and a parked thread takes tens of microseconds to wake. The spin yields rather than pauses, so on a shared
     * machine a spinning thread gives its core to the team-mate it is waiting for, or to anyone else.
     */
    private static final long SPIN_NANOS = 200_000;

    private final int threads;
    private final Thread[] helpers;
    private final AtomicBoolean inUse = new AtomicBoolean();
    private volatile Job posted;

    CoreTeam(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, was " + threads);
        }
        this.threads = threads;
        this.helpers = new Thread[threads - 1];
        for (int h = 0; h < helpers.length; h++) {
            helpers[h] = new Thread(this::help, "divelive-kernels-" + (h + 1));
            helpers[h].setDaemon(true);
            helpers[h].start();
        }
    }

    int threads() {
        return threads;
    }

    /** Runs {@code task.accept(t)} for each t in [0, tasks), in any order, on any member; returns when all are done. */
    void run(int tasks, IntConsumer task) {
        if (tasks == 1 || helpers.length == 0 || !inUse.compareAndSet(false, true)) {
            for (int t = 0; t < tasks; t++) {
                task.accept(t);
            }
            return;
        }
        try {
            Job job = new Job(task, tasks, Thread.currentThread());
            posted = job;
            for (Thread helper : helpers) {
                LockSupport.unpark(helper);
            }
            job.work();
            job.awaitDone();
        } finally {
            inUse.set(false);
        }
    }

    /** A helper's life: work on each job posted after the last one it saw; between jobs spin briefly, then park. */
    private void help() {
        Job seen = null;
        while (true) {
            Job job = posted;
            long idleSince = System.nanoTime();
            while (job == seen) {
                if (System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.yield();
                } else {
                    LockSupport.park(this);
                }
                job = posted;
            }
            seen = job;
            job.work();
        }
    }

    /** One call's tasks and how many are finished. */
    private static final class Job {
        private final IntConsumer task;
        private final int tasks;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile Throwable failure;

        Job(IntConsumer task, int tasks, Thread caller) {
            this.task = task;
            this.tasks = tasks;
            this.caller = caller;
        }

        void work() {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                try {
                    task.accept(t);
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    if (done.incrementAndGet() == tasks) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }

        /** Waits for the tasks other threads claimed, then rethrows the first failure, if any. */
        void awaitDone() {
            long since = System.nanoTime();
            while (done.get() < tasks) {
                if (System.nanoTime() - since < SPIN_NANOS) {
                    Thread.yield();
                } else {
                    LockSupport.park(this);
                }
            }
            if (failure != null) {
                throw new IllegalStateException("a kernel task failed", failure);
            }
        }
    }
}
