package org.divelive.server.runs.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import com.fasterxml.jackson.databind.JsonNode;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.StoredRun;

/**
 * A run's events as they happen, for any number of subscribers who may arrive at any time. The lasting events are
 * kept in order; a subscriber gets, under the same lock that publishes, the ones it has not seen and is then handed
 * every later event, so nothing falls between the history and the live stream and nothing comes twice. After the end
 * event the channel takes no subscribers' queues any more: a late subscriber is handed the whole story at once.
 */
final class RunChannel {
    /** A subscriber this far behind stops getting progress events (they are fleeting) until it catches up. */
    private static final int PROGRESS_BACKLOG = 64;
    /**
     * Attempt n numbers its events from (n − 1) × this + 1: a run started again after a failover continues with
     * higher ids, so a reconnecting browser gets the new attempt's story whole, and the store's replay (which keeps
     * the last attempt only) numbers them alike. Far more than a run's epochs.
     */
    static final long ATTEMPT_IDS = 1_000_000;

    private final List<RunEvent> history = new ArrayList<>();
    private final List<Subscriber> subscribers = new ArrayList<>();
    private boolean ended;
    private int attempt;
    private long firstId;

    /**
     * The lasting events a run in the store sent while it ran, rebuilt from what the store kept: the same events,
     * in the same order and so with the same ids, that its live channel had.
     */
    static RunChannel replay(StoredRun run) {
        RunChannel channel = new RunChannel();
        if (run.startedAt() != null) {
            // runs stored before attempts were counted say 0
            channel.start(Math.max(1, run.attempt()), RunEvent.started(run.spec()));
        }
        for (EpochMetrics epoch : run.epochs()) {
            channel.publish(RunEvent.EPOCH, RunJson.epoch(epoch), true);
        }
        if (run.status().isFinal()) {
            channel.publish(RunEvent.END, RunEvent.end(run.status(), run.message()), true);
        }
        return channel;
    }

    /** The started event of {@code attempt}; a later attempt than the last replaces the earlier one's history. */
    synchronized void start(int attempt, JsonNode data) {
        if (attempt != this.attempt) {
            this.attempt = attempt;
            firstId = (attempt - 1) * ATTEMPT_IDS;
            history.clear();
        }
        publish(RunEvent.STARTED, data, true);
    }

    synchronized int attempt() {
        return attempt;
    }

    synchronized boolean hasSubscribers() {
        return !subscribers.isEmpty();
    }

    synchronized void publish(String name, JsonNode data, boolean lasting) {
        publish(name, RunJson.write(data), lasting);
    }

    synchronized void publish(String name, String data, boolean lasting) {
        if (ended) {
            throw new IllegalStateException("run events after its end: " + name);
        }
        RunEvent event = new RunEvent(lasting ? firstId + history.size() + 1 : 0, name, data);
        if (lasting) {
            history.add(event);
        }
        for (Subscriber subscriber : subscribers) {
            if (lasting || subscriber.queue.size() < PROGRESS_BACKLOG) {
                subscriber.queue.add(event);
                subscriber.wake.run();
            }
        }
        if (event.isEnd()) {
            ended = true;
            subscribers.clear();
        }
    }

    /** A live subscriber's queue, and what to call after each event put in it (a pushed stream's wake-up). */
    private record Subscriber(BlockingQueue<RunEvent> queue, Runnable wake) {
    }

    /** The events after {@code lastSeenId} (0: all), then everything live; see {@link Subscription#exhausted}. */
    synchronized Subscription subscribe(long lastSeenId) {
        return subscribe(lastSeenId, () -> { });
    }

    /** As {@link #subscribe(long)}, calling {@code wake} (briefly, under the channel's lock) after each live event. */
    synchronized Subscription subscribe(long lastSeenId, Runnable wake) {
        BlockingQueue<RunEvent> queue = new LinkedBlockingQueue<>();
        for (RunEvent event : history) {
            if (event.id() > lastSeenId) {
                queue.add(event);
            }
        }
        if (!ended) {
            subscribers.add(new Subscriber(queue, wake));
        }
        return new Subscription(this, queue, ended && queue.isEmpty(), ended);
    }

    synchronized void unsubscribe(BlockingQueue<RunEvent> queue) {
        subscribers.removeIf(subscriber -> subscriber.queue == queue);
    }
}
