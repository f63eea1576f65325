package org.divelive.server.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.ServerConfig;
import org.divelive.server.data.FashionMnistLocator;
import org.divelive.server.runs.api.RunSettings;
import org.divelive.server.runs.queue.Leases;
import org.divelive.server.runs.store.Database;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.Api.Event;
import org.divelive.server.testsupport.Api.EventStream;
import org.divelive.server.testsupport.ChildJvm;
import org.divelive.server.testsupport.PostgresCluster;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class mode on two serving nodes sharing a real PostgreSQL (Debian's package, as the run cluster tests): what a
 * learner does through one node reaches the instructor's dashboard on the other, and a verification interrupted on
 * one node is queued again by the other while it lives, not at some later start.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ClassModeOnTwoNodesTest {
    private static final String ADMIN = ClassModeApiTest.ADMIN;
    private static final String AUTH = "Authorization";
    /** Short, so a killed node's run is given up within seconds. */
    private static final Duration KILLED_LEASE = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    private static Path course() {
        try {
            return Path.of(ClassModeOnTwoNodesTest.class.getResource("/cluster-class-course").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A serving node named {@code name} that trains one run at a time, as its own worker of that name. */
    private Javalin node(Database database, String name) {
        ServerConfig base = TestConfigs.server(dir.resolve(name));
        RunSettings runs = base.runs().withDatabase(database).withAdminToken(ADMIN)
                .withQueue(1, RunSettings.DEFAULT_QUEUE_LENGTH).withLeases(Leases.defaults().withWorker(name));
        return App.create(base.withContentDir(course()).withRuns(runs).withClasses(ClassSettings.defaults())).start(0);
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Api.json(response);
    }

    /** The next event that is not a keep-alive; every change event carries the class's change number as its id. */
    private static Event change(EventStream stream) {
        Event event = stream.next();
        assertEquals("change", event.name(), event.toString());
        return event;
    }

    /** The submission once judged, as node {@code api} reports it; fails the test if it is not judged in time. */
    private static JsonNode judged(Api api, long submission, String token) {
        String url = "/api/submissions/" + submission;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            JsonNode now = ok(api.get(url, AUTH, "Bearer " + token), 200);
            String status = now.get("status").asText();
            if (status.equals("passed") || status.equals("failed")) {
                return now;
            }
            Api.pause();
        }
        throw new AssertionError("submission " + submission + " was never judged");
    }

    @Test
    void whatALearnerDoesThroughOneNodeReachesTheDashboardOnTheOther() throws Exception {
        Database database = PostgresCluster.shared().createDatabase("classdashboard");
        Javalin nodeA = node(database, "node-a");
        Javalin nodeB = node(database, "node-b");
        try {
            Api a = new Api(nodeA.port());
            Api b = new Api(nodeB.port());
            JsonNode schoolClass = ok(a.post("/api/classes", "{\"name\": \"Two nodes\"}", AUTH, "Bearer " + ADMIN),
                    201);
            String code = schoolClass.get("joinCode").asText();
            String events = "/api/classes/" + schoolClass.get("id").asLong() + "/events";
            String progressPath = "/api/classes/" + schoolClass.get("id").asLong() + "/progress";

            // the dashboard on B: its history (the progress and the change number it reflects), then live
            JsonNode before = ok(b.get(progressPath, AUTH, "Bearer " + ADMIN), 200);
            EventStream live = b.stream(events, AUTH, "Bearer " + ADMIN, "Last-Event-ID",
                    before.get("changes").asText());
            assertEquals(200, live.status());
            assertEquals("ready", live.next().name());

            JsonNode joined = ok(a.post("/api/classes/" + code + "/learners", "{\"name\": \"Grace\"}"), 201);
            Event first = change(live);
            assertEquals("joined", first.json().get("kind").asText());
            String token = joined.get("learnerToken").asText();
            ok(a.send("PUT", "/api/learner/lessons/class-mlp", "{\"done\": true}", AUTH, "Bearer " + token), 200);
            Event second = change(live);
            assertTrue(Long.parseLong(second.id()) > Long.parseLong(first.id()), first + " then " + second);

            JsonNode after = ok(b.get(progressPath, AUTH, "Bearer " + ADMIN), 200);
            assertEquals("Grace", after.at("/learners/0/name").asText(), after.toString());
            assertTrue(after.at("/learners/0/lessons/class-mlp/done").asBoolean(), after.toString());
            assertEquals(second.id(), after.get("changes").asText());

            // a dashboard that read its progress before a change and subscribed after it is told at once
            ok(a.post("/api/learner/attempts", "{\"lesson\": \"class-mlp\", \"exercise\": \"exercise-1\", "
                    + "\"right\": true}", AUTH, "Bearer " + token), 200);
            EventStream late = b.stream(events, AUTH, "Bearer " + ADMIN, "Last-Event-ID",
                    after.get("changes").asText());
            assertEquals("ready", late.next().name());
            assertEquals("progress", change(late).json().get("kind").asText());
        } finally {
            nodeA.stop();
            nodeB.stop();
        }
    }

    @Test
    void aVerificationOnAStoppingNodeIsHandedBackAndPassesOnTheOther() throws Exception {
        Database database = PostgresCluster.shared().createDatabase("classrequeue");
        Javalin nodeA = node(database, "node-a");
        Javalin nodeB = node(database, "node-b");
        boolean aStopped = false;
        boolean bStopped = false;
        try {
            Api a = new Api(nodeA.port());
            Api b = new Api(nodeB.port());
            String code = ok(a.post("/api/classes", "{\"name\": \"Requeue\"}", AUTH, "Bearer " + ADMIN), 201)
                    .get("joinCode").asText();
            String token = ok(a.post("/api/classes/" + code + "/learners", "{\"name\": \"Edsger\"}"), 201)
                    .get("learnerToken").asText();
            JsonNode submitted = ok(a.post("/api/assignments/steady-mlp/submissions", "{\"learningRate\": 0.1}", AUTH,
                    "Bearer " + token), 202);
            long firstRun = Long.parseLong(submitted.get("run").asText().replace("/api/runs/", ""));
            JsonNode running = a.awaitStatus(firstRun, "running");
            String trainer = running.get("worker").asText();

            // the node training it stops: it hands the run back to the queue (the shared store's graceful stop), and
            // the other node, still serving, trains it and judges the submission
            Javalin stopping = trainer.equals("node-a") ? nodeA : nodeB;
            Api other = trainer.equals("node-a") ? b : a;
            stopping.stop();
            aStopped = stopping == nodeA;
            bStopped = stopping == nodeB;
            String afterStop = other.run(firstRun).get("status").asText();
            assertTrue(afterStop.equals("queued") || afterStop.equals("running"), "handed back, was " + afterStop);

            JsonNode judged = judged(other, submitted.get("id").asLong(), token);
            assertEquals("passed", judged.get("status").asText(), judged.toString());
            long judgedRun = Long.parseLong(judged.get("run").asText().replace("/api/runs/", ""));
            JsonNode retrained = other.run(judgedRun);
            assertEquals("finished", retrained.get("status").asText());
            assertNotEquals(trainer, retrained.get("worker").asText(), "the live node trained it again");
        } finally {
            if (!aStopped) {
                nodeA.stop();
            }
            if (!bStopped) {
                nodeB.stop();
            }
        }
    }

    @Test
    void aVerificationWhoseNodeWasKilledIsInterruptedAndQueuedAgainByTheOtherNode() throws Exception {
        Database database = PostgresCluster.shared().createDatabase("classkilled");
        // node A in a process of its own, so it can die as the kernel kills it: no shutdown hook, no hand-back; one
        // attempt per run, so the run it held ends interrupted once its lease runs out instead of being retried
        ChildJvm nodeA = ChildJvm.start("node-a", Pattern.compile("DiveLive is serving http://\\S+:(\\d+)"), "serve",
                "--port", "0", "--host", "127.0.0.1", "--db", PostgresCluster.shared().url("classkilled"),
                "--content", course().toString(), "--data", FashionMnistLocator.DEBIAN.toString(), "--data-url",
                TestConfigs.unreachable().toString(), "--admin-token", ADMIN, "--name", "node-a", "--lease-seconds",
                Long.toString(KILLED_LEASE.toSeconds()), "--run-attempts", "1");
        Javalin nodeB = null;
        try {
            Api a = new Api(Integer.parseInt(nodeA.ready().group(1)));
            String code = ok(a.post("/api/classes", "{\"name\": \"Killed\"}", AUTH, "Bearer " + ADMIN), 201)
                    .get("joinCode").asText();
            String token = ok(a.post("/api/classes/" + code + "/learners", "{\"name\": \"Barbara\"}"), 201)
                    .get("learnerToken").asText();
            JsonNode submitted = ok(a.post("/api/assignments/steady-mlp/submissions", "{\"learningRate\": 0.1}",
                    AUTH, "Bearer " + token), 202);
            long firstRun = Long.parseLong(submitted.get("run").asText().replace("/api/runs/", ""));
            assertEquals("node-a", a.awaitStatus(firstRun, "running").get("worker").asText());
            nodeA.kill();

            ServerConfig base = TestConfigs.server(dir.resolve("node-b"));
            RunSettings runs = base.runs().withDatabase(database).withAdminToken(ADMIN)
                    .withQueue(1, RunSettings.DEFAULT_QUEUE_LENGTH).withLeases(new Leases("node-b", KILLED_LEASE, 1));
            nodeB = App.create(base.withContentDir(course()).withRuns(runs).withClasses(ClassSettings.defaults()))
                    .start(0);
            Api b = new Api(nodeB.port());
            JsonNode judged = judged(b, submitted.get("id").asLong(), token);
            assertEquals("passed", judged.get("status").asText(), judged.toString());
            JsonNode interrupted = b.run(firstRun);
            assertEquals("interrupted", interrupted.get("status").asText());
            assertTrue(interrupted.get("message").asText().contains("node-a stopped answering"),
                    interrupted.toString());
            long judgedRun = Long.parseLong(judged.get("run").asText().replace("/api/runs/", ""));
            assertNotEquals(firstRun, judgedRun, "a new verification run");
            JsonNode retrained = b.run(judgedRun);
            assertEquals("finished", retrained.get("status").asText());
            assertEquals("node-b", retrained.get("worker").asText());
        } finally {
            nodeA.kill();
            if (nodeB != null) {
                nodeB.stop();
            }
        }
    }
}
