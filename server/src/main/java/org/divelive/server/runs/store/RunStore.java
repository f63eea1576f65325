package org.divelive.server.runs.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Every run, its settings, status, per-epoch metrics and final weights, in one embedded database file, through plain
 * JDBC on one connection (the store's methods are few and short, so they simply take turns).
 *
 * <p>Why H2 rather than SQLite through xerial's sqlite-jdbc: H2 is pure Java, one jar that runs on every JVM
 * platform, where sqlite-jdbc carries a native library per OS and CPU that it extracts to a temporary folder at
 * run time (which fails on a {@code noexec} /tmp and on platforms it has no binary for). What SQLite would give us
 * beyond that, durability of each commit, H2 gives with {@code WRITE_DELAY=0}: by default H2 writes committed
 * changes up to half a second later, and a process killed in that window loses them (measured here: a row
 * committed just before {@code Runtime.halt} was gone on reopening; with WRITE_DELAY=0 it was there).
 */
public final class RunStore implements AutoCloseable {
    /** H2 adds this to the name it is given. */
    public static final String FILE_SUFFIX = ".mv.db";

    private final String url;
    private final Path file;
    private final Connection connection;
    private final RunSpecParser configReader = new RunSpecParser(Ceilings.LIBRARY);

    private RunStore(String url, Path file, Connection connection) {
        this.url = url;
        this.file = file;
        this.connection = connection;
    }

    /** Opens the database file, creating it and its folder on first start, and brings its schema up to date. */
    public static RunStore open(Path file) {
        requireFileName(file);
        String name = file.toAbsolutePath().toString();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new RunStoreException("cannot create the folder of the database " + file + ": " + e, e);
        }
        String url = "jdbc:h2:file:" + name.substring(0, name.length() - FILE_SUFFIX.length())
                // every commit reaches the file at once; we close the database ourselves, after the last run's write
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        try {
            Connection connection = DriverManager.getConnection(url);
            Schema.migrate(connection);
            return new RunStore(url, file, connection);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new RunStoreException("the database " + file + " is in use by another process (another "
                        + "DiveLive server?); stop that one or choose another file with --db", e);
            }
            throw new RunStoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Another connection to the same database, for a feature that keeps its own tables in it (their migrations are
     * in {@link Schema} with the runs'); the caller closes it before this store closes.
     */
    public Connection openConnection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** H2 names its file NAME.mv.db; we ask for that whole name so the configuration names the real file. */
    public static void requireFileName(Path file) {
        // H2 reads settings after a ';' in its URL (INIT=… runs SQL): a file name must never carry any
        if (file.toString().indexOf(';') >= 0) {
            throw new IllegalArgumentException("the database file name must not contain ';' (H2 would read what "
                    + "follows as database settings); was " + file);
        }
        if (!file.toString().endsWith(FILE_SUFFIX)) {
            throw new IllegalArgumentException("the database file must end in " + FILE_SUFFIX + " (H2's file name), "
                    + "e.g. " + file.getFileName() + FILE_SUFFIX + "; was " + file);
        }
    }

    /** Records a new queued run and returns its id. */
    public synchronized long create(Setup spec, Instant createdAt) {
        String sql = "INSERT INTO runs (config, status, created_at) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, RunJson.write(RunJson.config(spec)));
            insert.setString(2, RunStatus.QUEUED.word());
            insert.setLong(3, createdAt.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("record a new run", e);
        }
    }

    public synchronized void markRunning(long id, Instant startedAt) {
        update("mark run " + id + " running", "UPDATE runs SET status = ?, started_at = ? WHERE id = ?",
                RunStatus.RUNNING.word(), startedAt.toEpochMilli(), id);
    }

    public synchronized void addEpoch(long id, EpochMetrics metrics) {
        update("record epoch " + metrics.epoch() + " of run " + id, "INSERT INTO epochs (run_id, epoch, train_loss, "
                        + "train_acc, test_loss, test_acc, seconds, samples_per_second) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id, metrics.epoch(), metrics.trainLoss(), metrics.trainAccuracy(), metrics.testLoss(),
                metrics.testAccuracy(), metrics.seconds(), metrics.samplesPerSecond());
    }

    /** Records how the run ended, and its weights if it has any, in one transaction. */
    public synchronized void finish(long id, RunOutcome outcome, Instant finishedAt) {
        inTransaction("finish run " + id, () -> {
            update("finish run " + id, "UPDATE runs SET status = ?, message = ?, finished_at = ? WHERE id = ?",
                    outcome.status().word(), outcome.message(), finishedAt.toEpochMilli(), id);
            if (outcome.weights() != null) {
                update("save the weights of run " + id, "INSERT INTO weights (run_id, parameter_file) VALUES (?, ?)",
                        id, outcome.weights());
            }
        });
    }

    /**
     * Marks the runs a dead process left queued or running as interrupted: nothing is training them any more.
     * Returns how many there were.
     */
    public synchronized int interruptUnfinished(Instant now) {
        String sql = "UPDATE runs SET status = ?, message = ?, finished_at = ? WHERE status = ?";
        int running = update("interrupt unfinished runs", sql, RunStatus.INTERRUPTED.word(),
                "the server stopped during this run; start a new one to train again", now.toEpochMilli(),
                RunStatus.RUNNING.word());
        int queued = update("interrupt queued runs", sql, RunStatus.INTERRUPTED.word(),
                "the server stopped before this run started; start a new one to train it", now.toEpochMilli(),
                RunStatus.QUEUED.word());
        return running + queued;
    }

    public synchronized Optional<StoredRun> find(long id) {
        List<String> unreadable = new ArrayList<>();
        List<StoredRun> found = query("WHERE r.id = ?", id, 1, 0, unreadable);
        if (!unreadable.isEmpty()) {
            throw new RunStoreException(unreadable.get(0), null);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Newest first; a row that cannot be read back is left out (see {@link #page(int, int, List)}). */
    public synchronized List<StoredRun> page(int offset, int limit) {
        return page(offset, limit, new ArrayList<>());
    }

    /**
     * Newest first. A row that cannot be read back (its settings corrupt, say) is left out and described in
     * {@code unreadable}, so one bad row does not take its whole page down with it.
     */
    public synchronized List<StoredRun> page(int offset, int limit, List<String> unreadable) {
        return query("", null, limit, offset, unreadable);
    }

    public synchronized int count() {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM runs")) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw failure("count the runs", e);
        }
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
     * A run's weights as a stream straight from the database file, on a connection of its own, so a download of
     * a large parameter file neither holds it all in memory nor holds up the store's other work. Close it.
     */
    public Optional<StoredWeights> openWeights(long id) {
        Connection reader = null;
        try {
            reader = DriverManager.getConnection(url);
            PreparedStatement select = reader.prepareStatement(
                    "SELECT OCTET_LENGTH(parameter_file), parameter_file FROM weights WHERE run_id = ?");
            select.setLong(1, id);
            ResultSet row = select.executeQuery();
            if (!row.next()) {
                reader.close();
                return Optional.empty();
            }
            return Optional.of(new StoredWeights(row.getLong(1), row.getBinaryStream(2), reader));
        } catch (SQLException e) {
            closeQuietly(reader);
            throw failure("read the weights of run " + id, e);
        }
    }

    /** The bytes of every stored parameter file together. */
    public synchronized long storedWeightBytes() {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT COALESCE(SUM(OCTET_LENGTH(parameter_file)), 0) FROM weights")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw failure("add up the stored weights", e);
        }
    }

    /** Free bytes on the disk that holds the database file. */
    public long freeDiskBytes() {
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

    /** Removes a run with its epochs and weights; false if there was none. */
    public synchronized boolean delete(long id) {
        return update("delete run " + id, "DELETE FROM runs WHERE id = ?", id) == 1;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the database", e);
        }
    }

    private List<StoredRun> query(String where, Long id, int limit, int offset, List<String> unreadable) {
        String sql = "SELECT r.id, r.config, r.status, r.message, r.created_at, r.started_at, r.finished_at, "
                + "w.run_id IS NOT NULL FROM runs r LEFT JOIN weights w ON w.run_id = r.id " + where
                + " ORDER BY r.id DESC LIMIT ? OFFSET ?";
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
                        runs.add(new StoredRun(runId, spec(row.getString(2)), RunStatus.fromWord(row.getString(3)),
                                row.getString(4), instant(row, 5), instant(row, 6), instant(row, 7), epochs(runId),
                                row.getBoolean(8)));
                    } catch (RunStoreException | IllegalArgumentException e) {
                        unreadable.add("run " + runId + " cannot be read back: " + e.getMessage());
                    }
                }
            }
            return runs;
        } catch (SQLException e) {
            throw failure("read runs", e);
        }
    }

    private List<EpochMetrics> epochs(long id) throws SQLException {
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

    /** Binds the values in order (NaN as SQL NULL) and runs the statement; returns the rows changed. */
    private int update(String what, String sql, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Double d && !Double.isFinite(d)) {
                    statement.setNull(i + 1, Types.DOUBLE);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
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

    /** All of {@code work}'s statements or none of them. */
    void inTransaction(String what, Runnable work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
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
