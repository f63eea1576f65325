package org.divelive.server.classes;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.Given;
import org.divelive.math.setting.Setting;
import org.divelive.math.setup.Setup;
import org.divelive.math.setup.SetupReader;
import org.divelive.server.classes.store.ClassStore;
import org.divelive.server.lessons.Assignment;
import org.divelive.server.lessons.AssignmentTarget;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunSpecParser;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.StoredRun;
import org.divelive.server.runs.api.ApiError;
import org.divelive.server.runs.api.RunService;
import org.divelive.server.runs.queue.RunOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies assignment submissions by training them again on the server: the submitted setup is read by shared-math's
 * {@link SetupReader} under the assignment's ceilings, its locked settings checked one by one, and queued as a
 * verification run (ahead of ordinary runs). When that run ends, the target is checked on its last epoch. Nothing the
 * page measured is taken on trust: a submission carries settings only.
 *
 * <p>The verification run may train on any worker, here or on another machine, so submissions are judged from the
 * store: every {@link #SWEEP_MILLIS} the unjudged submissions are compared with their runs, and a run that started
 * or ended moves its submission on. The store's conditional updates let exactly one serving node judge each.
 *
 * <p>A verification whose run ended interrupted (its node stopped, or its workers kept dying until the queue gave
 * up) is queued again by whichever live node sweeps first: the submission's row is taken with the same
 * {@code FOR UPDATE SKIP LOCKED} the workers claim runs with, so exactly one node queues the new run, and any worker
 * may train it. After {@link #MAX_REQUEUES} such restarts the submission fails, saying why, rather than loop.
 */
public final class Verification implements AutoCloseable {
    /** How often submissions are compared with their runs: well within the seconds a verification takes. */
    static final long SWEEP_MILLIS = 500;
    /** Restarts of an interrupted verification before its submission fails: a setup that kills workers stops here. */
    static final int MAX_REQUEUES = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Verification.class);
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "divelive-verification");
        thread.setDaemon(true);
        return thread;
    });

    private final ClassStore store;
    private final RunService runs;
    private final CourseAssignments assignments;
    private final ClassEvents events;
    private final Ceilings serverCeilings;

    /** @param runs the run feature: verifications are ordinary runs in its store, queued by its manager */
    public Verification(ClassStore store, RunService runs, CourseAssignments assignments, ClassEvents events,
            Ceilings serverCeilings) {
        this.store = store;
        this.runs = runs;
        this.assignments = assignments;
        this.events = events;
        this.serverCeilings = serverCeilings;
    }

    /**
     * Checks the learner's setup against the assignment and queues its verification.
     *
     * @throws org.divelive.math.setup.InvalidSetupException for a setting shared-math refuses (400)
     * @throws ApiError 400 naming each field that breaks a lock; 429 while the learner's previous submission of this
     *                  assignment is still being verified
     */
    public StoredSubmission submit(Learner learner, CourseAssignments.Entry entry, ObjectNode body) {
        Assignment assignment = entry.primary();
        Setup setup = read(assignment, body);
        synchronized (this) {
            for (StoredSubmission earlier : store.submissions(learner.id(), assignment.id())) {
                if (!earlier.status().isFinal()) {
                    throw new ApiError(429, "your submission " + earlier.id() + " of this assignment is still "
                            + earlier.status().word() + ": one at a time; try again once it is verified");
                }
            }
            long runId = runs.manager().submit(setup, RunOwner.verifier()).id();
            long id = store.createSubmission(learner.id(), assignment.id(), RunJson.write(RunJson.config(setup)),
                    runId, Instant.now());
            events.changed(learner.classId(), "submission");
            return store.findSubmission(id).orElseThrow();
        }
    }

    /** The submitted settings as the assignment allows them: locked ones filled in where left out. */
    Setup read(Assignment assignment, ObjectNode body) {
        // the page sends its fields as typed, so strings are read as form text
        Map<String, Given> fields = RunSpecParser.fields(body, true);
        Map<Setting, String> calledAs = new LinkedHashMap<>();
        for (String name : fields.keySet()) {
            Setting setting = Setting.called(name);
            if (setting != null) {
                calledAs.putIfAbsent(setting, name);
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!calledAs.containsKey(Setting.MODEL)) {
            fields.put(Setting.MODEL.name(), Given.text(assignment.model().word()));
        }
        assignment.locked().forEach((name, value) -> {
            if (!calledAs.containsKey(Setting.called(name))) {
                fields.put(name, Given.text(value));
            }
        });
        Setup setup = new SetupReader(ceilings(assignment)).read(fields);
        if (setup.model() != assignment.model()) {
            errors.put(calledAs.getOrDefault(Setting.MODEL, "model"), "assignment " + assignment.id() + " trains "
                    + assignment.model().word() + ", not " + setup.model().word());
        }
        assignment.locked().forEach((name, value) -> {
            Setting setting = Setting.called(name);
            String submitted = Setup.text(setup.value(setting));
            if (!submitted.equals(value)) {
                errors.put(calledAs.getOrDefault(setting, name), name + " is locked to " + value + " in assignment "
                        + assignment.id() + ", was " + submitted);
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiError(400, "this setup breaks assignment " + assignment.id() + ": "
                    + String.join("; ", errors.values()), errors);
        }
        return setup;
    }

    /** The assignment's ceilings within the server's own. */
    private Ceilings ceilings(Assignment assignment) {
        Ceilings own = assignment.ceilings();
        return new Ceilings(Math.min(own.maxEpochs(), serverCeilings.maxEpochs()),
                Math.min(own.maxHiddenUnits(), serverCeilings.maxHiddenUnits()),
                Math.min(own.maxHiddenLayers(), serverCeilings.maxHiddenLayers()),
                Math.min(own.maxTrainSubset(), serverCeilings.maxTrainSubset()),
                Math.min(own.maxBatchSize(), serverCeilings.maxBatchSize()), own.where());
    }

    /**
     * Sweeps once, at start: queues again the submissions whose verification an earlier process left interrupted.
     * Returns how many this node queued again.
     */
    public int resume() {
        return sweep();
    }

    /** Starts judging submissions as their runs start and end. */
    public void start() {
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stops judging once the sweep in progress, if any, is done (interrupting it would fail its queries). */
    @Override
    public void close() {
        sweeper.shutdown();
        try {
            if (!sweeper.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                sweeper.shutdownNow();
            }
        } catch (InterruptedException e) {
            sweeper.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("Judging submissions failed; trying again in {} ms: {}", SWEEP_MILLIS, e.getMessage());
        }
    }

    /**
     * Moves each unjudged submission on as its run did: verifying once it started, judged once it ended, queued again
     * once interrupted (or gone). Returns how many this node queued again.
     */
    synchronized int sweep() {
        int requeued = 0;
        for (StoredSubmission submission : store.unjudged()) {
            Optional<StoredRun> found = runs.store().find(submission.runId());
            RunStatus status = found.map(StoredRun::status).orElse(RunStatus.INTERRUPTED);
            if (status == RunStatus.INTERRUPTED) {
                requeued += requeue(submission, found.map(StoredRun::message).orElse("its run is gone")) ? 1 : 0;
            } else if (status == RunStatus.RUNNING && submission.status() == SubmissionStatus.QUEUED) {
                if (store.verifying(submission.id())) {
                    changed(submission);
                }
            } else if (status.isFinal()) {
                judge(submission, found.get());
            }
        }
        return requeued;
    }

    /** Queues the interrupted verification again, unless another node does or it was restarted often enough. */
    private boolean requeue(StoredSubmission submission, String why) {
        if (submission.requeues() >= MAX_REQUEUES) {
            if (store.judge(submission.id(), SubmissionStatus.FAILED, "its verification was interrupted "
                    + (submission.requeues() + 1) + " times, the last because " + why + "; submit it again",
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Instant.now())) {
                changed(submission);
            }
            return false;
        }
        Setup setup;
        try {
            setup = new RunSpecParser(Ceilings.LIBRARY).parse((ObjectNode) RunJson.MAPPER.readTree(
                    submission.config()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Submission {} could not be queued again", submission.id(), e);
            store.judge(submission.id(), SubmissionStatus.FAILED, "could not be verified again after an "
                    + "interruption: " + e.getMessage(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Instant.now());
            return false;
        }
        boolean requeued = store.requeue(submission.id(), submission.runId(),
                () -> runs.manager().submit(setup, RunOwner.verifier()).id());
        if (requeued) {
            LOG.info("Submission {} of {} is queued again: its verification run {} was interrupted ({})",
                    submission.id(), submission.assignment(), submission.runId(), why);
            changed(submission);
        }
        return requeued;
    }

    private void judge(StoredSubmission submission, StoredRun run) {
        EpochMetrics last = run.epochs().isEmpty() ? null : run.epochs().get(run.epochs().size() - 1);
        Optional<CourseAssignments.Entry> entry = assignments.find(submission.assignment());
        SubmissionStatus status;
        String message;
        if (run.status() != RunStatus.FINISHED || last == null) {
            status = SubmissionStatus.FAILED;
            message = "the verification run " + run.status().word() + ": " + run.message();
        } else if (entry.isEmpty()) {
            status = SubmissionStatus.FAILED;
            message = "assignment " + submission.assignment() + " is no longer in the course";
        } else {
            AssignmentTarget target = entry.get().primary().target();
            double value = target.measured(last.trainLoss(), last.trainAccuracy(), last.testLoss(),
                    last.testAccuracy());
            status = target.met(value) ? SubmissionStatus.PASSED : SubmissionStatus.FAILED;
            message = target.metric() + " " + String.format(Locale.ROOT, "%.4f", value) + " after epoch "
                    + last.epoch() + (status == SubmissionStatus.PASSED ? " meets " : " misses ") + "the target "
                    + target;
        }
        boolean judged = store.judge(submission.id(), status, message,
                last == null ? Double.NaN : last.trainLoss(), last == null ? Double.NaN : last.trainAccuracy(),
                last == null ? Double.NaN : last.testLoss(), last == null ? Double.NaN : last.testAccuracy(),
                Instant.now());
        if (judged) {
            LOG.info("Submission {} of {} {}: {}", submission.id(), submission.assignment(), status.word(), message);
            changed(submission);
        }
    }

    private void changed(StoredSubmission submission) {
        store.findLearner(submission.learnerId()).ifPresent(learner -> events.changed(learner.classId(),
                "submission"));
    }
}
