package org.divelive.server.classes;

/**
 * Class mode's fairness: how many ordinary server runs one learner may have queued or running at a time, and how many
 * all anonymous visitors (who joined no class) share.
 */
public record ClassSettings(int runsPerLearner, int anonymousRuns) {
    public static final int DEFAULT_RUNS_PER_LEARNER = 1;
    public static final int DEFAULT_ANONYMOUS_RUNS = 20;
    public static final int MAX_RUNS = 10_000;

    public ClassSettings {
        if (runsPerLearner < 1 || runsPerLearner > MAX_RUNS) {
            throw new IllegalArgumentException("runs per learner must be from 1 to " + MAX_RUNS + ", was "
                    + runsPerLearner);
        }
        if (anonymousRuns < 1 || anonymousRuns > MAX_RUNS) {
            throw new IllegalArgumentException("anonymous runs must be from 1 to " + MAX_RUNS + ", was "
                    + anonymousRuns);
        }
    }

    public static ClassSettings defaults() {
        return new ClassSettings(DEFAULT_RUNS_PER_LEARNER, DEFAULT_ANONYMOUS_RUNS);
    }

    @Override
    public String toString() {
        return runsPerLearner + " run(s) per learner, " + anonymousRuns + " shared by anonymous visitors";
    }
}
