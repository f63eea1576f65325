package org.divelive.server.runs.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setup.Setup;
import org.divelive.server.classes.Learner;
import org.divelive.server.classes.SchoolClass;
import org.divelive.server.classes.store.ClassStore;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunOutcome;
import org.divelive.server.runs.RunSpecParser;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.StoredRun;
import org.divelive.server.runs.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What the store's queue and class tables promise, on whichever database a subclass opens: the same statements
 * must mean the same on H2 and PostgreSQL. Two stores on one database stand for two nodes.
 */
abstract class StoreContract {
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final Duration LEASE = Duration.ofSeconds(10);
    /** A cap on stored weights that no test reaches. */
    static final long NO_CAP = Long.MAX_VALUE;

    /** A store on a database of its own for this test. */
    abstract RunStore open() throws Exception;

    /** Another store on the same database, as a second node opens it. */
    abstract RunStore again() throws Exception;

    static Setup spec() throws Exception {
        return new RunSpecParser(Ceilings.SERVER_DEFAULTS).parse((ObjectNode) RunJson.MAPPER.readTree(
                "{\"model\": \"linreg\"}"));
    }

    @Test
    void aRunWhoseLeaseRanOutIsClaimedAgainFromTheStartThenInterruptedAfterItsLastAttempt() throws Exception {
        try (RunStore store = open()) {
            long id = store.create(spec(), T0);
            Claim first = store.claim("w1", T0, LEASE, 2).orElseThrow();
            assertEquals(new Claim(id, spec(), "w1", 1, null), first);
            assertTrue(store.addEpoch(first, new EpochMetrics(1, 1, 1, 1, 1, 1, 1)));
            assertEquals(Optional.empty(), store.claim("w2", T0.plusSeconds(5), LEASE, 2), "the lease holds");
            assertEquals(1, store.renew("w1", T0.plusSeconds(5).plus(LEASE)));

            Claim second = store.claim("w2", T0.plusSeconds(16), LEASE, 2).orElseThrow();
            assertEquals(new Claim(id, spec(), "w2", 2, "w1"), second);
            StoredRun restarted = store.find(id).orElseThrow();
            assertEquals(List.of(), restarted.epochs(), "the second attempt starts from the start");
            assertEquals("w2", restarted.worker());
            assertEquals(false, store.addEpoch(first, new EpochMetrics(2, 1, 1, 1, 1, 1, 1)),
                    "the first worker lost its lease and writes nothing more");
            assertEquals(false, store.finish(first, new RunOutcome(RunStatus.FINISHED, "late", null), T0, NO_CAP)
                    .held());
            assertEquals(List.of(new HeldRun(id, 2, null)), store.held("w2"));
            assertEquals(List.of(), store.held("w1"));

            assertEquals(Optional.empty(), store.claim("w3", T0.plusSeconds(40), LEASE, 2));
            assertGivenUp(store, id, "w2 stopped answering (its lease ran out) on attempt 2 of 2");
        }
    }

    /** The run ended interrupted after its last attempt, its message naming the worker and the attempts. */
    private static void assertGivenUp(RunStore store, long id, String why) {
        StoredRun given = store.find(id).orElseThrow();
        assertEquals(RunStatus.INTERRUPTED, given.status());
        assertEquals("its worker " + why + "; start a new run to train again", given.message());
    }

    @Test
    void theQueuesLimitsHoldForTwoNodesTogetherAndVerificationGoesFirst() throws Exception {
        try (RunStore a = open(); RunStore b = again()) {
            RunStore.Admission twoPerOwnerThreeQueued = (queued, owned) -> {
                if (queued >= 3 || owned.size() >= 2) {
                    throw new IllegalStateException("refused: " + queued + " queued, owned " + owned);
                }
            };
            long one = a.admit(spec(), T0, "ip:1", false, null, twoPerOwnerThreeQueued);
            long two = b.admit(spec(), T0, "ip:1", false, null, twoPerOwnerThreeQueued);
            IllegalStateException owner = assertThrows(IllegalStateException.class,
                    () -> a.admit(spec(), T0, "ip:1", false, null, twoPerOwnerThreeQueued));
            assertEquals("refused: 2 queued, owned [" + one + ", " + two + "]", owner.getMessage());
            b.admit(spec(), T0, "ip:2", false, null, twoPerOwnerThreeQueued);
            assertThrows(IllegalStateException.class,
                    () -> a.admit(spec(), T0, "ip:3", false, null, twoPerOwnerThreeQueued), "the queue is full");
            long verification = b.admit(spec(), T0, "verification", true, new byte[32], (queued, owned) -> { });
            assertEquals(1, a.queuePosition(verification));
            assertEquals(2, a.queuePosition(one));
            assertEquals(verification, b.claim("w", T0, LEASE, 1).orElseThrow().id());
            assertEquals(one, a.claim("w", T0, LEASE, 1).orElseThrow().id());
            assertEquals(0, a.queuePosition(one));
        }
    }

    @Test
    void aStopAskedForOnOneNodeReachesTheWorkerAndQueuedRunsEndAtOnce() throws Exception {
        try (RunStore a = open(); RunStore b = again()) {
            long running = a.create(spec(), T0);
            long queued = a.create(spec(), T0);
            a.claim("w", T0, LEASE, 1).orElseThrow();
            assertTrue(b.requestStop(running, RunStatus.CANCELLED));
            assertEquals(List.of(new HeldRun(running, 1, RunStatus.CANCELLED)), a.held("w"));
            assertTrue(b.endQueued(queued, RunStatus.CANCELLED, "cancelled before it started", T0));
            assertEquals(false, a.endQueued(queued, RunStatus.CANCELLED, "twice", T0));
            assertEquals(RunStatus.CANCELLED, a.find(queued).orElseThrow().status());
        }
    }

    @Test
    void aRunHandedBackWaitsFirstInLineStartsAgainAndDoesNotUseUpAnAttempt() throws Exception {
        try (RunStore a = open(); RunStore b = again()) {
            long id = a.create(spec(), T0);
            long later = a.create(spec(), T0);
            Claim first = a.claim("w1", T0, LEASE, 1).orElseThrow();
            assertTrue(a.addEpoch(first, new EpochMetrics(1, 1, 1, 1, 1, 1, 1)));
            assertTrue(a.handBack(first, T0.plusSeconds(1)));
            assertEquals(false, a.handBack(first, T0.plusSeconds(1)), "handed back once");
            StoredRun waiting = b.find(id).orElseThrow();
            assertEquals(RunStatus.QUEUED, waiting.status());
            assertEquals(List.of(), waiting.epochs());
            assertEquals("worker w1 stopped and handed this run back at 2026-12-01T09:00:01Z; the next worker starts "
                    + "it again", waiting.message());
            assertEquals(1, b.queuePosition(id), "ahead of the run that came after it");
            assertEquals(List.of(), a.held("w1"));

            // another node's worker takes it at once, as attempt 2, with the lease not yet run out
            Claim second = b.claim("w2", T0.plusSeconds(2), LEASE, 1).orElseThrow();
            assertEquals(new Claim(id, spec(), "w2", 2, null), second);
            assertEquals(false, a.addEpoch(first, new EpochMetrics(2, 1, 1, 1, 1, 1, 1)));
            assertEquals(later, a.claim("w1", T0.plusSeconds(2), LEASE, 1).orElseThrow().id());

            // w2 dies: with 1 attempt allowed the run ends, and the message counts only the attempt a worker died on
            assertEquals(Optional.empty(), b.claim("w3", T0.plusSeconds(30), LEASE, 1).filter(c -> c.id() == id));
            assertGivenUp(a, id, "w2 stopped answering (its lease ran out) on attempt 1 of 1");
        }
    }

    @Test
    void retentionRemovesTheWeightsOfTheRunsThatFinishedLongestAgoUntilNewWeightsFit() throws Exception {
        try (RunStore a = open(); RunStore b = again()) {
            long[] ids = new long[4];
            Claim[] claims = new Claim[4];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = a.create(spec(), T0);
                claims[i] = a.claim("w", T0, LEASE, 1).orElseThrow();
            }
            long cap = 2_500;
            // run 0 finishes after run 1: retention goes by finishing time, not by id
            assertEquals(List.of(), a.finish(claims[1], finished(1_000), T0.plusSeconds(1), cap).removed());
            assertEquals(List.of(), b.finish(claims[0], finished(1_000), T0.plusSeconds(2), cap).removed());
            Instant third = T0.plusSeconds(3);
            assertEquals(new Finish(true, List.of(ids[1])), a.finish(claims[2], finished(1_000), third, cap));
            assertEquals(2_000, b.storedWeightBytes());
            assertEquals(third, b.find(ids[1]).orElseThrow().weightsRemovedAt());
            assertEquals(false, b.find(ids[1]).orElseThrow().hasWeights());
            assertEquals(Optional.empty(), b.openWeights(ids[1]).map(weights -> weights.length()));
            assertEquals(RunStatus.FINISHED, b.find(ids[1]).orElseThrow().status(), "the run itself stays");

            assertEquals(new Finish(true, List.of(ids[0], ids[2])), b.finish(claims[3], finished(2_400),
                    T0.plusSeconds(4), cap), "as many as make room");
            assertEquals(2_400, a.storedWeightBytes());
            assertEquals(null, a.find(ids[3]).orElseThrow().weightsRemovedAt());
            assertEquals(2_400, a.weights(ids[3]).orElseThrow().length);
            assertThrows(IllegalArgumentException.class, () -> a.finish(claims[3], finished(2_501), T0, cap));
        }
    }

    private static RunOutcome finished(int weightBytes) {
        return new RunOutcome(RunStatus.FINISHED, "done", new byte[weightBytes]);
    }

    @Test
    void largeWeightsComeBackWholeThroughTheStream() throws Exception {
        byte[] weights = new byte[3 * (1 << 20) + 12_345];
        new Random(5).nextBytes(weights);
        try (RunStore store = open()) {
            store.create(spec(), T0);
            Claim claim = store.claim("w", T0, LEASE, 1).orElseThrow();
            assertTrue(store.finish(claim, new RunOutcome(RunStatus.FINISHED, "done", weights), T0, NO_CAP).held());
            try (StoredWeights stored = store.openWeights(claim.id()).orElseThrow();
                    InputStream in = stored.stream()) {
                assertEquals(weights.length, stored.length());
                assertArrayEquals(weights, in.readAllBytes());
            }
            assertEquals(weights.length, store.storedWeightBytes());
        }
    }

    @Test
    void classTablesUpsertMarksAndAttemptsAndJudgeASubmissionOnce() throws Exception {
        try (RunStore runs = open(); ClassStore classes = ClassStore.open(runs)) {
            SchoolClass school = classes.createClass("Class", "JOIN1234", T0);
            Learner ada = classes.addLearner(school.id(), "Ada", T0).orElseThrow();
            assertEquals(Optional.empty(), classes.addLearner(school.id(), "Ada", T0));
            classes.mark(ada.id(), "softmax", true, T0);
            classes.mark(ada.id(), "softmax", false, T0);
            assertEquals(Map.of("softmax", false), classes.marks(ada.id()));
            classes.attempt(ada.id(), "softmax", "q1", false, T0);
            assertEquals(new ClassStore.Attempt("softmax", "q1", 2, true),
                    classes.attempt(ada.id(), "softmax", "q1", true, T0));
            long submission = classes.createSubmission(ada.id(), "a1", "{}", 41, T0);
            assertTrue(classes.verifying(submission));
            assertTrue(classes.judge(submission, org.divelive.server.classes.SubmissionStatus.PASSED, "ok", 1, 1, 1,
                    Double.NaN, T0));
            assertEquals(false, classes.judge(submission, org.divelive.server.classes.SubmissionStatus.FAILED,
                    "second node", 1, 1, 1, 1, T0), "judged once");
        }
    }

    @Test
    void anInterruptedSubmissionIsQueuedAgainByOneNodeWhileTheOtherPassesItBy() throws Exception {
        try (RunStore runs = open(); ClassStore nodeA = ClassStore.open(runs); ClassStore nodeB = ClassStore.open(runs)) {
            SchoolClass school = nodeA.createClass("Class", "JOIN5678", T0);
            Learner ada = nodeA.addLearner(school.id(), "Ada", T0).orElseThrow();
            long submission = nodeA.createSubmission(ada.id(), "a1", "{}", 41, T0);
            // node A holds the row while it queues the new run: node B, sweeping at that moment, skips it
            boolean[] bGotIt = new boolean[1];
            assertTrue(nodeA.requeue(submission, 41, () -> {
                bGotIt[0] = nodeB.requeue(submission, 41, () -> 43);
                return 42;
            }));
            assertEquals(false, bGotIt[0], "the other node skipped the locked row");
            assertEquals(false, nodeB.requeue(submission, 41, () -> 44), "and finds it queued again after");
            var requeued = nodeB.findSubmission(submission).orElseThrow();
            assertEquals(42, requeued.runId());
            assertEquals(1, requeued.requeues());
        }
    }

    @Test
    void aClassCountsItsChangesAndALearnerKeepsATokenPerDevice() throws Exception {
        try (RunStore runs = open(); ClassStore classes = ClassStore.open(runs)) {
            SchoolClass school = classes.createClass("Class", "JOIN9ABC", T0);
            Learner ada = classes.addLearner(school.id(), "Ada", T0).orElseThrow();
            classes.changed(school.id(), "joined");
            classes.changed(school.id(), "progress");
            assertEquals(Map.of(school.id(), new ClassStore.Changes(2, "progress")),
                    classes.changes(List.of(school.id(), 999L)));
            byte[][] device = {Tokens.digest("one"), Tokens.digest("two"), Tokens.digest("three")};
            byte[] recovery = Tokens.digest("recovery");
            classes.setSecrets(ada.id(), device[0], recovery, T0);
            assertEquals(0, classes.addToken(ada.id(), device[1], T0.plusSeconds(1), 2));
            assertEquals(1, classes.addToken(ada.id(), device[2], T0.plusSeconds(2), 2), "the oldest went");
            HexFormat hex = HexFormat.of();
            assertEquals(Set.of(hex.formatHex(device[1]), hex.formatHex(device[2])), classes.tokenDigests(ada.id())
                    .stream().map(hex::formatHex).collect(Collectors.toSet()));
            assertArrayEquals(recovery, classes.recoveryDigest(ada.id()).orElseThrow());
        }
    }
}
