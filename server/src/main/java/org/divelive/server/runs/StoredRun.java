package org.divelive.server.runs;

import java.time.Instant;
import java.util.List;

import org.divelive.math.setup.Setup;

/**
 * A run as the store keeps it.
 *
 * @param startedAt  null while queued, or if it never started
 * @param finishedAt null until it ends
 * @param epochs     the finished epochs in order (of its last attempt)
 * @param worker     the worker that trains or trained it, null while it waits for its first
 * @param attempt    how often a worker started it: 0 while queued, more than 1 after failovers
 * @param progressSeq counts the progress its worker stored; {@code progress} is the latest (JSON), or null
 * @param weightsRemovedAt when retention deleted its weights to make room for newer runs', or null
 */
public record StoredRun(long id, Setup spec, RunStatus status, String message, Instant createdAt,
        Instant startedAt, Instant finishedAt, List<EpochMetrics> epochs, boolean hasWeights, String worker,
        int attempt, long progressSeq, String progress, Instant weightsRemovedAt) {
}
