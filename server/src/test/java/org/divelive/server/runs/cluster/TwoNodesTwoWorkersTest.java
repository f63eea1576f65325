package org.divelive.server.runs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.data.FashionMnistLocator;
import org.divelive.server.runs.api.RunSettings;
import org.divelive.server.runs.queue.Leases;
import org.divelive.server.runs.store.Database;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.Api.Event;
import org.divelive.server.testsupport.ChildJvm;
import org.divelive.server.testsupport.PostgresCluster;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past one machine, for real: a PostgreSQL cluster of Debian's package, serving nodes in this JVM that train nothing
 * ({@code --concurrent-runs 0}) and workers in processes of their own, over real HTTP.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TwoNodesTwoWorkersTest {
    /** Short, so a killed worker's run moves on within seconds; renewed every 1.7 s (a loaded CI machine stalls). */
    private static final int LEASE_SECONDS = 5;
    private static final Pattern WORKER_READY = Pattern.compile("DiveLive worker (\\S+) trains");
    /** About a second of training on two cores, in a few epochs: long enough to watch and to kill mid-run. */
    private static final String RUN = "{\"model\": \"mlp\", \"epochs\": %d, \"trainSubset\": 20000, \"seed\": %d}";

    private static PostgresCluster postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresCluster.shared();
    }

    private Javalin node(Database database) {
        RunSettings runs = RunSettings.defaults().withDatabase(database).withQueue(0, RunSettings.DEFAULT_QUEUE_LENGTH)
                .withLeases(Leases.defaults().withWorker("node"));
        return App.create(TestConfigs.server(dir).withRuns(runs)).start(0);
    }

    /** Workers named {@code names}, started side by side. */
    private static List<ChildJvm> workers(String database, String... names) throws Exception {
        List<CompletableFuture<ChildJvm>> starting = new ArrayList<>();
        for (String name : names) {
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return ChildJvm.start(name, WORKER_READY, "worker", "--db", postgres.url(database), "--name",
                            name, "--lease-seconds", Integer.toString(LEASE_SECONDS), "--data",
                            FashionMnistLocator.DEBIAN.toString(), "--data-url", TestConfigs.unreachable().toString());
                } catch (Exception e) {
                    throw new IllegalStateException(name + " did not start", e);
                }
            }));
        }
        List<ChildJvm> workers = new ArrayList<>();
        for (CompletableFuture<ChildJvm> worker : starting) {
            workers.add(worker.join());
        }
        return workers;
    }

    private static List<String> lastingNames(List<Event> events) {
        return events.stream().filter(event -> event.id() != null).map(Event::name).toList();
    }

    @Test
    void runsPostedOnOneNodeSpreadOverBothWorkersStreamFromTheOtherAndOutliveARestartOfEverything()
            throws Exception {
        Database database = postgres.createDatabase("spread");
        Javalin nodeA = node(database);
        Javalin nodeB = node(database);
        List<ChildJvm> workers = workers("spread", "worker-1", "worker-2");
        List<Long> ids = new ArrayList<>();
        try {
            Api a = new Api(nodeA.port());
            Api b = new Api(nodeB.port());
            for (int seed = 1; seed <= 4; seed++) {
                ids.add(a.create(RUN.formatted(3, seed)).get("id").asLong());
            }
            // the first run, watched on the node that did not take it in, from before it started to its end
            List<Event> watched = b.events(ids.get(0)).untilEnd();
            assertEquals(List.of("started", "epoch", "epoch", "epoch", "end"), lastingNames(watched));
            assertEquals(List.of("1", "2", "3", "4", "5"), watched.stream().map(Event::id)
                    .filter(id -> id != null).toList());
            assertEquals("finished", watched.get(watched.size() - 1).json().get("status").asText());

            // the last, joined on node B mid-run: its history first, then live, nothing twice
            b.awaitRun(ids.get(3), run -> run.get("epochsDone").asInt() >= 1);
            List<Event> joined = b.events(ids.get(3)).untilEnd();
            assertEquals(List.of("started", "epoch", "epoch", "epoch", "end"), lastingNames(joined));

            Set<String> trainedBy = new TreeSet<>();
            for (long id : ids) {
                JsonNode run = a.awaitStatus(id, "finished");
                trainedBy.add(run.get("worker").asText());
                assertEquals(run, b.run(id), "both nodes show the same run");
            }
            assertEquals(Set.of("worker-1", "worker-2"), trainedBy, "the runs spread over both workers");
        } finally {
            nodeA.stop();
            nodeB.stop();
            for (ChildJvm worker : workers) {
                worker.close();
            }
        }

        // everything restarted: a fresh node on the same database has every finished run whole
        Javalin after = node(database);
        try {
            Api api = new Api(after.port());
            assertEquals(4, Api.json(api.get("/api/runs")).get("total").asInt());
            for (long id : ids) {
                JsonNode run = api.run(id);
                assertEquals("finished", run.get("status").asText());
                assertEquals(3, run.get("epochs").size());
                assertEquals(200, api.getBytes("/api/runs/" + id + "/weights").statusCode());
            }
        } finally {
            after.stop();
        }
    }

    @Test
    void aWorkerKilledMidRunLosesItsLeaseAndTheOtherTrainsTheRunAgainFromTheStart() throws Exception {
        Database database = postgres.createDatabase("failover");
        Javalin node = node(database);
        List<ChildJvm> workers = workers("failover", "worker-1", "worker-2");
        try {
            Api api = new Api(node.port());
            long id = api.create(RUN.formatted(6, 7)).get("id").asLong();
            Api.EventStream events = api.events(id);
            JsonNode first = api.awaitRun(id, run -> run.get("epochsDone").asInt() >= 1);
            String victim = first.get("worker").asText();
            int attempt = first.get("attempt").asInt();
            int index = victim.equals("worker-1") ? 0 : 1;
            String survivor = index == 0 ? "worker-2" : "worker-1";
            workers.get(index).kill();
            long killed = System.nanoTime();
            JsonNode again = api.awaitRun(id, run -> run.get("attempt").asInt() > attempt
                    && survivor.equals(run.get("worker").asText()));
            double failover = (System.nanoTime() - killed) / 1e9;
            System.out.printf("failover after kill -9 of %s: %.2f s until %s started run %d again (lease %d s)%n",
                    victim, failover, survivor, id, LEASE_SECONDS);

            JsonNode finished = api.awaitStatus(id, "finished");
            assertEquals(survivor, finished.get("worker").asText());
            assertEquals(again.get("attempt").asInt(), finished.get("attempt").asInt());
            assertEquals(6, finished.get("epochs").size(), "the last attempt trained every epoch itself");
            assertEquals(200, api.getBytes("/api/runs/" + id + "/weights").statusCode());

            // the watcher saw the first attempt's start, then the second attempt's whole story, numbered after it
            List<Event> story = events.untilEnd();
            int restart = lastingNames(story).lastIndexOf("started");
            assertTrue(restart > 0, "a second start: " + lastingNames(story));
            List<Event> lasting = story.stream().filter(event -> event.id() != null).toList();
            assertEquals(List.of("started", "epoch", "epoch", "epoch", "epoch", "epoch", "epoch", "end"),
                    lastingNames(lasting.subList(restart, lasting.size())));
            assertEquals(Long.toString((finished.get("attempt").asLong() - 1) * 1_000_000 + 1),
                    lasting.get(restart).id());
        } finally {
            node.stop();
            for (ChildJvm worker : workers) {
                worker.close();
            }
        }
    }

    @Test
    void aWorkerStoppedWithSigtermHandsItsRunBackAndTheOtherFinishesItWithoutUsingAnAttempt() throws Exception {
        Database database = postgres.createDatabase("handback");
        Javalin node = node(database);
        List<ChildJvm> workers = new ArrayList<>(workers("handback", "worker-a"));
        try {
            Api api = new Api(node.port());
            // long enough that worker A is still training when its shutdown hook runs
            long id = api.create(RUN.formatted(12, 11)).get("id").asLong();
            api.awaitRun(id, run -> run.get("epochsDone").asInt() >= 1);
            assertEquals("worker-a", api.run(id).get("worker").asText());
            workers.get(0).close(); // SIGTERM, as systemd or Ctrl-C stops a worker: its shutdown hook runs

            JsonNode waiting = api.run(id);
            assertEquals("queued", waiting.get("status").asText(), "handed back, not interrupted: " + waiting);
            assertTrue(waiting.get("message").asText().startsWith("worker worker-a stopped and handed this run back"),
                    waiting.toString());
            assertEquals(0, waiting.get("epochsDone").asInt(), "the next worker starts it again from the start");

            workers.addAll(workers("handback", "worker-b"));
            JsonNode finished = api.awaitStatus(id, "finished");
            assertEquals("worker-b", finished.get("worker").asText());
            assertEquals(2, finished.get("attempt").asInt(), "two starts");
            assertEquals(12, finished.get("epochs").size(), "worker B trained every epoch itself");
            assertEquals(200, api.getBytes("/api/runs/" + id + "/weights").statusCode());
            try (Connection connection = DriverManager.getConnection(postgres.url("handback"));
                    ResultSet counted = connection.createStatement().executeQuery(
                            "SELECT attempts - handed_back FROM runs WHERE id = " + id)) {
                assertTrue(counted.next());
                assertEquals(1, counted.getInt(1), "the handed-back start used none of the run's attempts");
            }
        } finally {
            node.stop();
            for (ChildJvm worker : workers) {
                worker.close();
            }
        }
    }
}
