package org.divelive.server.runs.queue;

/**
 * A run just accepted.
 *
 * @param queuePosition 1 for the next run to start, 2 for the one after it, …
 * @param cancelToken   the secret that cancels this run; given out once, to whoever created it
 */
public record Submission(long id, int queuePosition, String cancelToken) {
}
