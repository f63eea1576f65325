package org.divelive.server.runs.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setup.Setup;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunOutcome;
import org.divelive.server.runs.RunSpecParser;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.StoredRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    private static Setup spec(String json) throws Exception {
        return new RunSpecParser(Ceilings.SERVER_DEFAULTS).parse((ObjectNode) RunJson.MAPPER.readTree(json));
    }

    /** The next waiting run, taken by a test worker with a minute's lease. */
    private static Claim claim(RunStore store, Instant now) {
        return store.claim("test-worker", now, Duration.ofMinutes(1), 1).orElseThrow();
    }

    private Path file() {
        return dir.resolve("nested").resolve("runs.mv.db");
    }

    @Test
    void aRunAndAllItsRecordsSurviveClosingAndReopening() throws Exception {
        Setup spec = spec("{\"model\": \"mlp\", \"hidden\": [64, 32], \"activation\": \"tanh\", \"seed\": 9}");
        byte[] weights = {'D', 'L', 'P', 'F', 1, 2, 3};
        long id;
        try (RunStore store = RunStore.open(file())) {
            id = store.create(spec, T0);
            Claim claim = claim(store, T0.plusSeconds(1));
            store.addEpoch(claim, new EpochMetrics(1, 0.5, 0.8, 0.55, 0.79, 1.25, 48_000));
            store.addEpoch(claim, new EpochMetrics(2, 0.4, Double.NaN, Double.NaN, 0.81, 1.2, 50_000));
            store.finish(claim, new RunOutcome(RunStatus.FINISHED, "trained 2 epochs", weights), T0.plusSeconds(4),
                    Long.MAX_VALUE);
        }
        assertTrue(Files.isRegularFile(file()), "created with its folder");
        try (RunStore store = RunStore.open(file())) {
            StoredRun run = store.find(id).orElseThrow();
            assertEquals(spec, run.spec());
            assertEquals(RunStatus.FINISHED, run.status());
            assertEquals("trained 2 epochs", run.message());
            assertEquals(T0, run.createdAt());
            assertEquals(T0.plusSeconds(1), run.startedAt());
            assertEquals(T0.plusSeconds(4), run.finishedAt());
            assertEquals(List.of(new EpochMetrics(1, 0.5, 0.8, 0.55, 0.79, 1.25, 48_000),
                    new EpochMetrics(2, 0.4, Double.NaN, Double.NaN, 0.81, 1.2, 50_000)), run.epochs());
            assertTrue(run.hasWeights());
            assertArrayEquals(weights, store.weights(id).orElseThrow());
        }
    }

    @Test
    void runsArePagedNewestFirstAndDeletedWithTheirEpochsAndWeights() throws Exception {
        try (RunStore store = RunStore.open(file())) {
            Setup spec = spec("{\"model\": \"linreg\"}");
            long first = store.create(spec, T0);
            long second = store.create(spec, T0);
            long third = store.create(spec, T0);
            assertEquals(3, store.count());
            assertEquals(List.of(third, second), store.page(0, 2).stream().map(StoredRun::id).toList());
            assertEquals(List.of(first), store.page(2, 2).stream().map(StoredRun::id).toList());

            Claim claim = claim(store, T0);
            assertEquals(first, claim.id(), "the oldest waiting run first");
            assertEquals(Optional.of(false), store.delete(first), "a running run is not deleted");
            store.endQueued(second, RunStatus.CANCELLED, "stopped", T0);
            store.addEpoch(claim, new EpochMetrics(1, 1, 1, 1, 1, 1, 1));
            store.finish(claim, new RunOutcome(RunStatus.CANCELLED, "stopped", new byte[] {1}), T0, Long.MAX_VALUE);
            assertEquals(Optional.of(true), store.delete(first));
            assertEquals(Optional.empty(), store.delete(first));
            assertTrue(store.find(first).isEmpty());
            assertTrue(store.weights(first).isEmpty());
            assertEquals(2, store.count());
        }
    }

    @Test
    void runsADeadProcessLeftQueuedOrRunningAreMarkedInterrupted() throws Exception {
        try (RunStore store = RunStore.open(file())) {
            Setup spec = spec("{\"model\": \"linreg\"}");
            long running = store.create(spec, T0);
            claim(store, T0);
            long finished = store.create(spec, T0);
            store.finish(claim(store, T0), new RunOutcome(RunStatus.FINISHED, "done", null), T0, Long.MAX_VALUE);
            long queued = store.create(spec, T0);

            assertEquals(2, store.interruptUnfinished(T0.plusSeconds(60)));
            StoredRun wasRunning = store.find(running).orElseThrow();
            assertEquals(RunStatus.INTERRUPTED, wasRunning.status());
            assertEquals("the server stopped during this run; start a new one to train again", wasRunning.message());
            assertEquals(T0.plusSeconds(60), wasRunning.finishedAt());
            StoredRun wasQueued = store.find(queued).orElseThrow();
            assertEquals(RunStatus.INTERRUPTED, wasQueued.status());
            assertNull(wasQueued.startedAt());
            assertEquals(RunStatus.FINISHED, store.find(finished).orElseThrow().status());
        }
    }

    @Test
    void theSchemaIsVersionedAndADatabaseFromANewerDiveliveIsRefused() throws Exception {
        RunStore.open(file()).close();
        String url = "jdbc:h2:file:" + dir.resolve("nested").resolve("runs").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url)) {
            assertEquals(Schema.MIGRATIONS.size(), Schema.version(connection));
            connection.createStatement().execute("UPDATE schema_version SET version = 99");
        }
        RunStoreException e = assertThrows(RunStoreException.class, () -> RunStore.open(file()));
        assertTrue(e.getMessage().contains("this database has schema version 99 but this DiveLive knows only up to "
                + Schema.MIGRATIONS.size()), e.getMessage());
    }

    @Test
    void runsStoredUnderTheLearningRatesOlderNameAreRenamedWhenTheDatabaseIsUpgraded() throws Exception {
        RunStore.open(file()).close();
        String url = "jdbc:h2:file:" + dir.resolve("nested").resolve("runs").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url)) {
            // the database as the first release left it: schema version 1, the learning rate stored as "lr"
            connection.createStatement().execute("UPDATE schema_version SET version = 1");
            connection.createStatement().execute("INSERT INTO runs (config, status, created_at) VALUES ("
                    + "'{\"model\":\"softmax\",\"hidden\":[],\"lr\":0.5,\"batchSize\":256,\"epochs\":2,"
                    + "\"weightDecay\":0.0,\"seed\":42,\"trainSubset\":60000}', 'finished', 0)");
        }
        try (RunStore store = RunStore.open(file())) {
            StoredRun old = store.page(0, 1).get(0);
            assertEquals(0.5, old.spec().hyperparameters().learningRate());
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            var row = connection.createStatement().executeQuery("SELECT config FROM runs");
            row.next();
            assertTrue(row.getString(1).contains("\"learningRate\":0.5"), row.getString(1));
            assertEquals(Schema.MIGRATIONS.size(), Schema.version(connection));
        }
    }

    @Test
    void theFileMustCarryH2sNameSoTheSettingNamesTheRealFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunStore.open(dir.resolve("runs.db")));
        assertEquals("the database file must end in .mv.db (H2's file name), e.g. runs.db.mv.db; was "
                + dir.resolve("runs.db"), e.getMessage());
    }

    @Test
    void anErrorInsideATransactionRollsItBackAndTheDatabaseKeepsServing() throws Exception {
        try (RunStore store = RunStore.open(file())) {
            long id = store.create(spec("{\"model\": \"linreg\"}"), T0);
            assertThrows(OutOfMemoryError.class, () -> store.inTransaction("test", connection -> {
                connection.createStatement().executeUpdate("UPDATE runs SET status = 'running', started_at = 1 "
                        + "WHERE id = " + id);
                throw new OutOfMemoryError("as a weights download plus a large run once did");
            }));
            StoredRun run = store.find(id).orElseThrow();
            assertEquals(RunStatus.QUEUED, run.status(), "the half-done transaction is gone");
            assertNull(run.startedAt());
            claim(store, T0.plusSeconds(2));
            assertEquals(RunStatus.RUNNING, store.find(id).orElseThrow().status());
        }
    }

    @Test
    void aSemicolonInTheFileNameIsRefusedBeforeH2ReadsItAsSettings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunStore.open(dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql';x.mv.db")));
        assertTrue(e.getMessage().contains("must not contain ';'"), e.getMessage());
    }

    @Test
    void aCorruptRowIsLeftOutOfItsPageAndReportedWhileTheOthersAreListed() throws Exception {
        long good;
        long bad;
        try (RunStore store = RunStore.open(file())) {
            good = store.create(spec("{\"model\": \"linreg\"}"), T0);
            bad = store.create(spec("{\"model\": \"linreg\"}"), T0);
        }
        String url = "jdbc:h2:file:" + file().toAbsolutePath().toString().replace(Database.H2_SUFFIX, "");
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().executeUpdate("UPDATE runs SET config = '{\"model\": 7' WHERE id = " + bad);
        }
        try (RunStore store = RunStore.open(file())) {
            List<String> unreadable = new java.util.ArrayList<>();
            assertEquals(List.of(good), store.page(0, 10, unreadable).stream().map(StoredRun::id).toList());
            assertEquals(1, unreadable.size());
            assertTrue(unreadable.get(0).startsWith("run " + bad + " cannot be read back"), unreadable.get(0));
        }
    }
}
