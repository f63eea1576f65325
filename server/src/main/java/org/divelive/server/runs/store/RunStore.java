package org.divelive.server.runs.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setup.InvalidSetupException;
import org.divelive.math.setup.Setup;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunOutcome;
import org.divelive.server.runs.RunSpecParser;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.StoredRun;
import org.h2.api.ErrorCode;

/**
 * Every run, its settings, status, per-epoch metrics and final weights, and the queue of runs waiting to train, in
 * one database through plain JDBC on a small connection pool: an embedded H2 file by default, or a PostgreSQL
 * database shared by serving nodes and workers (see {@link Database}). The queue is the {@code runs} table itself:
 * a worker claims the oldest waiting row with {@code SELECT … FOR UPDATE SKIP LOCKED} (H2 2.x takes the same
 * statement, so one mechanism serves both) and holds it by a lease it renews while training; a run whose lease ran
 * out is claimed again, from the start, up to a number of attempts. Admission checks the queue's limits under one
 * locked row, so they hold for all nodes together.
 *
 * <p>Why H2 rather than SQLite through xerial's sqlite-jdbc: H2 is pure Java, one jar that runs on every JVM
 * platform, where sqlite-jdbc carries a native library per OS and CPU that it extracts to a temporary folder at
 * run time (which fails on a {@code noexec} /tmp and on platforms it has no binary for). What SQLite would give us
 * beyond that, durability of each commit, H2 gives with {@code WRITE_DELAY=0}: by default H2 writes committed
 * changes up to half a second later, and a process killed in that window loses them (measured here: a row
 * committed just before {@code Runtime.halt} was gone on reopening; with WRITE_DELAY=0 it was there).
 */
public final class RunStore implements AutoCloseable {
    /** Connections: a few request threads, each worker, the follower and weight downloads (which hold one). */
    private static final int POOL_SIZE = 16;
    /** PostgreSQL answers bytea whole; a download reads it in slices of this many bytes instead. */
    private static final int WEIGHT_SLICE_BYTES = 1 << 20;
    private static final String ACTIVE = "('" + RunStatus.QUEUED.word() + "', '" + RunStatus.RUNNING.word() + "')";

    private final Database database;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final RunSpecParser configReader = new RunSpecParser(Ceilings.LIBRARY);

    private RunStore(Database database, HikariDataSource pool) {
        this.database = database;
        this.dialect = Dialect.of(database);
        this.pool = pool;
    }

    /** Opens the H2 file, creating it and its folder on first start, and brings its schema up to date. */
    public static RunStore open(Path file) {
        return open(Database.h2(file));
    }

    /** Opens the database (an H2 file is created with its folder) and brings its schema up to date. */
    public static RunStore open(Database database) {
        if (!database.isPostgresql()) {
            try {
                Files.createDirectories(database.file().toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new RunStoreException("cannot create the folder of the database " + database.file() + ": "
                        + e, e);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        if (database.sslmode() != null) {
            config.addDataSourceProperty("sslmode", database.sslmode());
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("divelive-db");
        // a database that is not there fails the start with the driver's reason, not a pool timeout later
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw opening(database, e);
        }
        try (Connection connection = pool.getConnection()) {
            Schema.migrate(connection, Dialect.of(database));
            return new RunStore(database, pool);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw opening(database, e);
        }
    }

    private static RunStoreException opening(Database database, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                && !database.isPostgresql()) {
            return new RunStoreException("the database " + database.file() + " is in use by another process "
                    + "(another DiveLive server?); stop that one, choose another file with --db, or share a "
                    + "PostgreSQL database between them", e);
        }
        return new RunStoreException("cannot open the database " + database + ": " + root.getMessage(), e);
    }

    /** The pool, for a feature that keeps its own tables in the same database (their migrations are in Schema). */
    public DataSource dataSource() {
        return pool;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Whether other processes may use this database at the same time (PostgreSQL). An H2 file is this process's
     * alone, so whatever it finds unfinished at start-up was left by a dead process.
     */
    public boolean shared() {
        return database.isPostgresql();
    }

    /** Records a new queued run for anyone, with no limits to check, and returns its id. */
    public long create(Setup spec, Instant createdAt) {
        return admit(spec, createdAt, "anyone", false, null, (queued, owned) -> { });
    }

    /** Checks whether a new run may join the queue; throws to refuse it. */
    public interface Admission {
        /**
         * @param queued how many runs of the new run's kind wait in the queue, on every node
         * @param owned  the ids of the owner's queued or running runs, oldest first
         */
        void check(int queued, List<Long> owned);
    }

    /**
     * Records a new queued run and returns its id, if {@code admission} lets it in: the counts it is given and the
     * insert happen under one locked row, so two nodes admitting at once cannot both take the last place.
     */
    public long admit(Setup spec, Instant createdAt, String ownerKey, boolean verification, byte[] cancelDigest,
            Admission admission) {
        return inTransaction("record a new run", connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM queue_lock FOR UPDATE")) {
                lock.executeQuery().close();
            }
            int queued = (int) longs(connection, "SELECT COUNT(*) FROM runs WHERE status = ? AND verification = ?",
                    RunStatus.QUEUED.word(), verification).get(0).longValue();
            List<Long> owned = longs(connection, "SELECT id FROM runs WHERE owner_key = ? AND status IN " + ACTIVE
                    + " ORDER BY id", ownerKey);
            admission.check(queued, owned);
            String sql = "INSERT INTO runs (config, status, created_at, owner_key, verification, cancel_digest) "
                    + "VALUES (?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, RunJson.write(RunJson.config(spec)), RunStatus.QUEUED.word(), createdAt.toEpochMilli(),
                        ownerKey, verification, cancelDigest);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Takes the next run to train for {@code worker}: verification runs first, then by arrival, counting a running
     * run whose lease ran out as waiting (its worker is gone: it starts again from the start, its old epochs
     * dropped). Runs whose lease ran out on their last allowed attempt end as interrupted, saying so.
     */
    public Optional<Claim> claim(String worker, Instant now, Duration lease, int maxAttempts) {
        long nowMillis = now.toEpochMilli();
        withConnection("end runs whose workers stopped answering", connection -> {
            update(connection, "UPDATE runs SET status = stop_as, message = 'its worker ' || worker || ' stopped "
                    + "answering before it could stop', finished_at = ?, lease_until = NULL WHERE status = ? AND "
                    + "lease_until < ? AND stop_as IS NOT NULL", nowMillis, RunStatus.RUNNING.word(), nowMillis);
            // starts a stopping worker handed back do not count: only the attempts that workers died on
            return update(connection, "UPDATE runs SET status = ?, message = 'its worker ' || worker || ' stopped "
                    + "answering (its lease ran out) on attempt ' || CAST(attempts - handed_back AS VARCHAR) || ' of ' "
                    + "|| ? || '; start a new run to train again', finished_at = ?, lease_until = NULL WHERE status = ? "
                    + "AND lease_until < ? AND attempts - handed_back >= ?", RunStatus.INTERRUPTED.word(),
                    Integer.toString(maxAttempts), nowMillis, RunStatus.RUNNING.word(), nowMillis, maxAttempts);
        });
        return inTransaction("claim a queued run", connection -> {
            long id;
            String config;
            int attempts;
            String previous;
            try (PreparedStatement select = connection.prepareStatement("SELECT id, config, attempts, worker, status "
                    + "FROM runs WHERE status = ? OR (status = ? AND lease_until < ?) ORDER BY verification DESC, id "
                    + "LIMIT 1 FOR UPDATE SKIP LOCKED")) {
                bind(select, RunStatus.QUEUED.word(), RunStatus.RUNNING.word(), nowMillis);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Claim>empty();
                    }
                    id = row.getLong(1);
                    config = row.getString(2);
                    attempts = row.getInt(3);
                    previous = RunStatus.RUNNING.word().equals(row.getString(5)) ? row.getString(4) : null;
                }
            }
            Setup spec;
            try {
                spec = spec(config);
            } catch (RunStoreException e) {
                update(connection, "UPDATE runs SET status = ?, message = ?, finished_at = ? WHERE id = ?",
                        RunStatus.FAILED.word(), e.getMessage(), nowMillis, id);
                return Optional.<Claim>empty();
            }
            if (previous != null) {
                update(connection, "DELETE FROM epochs WHERE run_id = ?", id);
            }
            update(connection, "UPDATE runs SET status = ?, worker = ?, lease_until = ?, attempts = ?, started_at = ?, "
                    + "progress = NULL, progress_seq = progress_seq + 1 WHERE id = ?", RunStatus.RUNNING.word(),
                    worker, now.plus(lease).toEpochMilli(), attempts + 1, nowMillis, id);
            return Optional.of(new Claim(id, spec, worker, attempts + 1, previous));
        });
    }

    /** Extends the lease of every run {@code worker} trains; returns how many it still holds. */
    public int renew(String worker, Instant leaseUntil) {
        return withConnection("renew the leases of " + worker, connection -> update(connection,
                "UPDATE runs SET lease_until = ? WHERE worker = ? AND status = ?", leaseUntil.toEpochMilli(), worker,
                RunStatus.RUNNING.word()));
    }

    /** The runs {@code worker} holds now, each with any stop asked for: a run missing here was lost. */
    public List<HeldRun> held(String worker) {
        return withConnection("read the runs of " + worker, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, attempts, stop_as FROM runs WHERE worker = ? AND status = ?")) {
                bind(select, worker, RunStatus.RUNNING.word());
                List<HeldRun> held = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        String stop = row.getString(3);
                        held.add(new HeldRun(row.getLong(1), row.getInt(2), stop == null ? null
                                : RunStatus.fromWord(stop)));
                    }
                }
                return held;
            }
        });
    }

    /** Keeps the run's latest step progress (its JSON) for watchers on other nodes. */
    public void progress(Claim claim, String json) {
        withConnection("record the progress of run " + claim.id(), connection -> update(connection,
                "UPDATE runs SET progress = ?, progress_seq = progress_seq + 1 WHERE id = ? AND worker = ? AND "
                        + "attempts = ? AND status = ?", json, claim.id(), claim.worker(), claim.attempt(),
                RunStatus.RUNNING.word()));
    }

    /** Records an epoch of the claimed attempt; false (nothing written) if the worker no longer holds the run. */
    public boolean addEpoch(Claim claim, EpochMetrics metrics) {
        return inTransaction("record epoch " + metrics.epoch() + " of run " + claim.id(), connection -> {
            if (!holds(connection, claim)) {
                return false;
            }
            update(connection, "INSERT INTO epochs (run_id, epoch, train_loss, train_acc, test_loss, test_acc, "
                    + "seconds, samples_per_second) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", claim.id(), metrics.epoch(),
                    metrics.trainLoss(), metrics.trainAccuracy(), metrics.testLoss(), metrics.testAccuracy(),
                    metrics.seconds(), metrics.samplesPerSecond());
            return true;
        });
    }

    /**
     * Records how the claimed attempt ended, and its weights if it has any, in one transaction; nothing if the worker
     * no longer holds the run. Retention: when the weights would take all stored weights past
     * {@code maxStoredWeightBytes}, the weights of the runs that finished longest ago are deleted first, as few as
     * make room, and those runs record when (their settings, epochs and messages stay). Under one locked row, so two
     * workers saving at once make room for both.
     *
     * @throws IllegalArgumentException if the weights alone are larger than the cap (no retention could help)
     */
    public Finish finish(Claim claim, RunOutcome outcome, Instant finishedAt, long maxStoredWeightBytes) {
        byte[] weights = outcome.weights();
        if (weights != null && weights.length > maxStoredWeightBytes) {
            throw new IllegalArgumentException("weights of " + weights.length + " bytes cannot fit under a cap of "
                    + maxStoredWeightBytes);
        }
        return inTransaction("finish run " + claim.id(), connection -> {
            if (!holds(connection, claim)) {
                return new Finish(false, List.of());
            }
            update(connection, "UPDATE runs SET status = ?, message = ?, finished_at = ?, lease_until = NULL, "
                    + "progress = NULL WHERE id = ?", outcome.status().word(), outcome.message(),
                    finishedAt.toEpochMilli(), claim.id());
            List<Long> removed = List.of();
            if (weights != null) {
                removed = makeRoom(connection, weights.length, maxStoredWeightBytes, finishedAt);
                update(connection, "INSERT INTO weights (run_id, parameter_file) VALUES (?, ?)", claim.id(), weights);
            }
            return new Finish(true, removed);
        });
    }

    /** Deletes the oldest finished runs' weights until {@code bytes} more fit under {@code cap}; returns their runs. */
    private static List<Long> makeRoom(Connection connection, long bytes, long cap, Instant now) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM weights_lock FOR UPDATE")) {
            lock.executeQuery().close();
        }
        long over = longs(connection, "SELECT COALESCE(SUM(OCTET_LENGTH(parameter_file)), 0) FROM weights").get(0)
                + bytes - cap;
        List<Long> removed = new ArrayList<>();
        if (over <= 0) {
            return removed;
        }
        try (PreparedStatement oldest = connection.prepareStatement("SELECT w.run_id, OCTET_LENGTH(w.parameter_file) "
                + "FROM weights w JOIN runs r ON r.id = w.run_id ORDER BY r.finished_at, r.id")) {
            try (ResultSet row = oldest.executeQuery()) {
                while (over > 0 && row.next()) {
                    removed.add(row.getLong(1));
                    over -= row.getLong(2);
                }
            }
        }
        for (long id : removed) {
            update(connection, "DELETE FROM weights WHERE run_id = ?", id);
            update(connection, "UPDATE runs SET weights_removed_at = ? WHERE id = ?", now.toEpochMilli(), id);
        }
        return removed;
    }

    /**
     * Gives a run back to the queue because its worker is stopping on purpose: it waits again, ahead of the runs
     * that came after it, and the next worker starts it from the start. Its epochs are dropped and the start is
     * counted as handed back, so it does not use up one of the run's attempts (those are for workers that die).
     * False (nothing written) if the worker no longer holds the run.
     */
    public boolean handBack(Claim claim, Instant now) {
        return inTransaction("hand back run " + claim.id(), connection -> {
            if (!holds(connection, claim)) {
                return false;
            }
            update(connection, "DELETE FROM epochs WHERE run_id = ?", claim.id());
            update(connection, "UPDATE runs SET status = ?, message = ?, lease_until = NULL, progress = NULL, "
                    + "progress_seq = progress_seq + 1, handed_back = handed_back + 1 WHERE id = ?",
                    RunStatus.QUEUED.word(), "worker " + claim.worker() + " stopped and handed this run back at "
                    + now + "; the next worker starts it again", claim.id());
            return true;
        });
    }

    /** Locks the run's row if the claim still holds it. */
    private static boolean holds(Connection connection, Claim claim) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM runs WHERE id = ? AND worker = ? "
                + "AND attempts = ? AND status = ? FOR UPDATE")) {
            bind(select, claim.id(), claim.worker(), claim.attempt(), RunStatus.RUNNING.word());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Ends a run that no worker has taken yet; false if it is not (or no longer) waiting. */
    public boolean endQueued(long id, RunStatus status, String message, Instant now) {
        return withConnection("end queued run " + id, connection -> update(connection, "UPDATE runs SET status = ?, "
                + "message = ?, finished_at = ? WHERE id = ? AND status = ?", status.word(), message,
                now.toEpochMilli(), id, RunStatus.QUEUED.word()) == 1);
    }

    /** Asks whichever worker trains the run to stop it as {@code status}; false if it is not queued or running. */
    public boolean requestStop(long id, RunStatus status) {
        return withConnection("ask run " + id + " to stop", connection -> update(connection, "UPDATE runs SET "
                + "stop_as = COALESCE(stop_as, ?) WHERE id = ? AND status IN " + ACTIVE, status.word(), id) == 1);
    }

    /** The digest of a queued or running run's cancel token; empty once it ended (its token is void then). */
    public Optional<byte[]> cancelDigest(long id) {
        return withConnection("read the cancel token of run " + id, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT cancel_digest FROM runs WHERE id = ? AND status IN " + ACTIVE)) {
                bind(select, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    /** 1 for the next run a worker takes, 2 for the one after, …; 0 for a run that is not waiting. */
    public int queuePosition(long id) {
        return withConnection("find the queue position of run " + id, connection -> {
            List<Long> ahead = longs(connection, "SELECT COUNT(*) FROM runs r, runs me WHERE me.id = ? AND "
                    + "me.status = ? AND r.status = ? AND (r.verification AND NOT me.verification OR "
                    + "(r.verification = me.verification AND r.id <= me.id))", id, RunStatus.QUEUED.word(),
                    RunStatus.QUEUED.word());
            return (int) ahead.get(0).longValue();
        });
    }

    /**
     * Marks the runs a dead process left queued or running as interrupted: nothing is training them any more. Only
     * for a database no other process uses (see {@link #shared}). Returns how many there were.
     */
    public int interruptUnfinished(Instant now) {
        return withConnection("interrupt unfinished runs", connection -> {
            String sql = "UPDATE runs SET status = ?, message = ?, finished_at = ?, lease_until = NULL WHERE "
                    + "status = ?";
            int running = update(connection, sql, RunStatus.INTERRUPTED.word(),
                    "the server stopped during this run; start a new one to train again", now.toEpochMilli(),
                    RunStatus.RUNNING.word());
            int queued = update(connection, sql, RunStatus.INTERRUPTED.word(),
                    "the server stopped before this run started; start a new one to train it", now.toEpochMilli(),
                    RunStatus.QUEUED.word());
            return running + queued;
        });
    }

    public Optional<StoredRun> find(long id) {
        List<String> unreadable = new ArrayList<>();
        List<StoredRun> found = query("WHERE r.id = ?", id, 1, 0, unreadable);
        if (!unreadable.isEmpty()) {
            throw new RunStoreException(unreadable.get(0), null);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Newest first; a row that cannot be read back is left out (see {@link #page(int, int, List)}). */
    public List<StoredRun> page(int offset, int limit) {
        return page(offset, limit, new ArrayList<>());
    }

    /**
     * Newest first. A row that cannot be read back (its settings corrupt, say) is left out and described in
     * {@code unreadable}, so one bad row does not take its whole page down with it.
     */
    public List<StoredRun> page(int offset, int limit, List<String> unreadable) {
        return query("", null, limit, offset, unreadable);
    }

    public int count() {
        return withConnection("count the runs", connection -> (int) longs(connection, "SELECT COUNT(*) FROM runs")
                .get(0).longValue());
    }

    /** The parameter file of a run's final weights, if it has one, whole (for tests and small files). */
    public Optional<byte[]> weights(long id) {
        Optional<StoredWeights> weights = openWeights(id);
        if (weights.isEmpty()) {
            return Optional.empty();
        }
        try (StoredWeights open = weights.get()) {
            return Optional.of(open.stream().readAllBytes());
        } catch (IOException e) {
            throw new RunStoreException("the run database could not read the weights of run " + id + ": " + e, e);
        }
    }

    /**
     * A run's weights as a stream straight from the database, on a connection of its own, so a download of a large
     * parameter file neither holds it all in memory nor holds up the store's other work. H2 streams a BLOB itself;
     * PostgreSQL's driver would read a bytea whole, so there the stream reads it a slice at a time. Close it.
     */
    public Optional<StoredWeights> openWeights(long id) {
        Connection reader = null;
        try {
            reader = pool.getConnection();
            PreparedStatement select = reader.prepareStatement(
                    "SELECT OCTET_LENGTH(parameter_file)" + (shared() ? "" : ", parameter_file")
                            + " FROM weights WHERE run_id = ?");
            select.setLong(1, id);
            ResultSet row = select.executeQuery();
            if (!row.next()) {
                reader.close();
                return Optional.empty();
            }
            long length = row.getLong(1);
            InputStream stream = shared() ? new SlicedWeights(reader, id, length, WEIGHT_SLICE_BYTES)
                    : row.getBinaryStream(2);
            return Optional.of(new StoredWeights(length, stream, reader));
        } catch (SQLException e) {
            closeQuietly(reader);
            throw failure("read the weights of run " + id, e);
        }
    }

    /** The bytes of every stored parameter file together. */
    public long storedWeightBytes() {
        return withConnection("add up the stored weights", connection -> longs(connection,
                "SELECT COALESCE(SUM(OCTET_LENGTH(parameter_file)), 0) FROM weights").get(0));
    }

    /**
     * Free bytes on the disk that holds the database file. A PostgreSQL server's disk is not visible from here
     * (its administrator watches it); there the caps on stored weights are what bounds the store, and this says
     * {@link Long#MAX_VALUE}.
     */
    public long freeDiskBytes() {
        if (shared()) {
            return Long.MAX_VALUE;
        }
        Path file = database.file();
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException e) {
            throw new RunStoreException("cannot find the free space beside the database " + file + ": " + e, e);
        }
    }

    private static void closeQuietly(Connection reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (SQLException ignored) {
                // the failure that brought us here is the one to report
            }
        }
    }

    /** Removes an ended run with its epochs and weights; empty if there is none, false if it has not ended. */
    public Optional<Boolean> delete(long id) {
        return withConnection("delete run " + id, connection -> {
            if (update(connection, "DELETE FROM runs WHERE id = ? AND status NOT IN " + ACTIVE, id) == 1) {
                return Optional.of(true);
            }
            return longs(connection, "SELECT id FROM runs WHERE id = ?", id).isEmpty() ? Optional.<Boolean>empty()
                    : Optional.of(false);
        });
    }

    @Override
    public void close() {
        pool.close();
    }

    private List<StoredRun> query(String where, Long id, int limit, int offset, List<String> unreadable) {
        String sql = "SELECT r.id, r.config, r.status, r.message, r.created_at, r.started_at, r.finished_at, "
                + "w.run_id IS NOT NULL, r.worker, r.attempts, r.progress_seq, r.progress, r.weights_removed_at "
                + "FROM runs r "
                + "LEFT JOIN weights w ON w.run_id = r.id " + where + " ORDER BY r.id DESC LIMIT ? OFFSET ?";
        return withConnection("read runs", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int parameter = 1;
                if (id != null) {
                    select.setLong(parameter++, id);
                }
                select.setInt(parameter++, limit);
                select.setInt(parameter, offset);
                List<StoredRun> runs = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        long runId = row.getLong(1);
                        try {
                            runs.add(new StoredRun(runId, spec(row.getString(2)),
                                    RunStatus.fromWord(row.getString(3)), row.getString(4), instant(row, 5),
                                    instant(row, 6), instant(row, 7), epochs(connection, runId), row.getBoolean(8),
                                    row.getString(9), row.getInt(10), row.getLong(11), row.getString(12),
                                    instant(row, 13)));
                        } catch (RunStoreException | IllegalArgumentException e) {
                            unreadable.add("run " + runId + " cannot be read back: " + e.getMessage());
                        }
                    }
                }
                return runs;
            }
        });
    }

    private static List<EpochMetrics> epochs(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT epoch, train_loss, train_acc, test_loss, "
                + "test_acc, seconds, samples_per_second FROM epochs WHERE run_id = ? ORDER BY epoch")) {
            select.setLong(1, id);
            List<EpochMetrics> epochs = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    epochs.add(new EpochMetrics(row.getInt(1), number(row, 2), number(row, 3), number(row, 4),
                            number(row, 5), number(row, 6), number(row, 7)));
                }
            }
            return epochs;
        }
    }

    private Setup spec(String config) {
        try {
            return configReader.parse((ObjectNode) RunJson.MAPPER.readTree(config));
        } catch (JsonProcessingException | ClassCastException | InvalidSetupException e) {
            throw new RunStoreException("a stored run's settings cannot be read back: " + config, e);
        }
    }

    /** Binds the values in order (NaN and null as SQL NULL) and runs the statement; returns the rows changed. */
    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    /** The first column of every row, as numbers. */
    private static List<Long> longs(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, values);
            List<Long> column = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    column.add(row.getLong(1));
                }
            }
            return column;
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Double d && !Double.isFinite(d)) {
                statement.setNull(i + 1, Types.DOUBLE);
            } else if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(i + 1, bytes);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static double number(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** Work on one pooled connection. */
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T withConnection(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** All of {@code work}'s statements or none of them. */
    <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (Throwable e) {
                // an Error too (out of memory mid-write): never leave half a run committed
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static RunStoreException failure(String what, SQLException e) {
        return new RunStoreException("the run database could not " + what + ": " + e.getMessage(), e);
    }
}
