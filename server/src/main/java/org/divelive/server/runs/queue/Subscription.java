package org.divelive.server.runs.queue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One subscriber's view of a run's events: its own queue, so a slow connection never holds up the training that
 * publishes them.
 *
 * @param exhausted the run ended and the subscriber has seen every event already: there is nothing to send
 */
public record Subscription(RunChannel channel, BlockingQueue<RunEvent> queue, boolean exhausted) {

    /** The next event, or null if none came within the timeout. */
    public RunEvent next(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.poll(timeout, unit);
    }

    /** Stops delivery, e.g. when the subscriber went away. */
    public void cancel() {
        channel.unsubscribe(queue);
    }
}
