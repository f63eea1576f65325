package org.divelive.server.runs.store;

import org.divelive.math.setup.Setup;

/**
 * A run a worker took from the queue: the lease it holds is its name and this attempt, and every later write of the
 * run (an epoch, its end) checks both, so a worker that lost its lease can no longer write into the next attempt.
 *
 * @param attempt        1 for the first start, 2 after one failover, …
 * @param previousWorker the worker whose lease ran out before this attempt, or null for a first start
 */
public record Claim(long id, Setup spec, String worker, int attempt, String previousWorker) {
}
