package org.divelive.server.runs;

import java.time.Instant;
import java.util.List;

import org.divelive.math.setup.Setup;

/**
 * A run as the store keeps it.
 *
 * @param startedAt  null while queued, or if it never started
 * @param finishedAt null until it ends
 * @param epochs     the finished epochs in order
 */
public record StoredRun(long id, Setup spec, RunStatus status, String message, Instant createdAt,
        Instant startedAt, Instant finishedAt, List<EpochMetrics> epochs, boolean hasWeights) {
}
