package org.divelive.server.classes;

import org.divelive.server.classes.api.Access;
import org.divelive.server.classes.store.ClassStore;
import org.divelive.server.runs.api.ApiError;
import org.divelive.server.runs.api.RunOwnership;
import org.divelive.server.runs.queue.RunOwner;

/**
 * Fairness for ordinary server runs: a learner (who sends their learner token) may have
 * {@link ClassSettings#runsPerLearner} queued or running, all anonymous visitors together
 * {@link ClassSettings#anonymousRuns}. A learner's runs are recorded as theirs.
 */
final class LearnerRunOwnership implements RunOwnership {
    private static final String ANONYMOUS = "anonymous";

    private final ClassSettings settings;
    private final Access access;
    private final ClassStore store;
    private final ClassEvents events;

    LearnerRunOwnership(ClassSettings settings, Access access, ClassStore store, ClassEvents events) {
        this.settings = settings;
        this.access = access;
        this.store = store;
        this.events = events;
    }

    @Override
    public RunOwner owner(String bearerToken) {
        if (bearerToken == null) {
            return new RunOwner(ANONYMOUS, settings.anonymousRuns(), "Visitors who have not joined a class (all "
                    + "together)", false);
        }
        Learner learner = access.learner(bearerToken).orElseThrow(() -> new ApiError(401, "this learner token is "
                + "not known here; leave out the Authorization header to run as an anonymous visitor"));
        return new RunOwner("learner " + learner.id(), settings.runsPerLearner(), "Each learner", false);
    }

    @Override
    public void created(RunOwner owner, long runId) {
        if (owner.key().startsWith("learner ")) {
            long learnerId = Long.parseLong(owner.key().substring("learner ".length()));
            store.addRun(learnerId, runId);
            store.findLearner(learnerId).ifPresent(learner -> events.changed(learner.classId(), "run"));
        }
    }
}
