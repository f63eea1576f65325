package org.divelive.server.runs.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setup.InvalidSetupException;
import org.divelive.math.setup.Setup;
import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.http.QuietLog;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunBudget;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunOutcome;
import org.divelive.server.runs.RunSpecParser;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.Tokens;
import org.divelive.server.runs.store.Claim;
import org.divelive.server.runs.store.Finish;
import org.divelive.server.runs.store.HeldRun;
import org.divelive.server.runs.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains queued runs on a fixed number of worker threads (none on a serving node that only accepts and streams runs)
 * and streams every run's events. The queue is the store's: {@link #submit} admits a run there under the queue's
 * limits, which hold for all nodes sharing the database, and each worker thread claims the next waiting run from it
 * under a lease (see {@link RunStore#claim}). A run trained here publishes its events on its {@link RunChannel} as
 * they happen and records them in the store as it goes; a run trained elsewhere is watched through the
 * {@link RunFollower}, which reads the same records back.
 *
 * <p>While it trains, a worker renews its leases and reads back the stop requests of its runs (a cancel may come
 * through any node). A run it no longer holds (its lease ran out while this process stalled, and another worker
 * took it) it stops at once and writes nothing more of.
 *
 * <p>On an H2 file, which only this process opens, runs an earlier process left queued or running are marked
 * interrupted at start: their process is gone, and starting them again unasked, maybe days later, would surprise
 * more than help. On a shared database they stay: their leases run out and other workers take them. Stopping the
 * manager on a shared database hands the runs it trains back to the queue, where another worker takes them at once
 * (a worker stopped for a deploy should not cost a run one of its attempts, nor its users a lease's wait); on an H2
 * file, which no other process trains from, they end as interrupted. Queued runs stay in the store's queue.
 *
 * <p>Verification runs (assignment submissions) wait in the same queue but ahead of ordinary runs, each kind in
 * arrival order and each with its own bound; an ordinary run also counts against its {@link RunOwner}'s limit.
 */
public final class RunManager implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunManager.class);
    /** How often an idle worker looks for a run when no local submission wakes it (one on another node). */
    private static final long CLAIM_POLL_MILLIS = 500;
    /** How often a worker reads back stop requests and whether it still holds its runs. */
    private static final long HELD_CHECK_MILLIS = 500;
    private static final Duration WORKER_STOP_WAIT = Duration.ofSeconds(10);
    /** What an owner over its limit is asked to wait: about one ordinary run's length. */
    private static final int LIMIT_RETRY_SECONDS = 30;

    private final RunStore store;
    private final FashionMnistSource fashionMnist;
    private final Supplier<TrainTestSplit> dataset;
    private final int queueLength;
    private final Limits limits;
    private final Ceilings ceilings;
    private final Leases leases;
    private final RunFollower follower;
    private final Map<Long, ActiveRun> training = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private final ScheduledExecutorService upkeep;
    private final Object idle = new Object();
    private volatile boolean closing;

    /** @param ceilings the largest run this process trains: one taken in elsewhere under larger ones fails here */
    public RunManager(RunStore store, FashionMnistSource fashionMnist, int concurrentRuns, int queueLength,
            Limits limits, Ceilings ceilings, Leases leases) {
        this(store, fashionMnist, fashionMnist::dataset, concurrentRuns, queueLength, limits, ceilings, leases);
    }

    /** @param dataset where runs get Fashion-MNIST: the source's, or in a test one that fails as a test needs */
    RunManager(RunStore store, FashionMnistSource fashionMnist, Supplier<TrainTestSplit> dataset, int concurrentRuns,
            int queueLength, Limits limits, Ceilings ceilings, Leases leases) {
        this.store = store;
        this.fashionMnist = fashionMnist;
        this.dataset = dataset;
        this.queueLength = queueLength;
        this.limits = limits;
        this.ceilings = ceilings;
        this.leases = leases;
        this.follower = new RunFollower(store);
        if (!store.shared()) {
            int interrupted = store.interruptUnfinished(Instant.now());
            if (interrupted > 0) {
                LOG.info("{} runs an earlier server left unfinished are now marked interrupted", interrupted);
            }
        }
        // two threads: a slow read for watchers never delays a lease renewal behind it
        upkeep = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "divelive-run-upkeep");
            thread.setDaemon(true);
            thread.setPriority(Thread.MAX_PRIORITY);
            return thread;
        });
        upkeep.scheduleWithFixedDelay(() -> quietly("follow runs", follower::poll), RunFollower.POLL_MILLIS,
                RunFollower.POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (concurrentRuns > 0) {
            LOG.info("Training up to {} run(s) at a time as worker {}", concurrentRuns, leases.worker());
            upkeep.scheduleWithFixedDelay(() -> quietly("renew leases", this::renewLeases),
                    leases.renewEvery().toMillis(), leases.renewEvery().toMillis(), TimeUnit.MILLISECONDS);
            upkeep.scheduleWithFixedDelay(() -> quietly("read stop requests", this::checkHeld), HELD_CHECK_MILLIS,
                    HELD_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
        for (int w = 1; w <= concurrentRuns; w++) {
            Thread worker = new Thread(this::work, "divelive-run-worker-" + w);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    /**
     * Records the run as queued and queues it.
     *
     * @throws QueueFullException when the queue is full
     * @throws RunTooLargeException when the run would pass the server's work or weights limits
     * @throws org.divelive.server.data.DataUnavailableException when the run needs Fashion-MNIST and it is not there
     */
    public Submission submit(Setup spec) {
        return submit(spec, RunOwner.anyone());
    }

    /**
     * Records the run as queued for {@code owner} and queues it.
     *
     * @throws QueueFullException when the queue holds as many runs of this kind as it may
     * @throws RunLimitException when the owner has as many queued-or-running runs as it may
     * @throws org.divelive.server.data.DataUnavailableException when the run needs Fashion-MNIST and it is not there
     */
    public Submission submit(Setup spec, RunOwner owner) {
        RunBudget.problem(spec, limits).ifPresent(problem -> {
            throw new RunTooLargeException(problem);
        });
        if (spec.model().needsFashionMnist()) {
            fashionMnist.requireFiles();
        }
        if (closing) {
            throw new IllegalStateException("the server is stopping and takes no new runs");
        }
        String cancelToken = Tokens.newToken();
        long id = store.admit(spec, Instant.now(), owner.key(), owner.verification(), Tokens.digest(cancelToken),
                (queued, owned) -> {
                    if (queued >= queueLength) {
                        throw new QueueFullException(queueLength);
                    }
                    if (!owner.verification() && owned.size() >= owner.limit()) {
                        throw new RunLimitException(owner.who() + " may have " + owner.limit() + " server run"
                                + (owner.limit() == 1 ? "" : "s") + " queued or running at a time, and run"
                                + (owned.size() == 1 ? " " : "s ") + owned.stream().map(String::valueOf)
                                .reduce((a, b) -> a + ", " + b).orElse("") + (owned.size() == 1 ? " is" : " are")
                                + " still going: try again once it has ended (about " + LIMIT_RETRY_SECONDS
                                + " seconds), or cancel it", LIMIT_RETRY_SECONDS);
                    }
                });
        int position = store.queuePosition(id);
        synchronized (idle) {
            idle.notifyAll();
        }
        return new Submission(id, position, cancelToken);
    }

    /** 1 for the next run to start, 2 for the one after, …; 0 for a run that is not waiting. */
    public int queuePosition(long id) {
        return store.queuePosition(id);
    }

    /** Whether {@code token} is the cancel token handed out for this queued or running run. */
    public boolean isCancelToken(long id, String token) {
        return store.cancelDigest(id).map(digest -> Tokens.matches(token, digest)).orElse(false);
    }

    /**
     * Stops a queued or running run as cancelled, whichever node trains it, and waits up to {@code wait} for it to
     * end (a running run stops after its current step). False if the run is not queued or running.
     */
    public boolean cancel(long id, Duration wait) throws InterruptedException {
        if (store.endQueued(id, RunStatus.CANCELLED, "cancelled before it started", Instant.now())) {
            LOG.info("Run {} cancelled: cancelled before it started", id);
            return true;
        }
        if (!store.requestStop(id, RunStatus.CANCELLED)) {
            return false;
        }
        ActiveRun local = training.get(id);
        if (local != null) {
            if (local.stopAs == null) {
                local.stopAs = RunStatus.CANCELLED;
            }
            local.ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        }
        // trained elsewhere: its worker reads the request within a moment
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline && store.find(id).map(run -> !run.status().isFinal()).orElse(false)) {
            Thread.sleep(HELD_CHECK_MILLIS / 5);
        }
        return true;
    }

    /**
     * The run's events: those after {@code lastSeenId} (0 for all) at once, then the live ones. Empty if there is no
     * such run. A run trained here streams from its own channel; any other from the store, through the follower.
     */
    public Optional<Subscription> subscribe(long id, long lastSeenId) {
        return subscribe(id, lastSeenId, () -> { });
    }

    /** As {@link #subscribe(long, long)}, calling {@code wake} after each live event reaches the subscription. */
    public synchronized Optional<Subscription> subscribe(long id, long lastSeenId, Runnable wake) {
        ActiveRun run = training.get(id);
        if (run != null) {
            return Optional.of(run.channel.subscribe(lastSeenId, wake));
        }
        return follower.subscribe(id, lastSeenId, wake);
    }

    /** Deletes an ended run. */
    public DeleteResult delete(long id) {
        return store.delete(id).map(deleted -> deleted ? DeleteResult.DELETED : DeleteResult.ACTIVE)
                .orElse(DeleteResult.NOT_FOUND);
    }

    public enum DeleteResult { DELETED, NOT_FOUND, ACTIVE }

    /**
     * Stops the workers after their current step: on a shared database the runs they train go back to the queue for
     * another worker, on an H2 file they end as interrupted; queued runs stay queued.
     */
    @Override
    public void close() {
        closing = true;
        for (ActiveRun run : List.copyOf(training.values())) {
            stopForClosing(run);
        }
        synchronized (idle) {
            idle.notifyAll();
        }
        for (Thread worker : workers) {
            try {
                worker.join(WORKER_STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        upkeep.shutdownNow();
    }

    /** What a closing server does with a run it trains: hands it back (shared database) or interrupts it (H2). */
    private void stopForClosing(ActiveRun run) {
        if (run.stopAs == null) {
            if (store.shared()) {
                run.handBack = true;
            } else {
                run.stopAs = RunStatus.INTERRUPTED;
            }
        }
    }

    /** A worker's life: whatever one run throws, even an Error, ends that run and the worker takes the next. */
    private void work() {
        while (!closing) {
            Optional<Claim> claim;
            try {
                claim = store.claim(leases.worker(), Instant.now(), leases.lease(), leases.attempts());
            } catch (RuntimeException e) {
                QuietLog.warn(LOG, "claim", "Cannot take a run from the queue: {}", e.getMessage());
                claim = Optional.empty();
            }
            if (claim.isEmpty()) {
                synchronized (idle) {
                    try {
                        idle.wait(CLAIM_POLL_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            ActiveRun run = new ActiveRun(claim.get());
            try {
                execute(run);
            } catch (Throwable e) {
                LOG.error("Run {} broke its worker's step; the worker goes on", run.id(), e);
            }
        }
    }

    private void execute(ActiveRun run) {
        Claim claim = run.claim;
        training.put(run.id(), run);
        // a run claimed just as the server began closing was not among those close() stopped: it stops here
        // (closing is set before close() reads the runs in training, and read after this one is put there, so
        // every run is stopped by one side or both)
        if (closing) {
            stopForClosing(run);
        }
        try {
            if (claim.previousWorker() != null) {
                LOG.warn("Run {} starts again from the start on worker {} (attempt {} of {}): worker {} stopped "
                        + "answering", run.id(), claim.worker(), claim.attempt(), leases.attempts(),
                        claim.previousWorker());
            } else {
                LOG.info("Run {} starts on worker {}", run.id(), claim.worker());
            }
            run.channel.start(claim.attempt(), RunEvent.started(claim.spec()));
            // the node that took the run in checked it against its own limits; this worker's may be stricter
            Optional<String> tooLarge = RunBudget.problem(claim.spec(), limits).or(() -> beyondCeilings(claim.spec()));
            if (tooLarge.isPresent()) {
                end(run, new RunOutcome(RunStatus.FAILED, "worker " + claim.worker() + " does not train it: "
                        + tooLarge.get(), null));
                return;
            }
            long deadline = System.nanoTime() + limits.maxRunTime().toNanos();
            RunOutcome outcome = new RunExecution(claim.spec(), dataset).run(new Recorder(run),
                    () -> run.stopAs != null || run.handBack || run.lost || System.nanoTime() - deadline > 0);
            if (run.lost) {
                handOver(run);
                return;
            }
            if (run.handBack && run.stopAs == null) {
                handBack(run);
                return;
            }
            if (outcome.status() == RunStatus.CANCELLED && run.stopAs == RunStatus.INTERRUPTED) {
                outcome = new RunOutcome(RunStatus.INTERRUPTED, "the server stopped during this run: "
                        + outcome.message(), outcome.weights());
            } else if (outcome.status() == RunStatus.CANCELLED && run.stopAs == null) {
                outcome = new RunOutcome(RunStatus.FAILED, "the run reached this server's limit of "
                        + limits.maxRunTime().toSeconds() + " seconds per run (--max-run-seconds): "
                        + outcome.message() + "; ask for fewer epochs, fewer "
                        + "training images or a larger batch", outcome.weights());
            }
            end(run, outcome);
        } catch (Throwable e) {
            LOG.error("Run {} failed or could not be recorded", run.id(), e);
            if (run.ended.getCount() > 0) {
                try {
                    end(run, new RunOutcome(RunStatus.FAILED, "the run failed on the server: " + e, null));
                } catch (Throwable again) {
                    LOG.error("Run {} could not be recorded as failed either", run.id(), again);
                    handOver(run);
                }
            }
        }
    }

    /** Which of this process's ceilings the run exceeds, read as its settings were stored; empty if it fits. */
    private Optional<String> beyondCeilings(Setup spec) {
        try {
            new RunSpecParser(ceilings).parse(RunJson.config(spec));
            return Optional.empty();
        } catch (InvalidSetupException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** This worker lost the run to another: its watchers here follow the store from now on. */
    private void handOver(ActiveRun run) {
        LOG.warn("Run {}: worker {} no longer holds its lease; another worker trains it", run.id(), leases.worker());
        followFromStore(run);
    }

    /** This worker is stopping: the run waits in the queue again, first in line, and another worker starts it. */
    private void handBack(ActiveRun run) {
        try {
            if (store.handBack(run.claim, Instant.now())) {
                LOG.info("Run {} handed back to the queue: worker {} is stopping; the next worker starts it again "
                        + "from the start, and this start does not count against its {} attempts", run.id(),
                        leases.worker(), leases.attempts());
            } else {
                LOG.warn("Run {}: worker {} no longer held it when stopping; another worker trains it", run.id(),
                        leases.worker());
            }
        } catch (RuntimeException e) {
            LOG.warn("Run {} could not be handed back ({}); its lease runs out within {} s and another worker takes "
                    + "it then", run.id(), e.getMessage(), leases.lease().toSeconds());
        }
        followFromStore(run);
    }

    /** The run's watchers here follow the store from now on, and this process forgets it. */
    private void followFromStore(ActiveRun run) {
        synchronized (this) {
            follower.adopt(run.id(), run.channel, run.epochs);
            training.remove(run.id());
        }
        run.ended.countDown();
    }

    /** Extends the leases of the runs this process trains. */
    private void renewLeases() {
        if (!training.isEmpty()) {
            store.renew(leases.worker(), Instant.now().plus(leases.lease()));
        }
    }

    /** Reads back, for the runs this process trains, any stop asked for on any node, and whether it still has them. */
    private void checkHeld() {
        if (training.isEmpty()) {
            return;
        }
        Map<Long, HeldRun> held = new HashMap<>();
        for (HeldRun run : store.held(leases.worker())) {
            held.put(run.id(), run);
        }
        for (ActiveRun run : training.values()) {
            HeldRun now = held.get(run.id());
            if (now == null || now.attempt() != run.claim.attempt()) {
                // taken by another worker or ended by another node; (a run that just finished is past caring)
                run.lost = true;
            } else if (now.stopAs() != null && run.stopAs == null) {
                run.stopAs = now.stopAs();
            }
        }
    }

    /** An upkeep task's failure is logged (rate-limited) and the task runs again at its next turn. */
    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            QuietLog.warn(LOG, what, "Could not {}: {}", what, e.getMessage());
        }
    }

    /**
     * The outcome with its weights if the disk may take them: within the caps on one run's and on all stored weights
     * (when all would pass it, {@link #end} makes room by retention) and leaving the configured free space; otherwise
     * without them and saying why. Free space is not made by retention: deleted rows give their space back to the
     * disk only later (H2 reuses it within its file, PostgreSQL after a vacuum), so the check could not count on it.
     */
    private RunOutcome withinStorage(RunOutcome outcome) {
        byte[] weights = outcome.weights();
        if (weights == null) {
            return outcome;
        }
        String problem = null;
        long free = store.freeDiskBytes();
        if (weights.length > limits.maxRunWeightBytes()) {
            problem = "they take " + weights.length + " bytes, more than the " + limits.maxRunWeightBytes()
                    + " a run may store (--max-run-weights)";
        } else if (weights.length > limits.maxStoredWeightBytes()) {
            problem = "they take " + weights.length + " bytes, more than the " + limits.maxStoredWeightBytes()
                    + " all runs' weights together may take (--max-stored-weights)";
        } else if (free - weights.length < limits.minFreeDiskBytes()) {
            problem = "they take " + weights.length + " bytes and the database's disk has only " + free
                    + " free, of which " + limits.minFreeDiskBytes() + " are kept free (--min-free-disk)";
        }
        if (problem == null) {
            return outcome;
        }
        LOG.warn("The weights of a run are not kept: {}", problem);
        return new RunOutcome(outcome.status(), outcome.message() + "; its weights are not kept: " + problem, null);
    }

    /** Stores the run's end, then tells its subscribers, then forgets it: in that order, see {@link #subscribe}. */
    private void end(ActiveRun run, RunOutcome reached) {
        RunOutcome outcome = withinStorage(reached);
        Finish finish = store.finish(run.claim, outcome, Instant.now(), limits.maxStoredWeightBytes());
        if (!finish.held()) {
            handOver(run);
            return;
        }
        if (!finish.removed().isEmpty()) {
            LOG.info("Retention: run {}'s {} bytes of weights would take all stored weights past {} bytes "
                    + "(--max-stored-weights), so the weights of the oldest finished run(s) {} were removed; stored "
                    + "weights now take {} bytes", run.id(), outcome.weights().length, limits.maxStoredWeightBytes(),
                    finish.removed(), store.storedWeightBytes());
        }
        LOG.info("Run {} {}: {}", run.id(), outcome.status().word(), outcome.message());
        run.channel.publish(RunEvent.END, RunEvent.end(outcome.status(), outcome.message()), true);
        training.remove(run.id());
        run.ended.countDown();
    }

    /** Keeps each epoch and the latest progress in the store and publishes them on the run's own channel. */
    private final class Recorder implements RunExecution.Observer {
        private final ActiveRun run;

        Recorder(ActiveRun run) {
            this.run = run;
        }

        @Override
        public void progress(int step, int totalSteps, int epoch, double loss) {
            ObjectNode json = RunEvent.progress(step, totalSteps, epoch, loss);
            run.channel.publish(RunEvent.PROGRESS, json, false);
            store.progress(run.claim, RunJson.write(json));
        }

        @Override
        public void epoch(EpochMetrics metrics) {
            if (store.addEpoch(run.claim, metrics)) {
                run.channel.publish(RunEvent.EPOCH, RunJson.epoch(metrics), true);
                run.epochs++;
            } else {
                run.lost = true;
            }
        }
    }
}
