package org.divelive.server.runs.queue;

/**
 * Who asked for a run, as far as the queue's fairness goes: runs with the same {@code key} share a limit of
 * {@code limit} queued-or-running runs (a learner alone, or every anonymous visitor together). A verification run
 * re-checks an assignment submission: it goes ahead of ordinary runs and counts against no owner's limit.
 *
 * @param who how the 429 message names the owner, e.g. "you (a learner of a class)"
 */
public record RunOwner(String key, int limit, String who, boolean verification) {
    public static RunOwner verifier() {
        return new RunOwner("verification", Integer.MAX_VALUE, "assignment verification", true);
    }

    /** Anyone, unlimited beyond the queue itself: the {@code train}-like callers and tests without fairness. */
    public static RunOwner anyone() {
        return new RunOwner("anyone", Integer.MAX_VALUE, "anyone", false);
    }
}
