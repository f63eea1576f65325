package org.divelive.server.runs.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.setup.Setup;
import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunBudget;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunOutcome;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.Tokens;
import org.divelive.server.runs.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs training runs on a fixed number of worker threads, with a bounded queue in front of them: past it a new run
 * is refused ({@link QueueFullException}) rather than piled up. Every run is recorded in the {@link RunStore} as it
 * goes, and its events are published on its {@link RunChannel} for any number of subscribers.
 *
 * <p>At start-up, runs an earlier process left queued or running are marked interrupted: their process is gone, and
 * starting them again unasked, maybe days later, would surprise more than help. Stopping the manager likewise ends
 * its queued and running runs as interrupted.
 *
 * <p>Verification runs (assignment submissions) wait in the same queue but ahead of ordinary runs, each kind in
 * arrival order and each with its own bound; an ordinary run also counts against its {@link RunOwner}'s limit.
 */
public final class RunManager implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunManager.class);
    /** How often an idle worker looks whether the manager is closing. */
    private static final long WORKER_POLL_MILLIS = 200;
    private static final Duration WORKER_STOP_WAIT = Duration.ofSeconds(10);
    /** What an owner over its limit is asked to wait: about one ordinary run's length. */
    private static final int LIMIT_RETRY_SECONDS = 30;

    private final RunStore store;
    private final FashionMnistSource fashionMnist;
    private final Supplier<TrainTestSplit> dataset;
    private final int queueLength;
    /** Verification runs first, then by arrival. */
    private static final Comparator<ActiveRun> PRIORITY = Comparator.comparing((ActiveRun run) ->
            !run.owner.verification()).thenComparingLong(run -> run.sequence);
    private final Limits limits;
    private final BlockingQueue<ActiveRun> queue;
    private final AtomicLong arrivals = new AtomicLong();
    private final List<RunLifecycle> lifecycles = new CopyOnWriteArrayList<>();
    private final Map<Long, ActiveRun> active = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closing;

    public RunManager(RunStore store, FashionMnistSource fashionMnist, int concurrentRuns, int queueLength,
            Limits limits) {
        this(store, fashionMnist, fashionMnist::dataset, concurrentRuns, queueLength, limits);
    }

    /** @param dataset where runs get Fashion-MNIST: the source's, or in a test one that fails as a test needs */
    RunManager(RunStore store, FashionMnistSource fashionMnist, Supplier<TrainTestSplit> dataset, int concurrentRuns,
            int queueLength, Limits limits) {
        this.store = store;
        this.fashionMnist = fashionMnist;
        this.dataset = dataset;
        this.queueLength = queueLength;
        this.limits = limits;
        this.queue = new PriorityBlockingQueue<>(queueLength, PRIORITY);
        int interrupted = store.interruptUnfinished(Instant.now());
        if (interrupted > 0) {
            LOG.info("{} runs an earlier server left unfinished are now marked interrupted", interrupted);
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
        String cancelToken = Tokens.newToken();
        synchronized (this) {
            if (closing) {
                throw new IllegalStateException("the server is stopping and takes no new runs");
            }
            if (queue.stream().filter(waiting -> waiting.owner.verification() == owner.verification()).count()
                    >= queueLength) {
                throw new QueueFullException(queueLength);
            }
            List<Long> owned = active.values().stream().filter(other -> other.owner.key().equals(owner.key()))
                    .map(other -> other.id).sorted().toList();
            if (!owner.verification() && owned.size() >= owner.limit()) {
                throw new RunLimitException(owner.who() + " may have " + owner.limit() + " server run"
                        + (owner.limit() == 1 ? "" : "s") + " queued or running at a time, and run"
                        + (owned.size() == 1 ? " " : "s ") + owned.stream().map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b).orElse("") + (owned.size() == 1 ? " is" : " are")
                        + " still going: try again once it has ended (about " + LIMIT_RETRY_SECONDS
                        + " seconds), or cancel it", LIMIT_RETRY_SECONDS);
            }
            long id = store.create(spec, Instant.now());
            ActiveRun run = new ActiveRun(id, spec, Tokens.digest(cancelToken), owner, arrivals.incrementAndGet());
            active.put(id, run);
            queue.add(run);
            return new Submission(id, queuePosition(id), cancelToken);
        }
    }

    /** 1 for the next run to start, 2 for the one after, …; 0 for a run that is not waiting. */
    public int queuePosition(long id) {
        int position = 1;
        for (ActiveRun waiting : queue.stream().sorted(PRIORITY).toList()) {
            if (waiting.id == id) {
                return position;
            }
            position++;
        }
        return 0;
    }

    /** {@code lifecycle} hears of every run that starts or ends from now on. */
    public void addLifecycle(RunLifecycle lifecycle) {
        lifecycles.add(lifecycle);
    }

    /** Whether {@code token} is the cancel token handed out for this queued or running run. */
    public boolean isCancelToken(long id, String token) {
        ActiveRun run = active.get(id);
        return run != null && Tokens.matches(token, run.cancelTokenDigest);
    }

    /**
     * Stops a queued or running run as cancelled and waits up to {@code wait} for it to end (a running run stops
     * after its current step). False if the run is not queued or running.
     */
    public boolean cancel(long id, Duration wait) throws InterruptedException {
        ActiveRun run = active.get(id);
        if (run == null) {
            return false;
        }
        stop(run, RunStatus.CANCELLED);
        run.ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    /**
     * The run's events: those after {@code lastSeenId} (0 for all) at once, then the live ones. Empty if there is no
     * such run. Under the lock {@link #submit} holds, so a run is always either live here or complete in the store.
     */
    public synchronized Optional<Subscription> subscribe(long id, long lastSeenId) {
        return subscribe(id, lastSeenId, () -> { });
    }

    /** As {@link #subscribe(long, long)}, calling {@code wake} after each live event reaches the subscription. */
    public synchronized Optional<Subscription> subscribe(long id, long lastSeenId, Runnable wake) {
        ActiveRun run = active.get(id);
        if (run != null) {
            return Optional.of(run.channel.subscribe(lastSeenId, wake));
        }
        return store.find(id).map(stored -> RunChannel.replay(stored).subscribe(lastSeenId));
    }

    /** Deletes an ended run. */
    public synchronized DeleteResult delete(long id) {
        if (active.containsKey(id)) {
            return DeleteResult.ACTIVE;
        }
        return store.delete(id) ? DeleteResult.DELETED : DeleteResult.NOT_FOUND;
    }

    public enum DeleteResult { DELETED, NOT_FOUND, ACTIVE }

    /** Ends every queued and running run as interrupted and stops the workers. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
        }
        for (ActiveRun run : List.copyOf(active.values())) {
            stop(run, RunStatus.INTERRUPTED);
        }
        for (Thread worker : workers) {
            try {
                worker.join(WORKER_STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stop(ActiveRun run, RunStatus as) {
        if (run.stopAs == null) {
            run.stopAs = as;
        }
        // whoever takes a run out of the queue ends it: here, or the worker that took it first
        if (queue.remove(run)) {
            end(run, new RunOutcome(as, as == RunStatus.CANCELLED ? "cancelled before it started"
                    : "the server stopped before this run started; start a new one to train it", null));
        }
    }

    /** A worker's life: whatever one run throws, even an Error, ends that run and the worker takes the next. */
    private void work() {
        while (!closing) {
            ActiveRun run;
            try {
                run = queue.poll(WORKER_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (run != null) {
                try {
                    execute(run);
                } catch (Throwable e) {
                    LOG.error("Run {} broke its worker's step; the worker goes on", run.id, e);
                }
            }
        }
    }

    private void execute(ActiveRun run) {
        try {
            RunStatus stopAs = run.stopAs;
            if (stopAs != null) {
                end(run, new RunOutcome(stopAs, "stopped before it started", null));
                return;
            }
            store.markRunning(run.id, Instant.now());
            run.channel.publish(RunEvent.STARTED, RunEvent.started(run.spec), true);
            for (RunLifecycle lifecycle : lifecycles) {
                tell(() -> lifecycle.started(run.id));
            }
            long deadline = System.nanoTime() + limits.maxRunTime().toNanos();
            RunOutcome outcome = new RunExecution(run.spec, dataset)
                    .run(new Recorder(run), () -> run.stopAs != null || System.nanoTime() - deadline > 0);
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
            LOG.error("Run {} failed or could not be recorded", run.id, e);
            if (run.ended.getCount() > 0) {
                try {
                    end(run, new RunOutcome(RunStatus.FAILED, "the run failed on the server: " + e, null));
                } catch (Throwable again) {
                    LOG.error("Run {} could not be recorded as failed either", run.id, again);
                }
            }
        }
    }

    /**
     * The outcome with its weights if the disk may take them: within the cap on all stored weights and leaving the
     * configured free space; otherwise without them and saying why.
     */
    private RunOutcome withinStorage(RunOutcome outcome) {
        byte[] weights = outcome.weights();
        if (weights == null) {
            return outcome;
        }
        String problem = null;
        long stored = store.storedWeightBytes();
        long free = store.freeDiskBytes();
        if (weights.length > limits.maxRunWeightBytes()) {
            problem = "they take " + weights.length + " bytes, more than the " + limits.maxRunWeightBytes()
                    + " a run may store (--max-run-weights)";
        } else if (stored + weights.length > limits.maxStoredWeightBytes()) {
            problem = "they take " + weights.length + " bytes and the runs' weights already take " + stored
                    + " of the " + limits.maxStoredWeightBytes() + " this server keeps (--max-stored-weights); an "
                    + "admin can delete old runs";
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
        RunOutcome outcome = reached;
        try {
            outcome = withinStorage(reached);
            store.finish(run.id, outcome, Instant.now());
            LOG.info("Run {} {}: {}", run.id, outcome.status().word(), outcome.message());
        } finally {
            RunOutcome ended = outcome;
            run.channel.publish(RunEvent.END, RunEvent.end(outcome.status(), outcome.message()), true);
            active.remove(run.id);
            run.ended.countDown();
            for (RunLifecycle lifecycle : lifecycles) {
                tell(() -> lifecycle.ended(run.id, ended));
            }
        }
    }

    /** A listener's failure is its own: logged, and the queue goes on. */
    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("A run listener failed", e);
        }
    }

    /** Keeps each epoch in the store, then publishes it; progress is only published. */
    private final class Recorder implements RunExecution.Observer {
        private final ActiveRun run;

        Recorder(ActiveRun run) {
            this.run = run;
        }

        @Override
        public void progress(int step, int totalSteps, int epoch, double loss) {
            run.channel.publish(RunEvent.PROGRESS, RunEvent.progress(step, totalSteps, epoch, loss), false);
        }

        @Override
        public void epoch(EpochMetrics metrics) {
            store.addEpoch(run.id, metrics);
            run.channel.publish(RunEvent.EPOCH, RunJson.epoch(metrics), true);
        }
    }
}
