package org.divelive.server.runs.queue;

/** Every worker is busy and the queue holds as many runs as it may: the request should be retried later. */
public final class QueueFullException extends RuntimeException {
    public QueueFullException(int queueLength) {
        super("the server is busy: " + queueLength + " runs are waiting already, the most it queues; try again in a "
                + "minute");
    }
}
