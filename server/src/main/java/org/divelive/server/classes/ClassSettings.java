package org.divelive.server.classes;

import org.divelive.server.limits.Bounds;

/**
 * Class mode's fairness: how many ordinary server runs one learner may have queued or running at a time, and how many
 * all anonymous visitors (who joined no class) share.
 */
public record ClassSettings(int runsPerLearner, int anonymousRuns) {
    public static final int DEFAULT_RUNS_PER_LEARNER = 1;
    public static final int DEFAULT_ANONYMOUS_RUNS = 20;
    public static final int MAX_RUNS = 10_000;

    public ClassSettings {
        Bounds.require("runs per learner", runsPerLearner, 1, MAX_RUNS);
        Bounds.require("anonymous runs", anonymousRuns, 1, MAX_RUNS);
    }

    public static ClassSettings defaults() {
        return new ClassSettings(DEFAULT_RUNS_PER_LEARNER, DEFAULT_ANONYMOUS_RUNS);
    }

    @Override
    public String toString() {
        return runsPerLearner + " run(s) per learner, " + anonymousRuns + " shared by anonymous visitors";
    }
}
