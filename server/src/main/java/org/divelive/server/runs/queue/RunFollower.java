package org.divelive.server.runs.queue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.StoredRun;
import org.divelive.server.runs.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live events of runs this process does not train, read from the store: a run trained by a worker on another
 * machine (or still queued) is watched here through a channel that {@link #poll} brings up to date with what the
 * store shows, a few times a second, one read per watched run however many watch it.
 *
 * <p>Why polling rather than PostgreSQL's LISTEN/NOTIFY: it works the same on H2 (which has no notifications); it
 * compares state instead of relaying messages, so a dropped connection, a restart or a node joining late never loses
 * an event (the next read shows everything that happened); and its cost is bounded by the runs watched, not by the
 * events or the watchers. What it costs is latency, at most {@link #POLL_MILLIS}, the same as the trainer's own
 * progress interval.
 *
 * <p>History then live, as for a local run: a channel starts as the store's replay of the run, and each poll
 * publishes only what its channel has not yet published (the attempt, the epochs, the latest progress, the end).
 */
final class RunFollower {
    /** How often watched runs are read; step progress is stored at about this rate too. */
    static final long POLL_MILLIS = RunExecution.PROGRESS_INTERVAL_NANOS / 1_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(RunFollower.class);

    private final RunStore store;
    private final Map<Long, Followed> followed = new HashMap<>();

    RunFollower(RunStore store) {
        this.store = store;
    }

    /** What a channel has published of a run so far. */
    private static final class Followed {
        final RunChannel channel;
        int epochs;
        long progressSeq;

        Followed(RunChannel channel, int epochs, long progressSeq) {
            this.channel = channel;
            this.epochs = epochs;
            this.progressSeq = progressSeq;
        }
    }

    /** A subscription to the run as the store shows it: its whole story if it ended, else history and live. */
    synchronized Optional<Subscription> subscribe(long id, long lastSeenId, Runnable wake) {
        Followed known = followed.get(id);
        if (known != null) {
            return Optional.of(known.channel.subscribe(lastSeenId, wake));
        }
        Optional<StoredRun> stored = store.find(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredRun run = stored.get();
        RunChannel channel = RunChannel.replay(run);
        if (!run.status().isFinal()) {
            followed.put(id, new Followed(channel, run.epochs().size(), run.progressSeq()));
        }
        return Optional.of(channel.subscribe(lastSeenId, wake));
    }

    /** Follows from here on a channel that was fed by this process's worker, which lost the run to another. */
    synchronized void adopt(long id, RunChannel channel, int epochs) {
        followed.put(id, new Followed(channel, epochs, -1));
    }

    /** Brings every followed channel up to date; drops those that ended or that nobody watches any more. */
    synchronized void poll() {
        for (Map.Entry<Long, Followed> entry : List.copyOf(followed.entrySet())) {
            long id = entry.getKey();
            Followed run = entry.getValue();
            try {
                if (!run.channel.hasSubscribers() || !update(id, run)) {
                    followed.remove(id);
                }
            } catch (RuntimeException e) {
                // the store is unreachable a moment: the next poll catches up
                LOG.debug("Following run {} failed: {}", id, e.toString());
            }
        }
    }

    /** Publishes what the store shows beyond the channel; false once the run ended (or was deleted). */
    private boolean update(long id, Followed run) {
        Optional<StoredRun> found = store.find(id);
        if (found.isEmpty()) {
            return false;
        }
        StoredRun now = found.get();
        if (now.startedAt() != null && Math.max(1, now.attempt()) != run.channel.attempt()) {
            run.channel.start(Math.max(1, now.attempt()), RunEvent.started(now.spec()));
            run.epochs = 0;
        }
        List<EpochMetrics> epochs = now.epochs();
        for (int e = run.epochs; e < epochs.size(); e++) {
            run.channel.publish(RunEvent.EPOCH, RunJson.epoch(epochs.get(e)), true);
        }
        run.epochs = Math.max(run.epochs, epochs.size());
        if (now.status().isFinal()) {
            run.channel.publish(RunEvent.END, RunEvent.end(now.status(), now.message()), true);
            return false;
        }
        if (now.progress() != null && now.progressSeq() != run.progressSeq) {
            run.channel.publish(RunEvent.PROGRESS, now.progress(), false);
        }
        run.progressSeq = now.progressSeq();
        return true;
    }
}
