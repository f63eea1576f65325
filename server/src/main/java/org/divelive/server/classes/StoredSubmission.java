package org.divelive.server.classes;

import java.time.Instant;

/**
 * A setup a learner submitted for an assignment, with what its verification run measured on the last epoch (NaN
 * until then).
 *
 * @param config the setup as the run API writes it (JSON)
 * @param runId    the verification run, 0 before it is queued
 * @param requeues how often it was queued again after its verification was interrupted
 */
public record StoredSubmission(long id, long learnerId, String assignment, String config, SubmissionStatus status,
        long runId, String message, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
        Instant createdAt, Instant finishedAt, int requeues) {
}
