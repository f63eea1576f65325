package org.divelive.server.runs.queue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One subscriber's view of a run's events: its own queue, so a slow connection never holds up the training that
 * publishes them.
 *
 * @param exhausted the run ended and the subscriber has seen every event already: there is nothing to send
 * @param complete  the run had ended when it subscribed: the queue holds the whole rest of the story, nothing is live
 */
public record Subscription(RunChannel channel, BlockingQueue<RunEvent> queue, boolean exhausted, boolean complete) {

    /** The next event, or null if none came within the timeout. */
    public RunEvent next(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.poll(timeout, unit);
    }

    /** The next event if one is waiting, else null at once. */
    public RunEvent poll() {
        return queue.poll();
    }

    /** Stops delivery, e.g. when the subscriber went away. */
    public void cancel() {
        channel.unsubscribe(queue);
    }
}
