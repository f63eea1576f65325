package org.divelive.server.classes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.divelive.server.classes.Learner;
import org.divelive.server.classes.SchoolClass;
import org.divelive.server.classes.StoredSubmission;
import org.divelive.server.classes.SubmissionStatus;
import org.divelive.server.runs.store.Dialect;
import org.divelive.server.runs.store.RunStore;
import org.divelive.server.runs.store.RunStoreException;

/**
 * Classes, learners, their progress and their submissions, in the run database (tables from migrations 3 and 5 of
 * the run store's schema), on the run store's connection pool. Token and recovery-code digests go in and are compared
 * by the caller; they never come out in a list.
 */
public final class ClassStore implements AutoCloseable {
    /** The SQL state of a broken unique constraint, in H2 and PostgreSQL alike. */
    private static final String DUPLICATE = "23505";

    private final DataSource source;
    private final Dialect dialect;

    private ClassStore(DataSource source, Dialect dialect) {
        this.source = source;
        this.dialect = dialect;
    }

    /** The class tables of the run database, on its connection pool. */
    public static ClassStore open(RunStore runs) {
        return new ClassStore(runs.dataSource(), runs.dialect());
    }

    // ---- classes

    public synchronized SchoolClass createClass(String name, String joinCode, Instant now) {
        long id = insert("create a class", "INSERT INTO classes (name, join_code, created_at) VALUES (?, ?, ?)",
                name, joinCode, now.toEpochMilli());
        return new SchoolClass(id, name, joinCode, false, Instant.ofEpochMilli(now.toEpochMilli()));
    }

    public synchronized Optional<SchoolClass> findClass(long id) {
        return classes("WHERE id = ?", id).stream().findFirst();
    }

    public synchronized Optional<SchoolClass> findClassByCode(String joinCode) {
        return classes("WHERE join_code = ?", joinCode).stream().findFirst();
    }

    public synchronized List<SchoolClass> classes() {
        return classes("", null);
    }

    public synchronized boolean updateClass(long id, String name, Boolean closed) {
        int changed = 0;
        if (name != null) {
            changed = update("rename class " + id, "UPDATE classes SET name = ? WHERE id = ?", name, id);
        }
        if (closed != null) {
            changed = update("close class " + id, "UPDATE classes SET closed = ? WHERE id = ?", closed, id);
        }
        return changed == 1;
    }

    /**
     * Counts one more change in the class (of {@code kind}, "joined", "progress", …): what dashboards on every node
     * poll, so a change taken in by any node reaches them all.
     */
    public synchronized void changed(long classId, String kind) {
        update("count a change of class " + classId, "UPDATE classes SET changes = changes + 1, last_change = ? WHERE "
                + "id = ?", kind, classId);
    }

    /** How often a class changed, and how last. */
    public record Changes(long count, String lastKind) {
    }

    /** The change counts of those of the classes that exist, in one query. */
    public synchronized Map<Long, Changes> changes(Collection<Long> classIds) {
        Map<Long, Changes> changes = new HashMap<>();
        if (classIds.isEmpty()) {
            return changes;
        }
        String sql = "SELECT id, changes, last_change FROM classes WHERE id IN ("
                + String.join(", ", Collections.nCopies(classIds.size(), "?")) + ")";
        try (Connection connection = source.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, classIds.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.put(rows.getLong(1), new Changes(rows.getLong(2), rows.getString(3)));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw failure("read the change counts of classes", e);
        }
    }

    /** Removes the class with its learners, their progress and submissions. */
    public synchronized boolean deleteClass(long id) {
        return update("delete class " + id, "DELETE FROM classes WHERE id = ?", id) == 1;
    }

    public synchronized Map<Long, Integer> learnerCounts() {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT class_id, COUNT(*) FROM learners GROUP BY class_id")) {
            while (rows.next()) {
                counts.put(rows.getLong(1), rows.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw failure("count learners", e);
        }
    }

    // ---- learners

    /** A new learner, or empty when the class already has one of that name. */
    public synchronized Optional<Learner> addLearner(long classId, String name, Instant now) {
        try {
            long id = insert("add a learner", "INSERT INTO learners (class_id, name, recovery_digest, joined_at) "
                    + "VALUES (?, ?, ?, ?)", classId, name, new byte[32], now.toEpochMilli());
            return Optional.of(new Learner(id, classId, name, Instant.ofEpochMilli(now.toEpochMilli())));
        } catch (RunStoreException e) {
            if (e.getCause() instanceof SQLException sql && DUPLICATE.equals(sql.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Sets the digest of the learner's recovery code and signs in the device that joined with the token's. */
    public synchronized void setSecrets(long learnerId, byte[] tokenDigest, byte[] recoveryDigest, Instant now) {
        update("set a learner's recovery code", "UPDATE learners SET recovery_digest = ? WHERE id = ?", recoveryDigest,
                learnerId);
        update("sign in a learner's device", "INSERT INTO learner_tokens (learner_id, token_digest, created_at) "
                + "VALUES (?, ?, ?)", learnerId, tokenDigest, now.toEpochMilli());
    }

    /**
     * Signs in one more device of the learner, keeping the others, at most {@code maxDevices} in all: past that the
     * oldest are signed out. Returns how many were.
     */
    public synchronized int addToken(long learnerId, byte[] tokenDigest, Instant now, int maxDevices) {
        update("sign in a learner's device", "INSERT INTO learner_tokens (learner_id, token_digest, created_at) "
                + "VALUES (?, ?, ?)", learnerId, tokenDigest, now.toEpochMilli());
        List<Object[]> newestFirst = rows("read a learner's devices", "SELECT token_digest FROM learner_tokens WHERE "
                + "learner_id = ? ORDER BY created_at DESC", learnerId);
        int signedOut = 0;
        for (Object[] oldest : newestFirst.subList(Math.min(maxDevices, newestFirst.size()), newestFirst.size())) {
            signedOut += update("sign out a learner's oldest device", "DELETE FROM learner_tokens WHERE learner_id = ? "
                    + "AND token_digest = ?", learnerId, oldest[0]);
        }
        return signedOut;
    }

    public synchronized Optional<Learner> findLearner(long id) {
        return learners("WHERE id = ?", id).stream().findFirst();
    }

    public synchronized Optional<Learner> findLearnerByName(long classId, String name) {
        try (Connection connection = source.getConnection();
                PreparedStatement select = connection.prepareStatement(LEARNER_COLUMNS
                + " WHERE class_id = ? AND name = ?")) {
            select.setLong(1, classId);
            select.setString(2, name);
            return readLearners(select).stream().findFirst();
        } catch (SQLException e) {
            throw failure("find a learner", e);
        }
    }

    public synchronized List<Learner> learners(long classId) {
        return learners("WHERE class_id = ? ORDER BY name", classId);
    }

    /** The digests of the tokens of every device the learner is signed in on. */
    public synchronized List<byte[]> tokenDigests(long learnerId) {
        return rows("read a learner's tokens", "SELECT token_digest FROM learner_tokens WHERE learner_id = ?",
                learnerId).stream().map(row -> (byte[]) row[0]).toList();
    }

    public synchronized Optional<byte[]> recoveryDigest(long learnerId) {
        return rows("read a learner's recovery code", "SELECT recovery_digest FROM learners WHERE id = ?", learnerId)
                .stream().map(row -> (byte[]) row[0]).findFirst();
    }

    // ---- progress

    public synchronized void mark(long learnerId, String slug, boolean done, Instant now) {
        update("mark a lesson", dialect.upsert("lesson_marks", List.of("learner_id", "slug"),
                List.of("learner_id", "slug", "done", "updated_at")), learnerId, slug, done, now.toEpochMilli());
    }

    /** Counts one more try; {@code solved} stays true once an answer was right. Returns tries and solved. */
    public synchronized Attempt attempt(long learnerId, String slug, String exercise, boolean right, Instant now) {
        Attempt before = attempts(learnerId).getOrDefault(slug + "#" + exercise, new Attempt(slug, exercise, 0,
                false));
        Attempt after = new Attempt(slug, exercise, before.tries() + 1, before.solved() || right);
        update("record an attempt", dialect.upsert("exercise_attempts", List.of("learner_id", "slug", "exercise"),
                List.of("learner_id", "slug", "exercise", "tries", "solved", "updated_at")), learnerId, slug, exercise,
                after.tries(), after.solved(), now.toEpochMilli());
        return after;
    }

    /** One exercise's record for one learner. */
    public record Attempt(String slug, String exercise, int tries, boolean solved) {
    }

    /** The learner's done marks: slug → done. */
    public synchronized Map<String, Boolean> marks(long learnerId) {
        Map<String, Boolean> marks = new LinkedHashMap<>();
        for (Object[] row : rows("read done marks", "SELECT slug, done FROM lesson_marks WHERE learner_id = ?",
                learnerId)) {
            marks.put((String) row[0], (Boolean) row[1]);
        }
        return marks;
    }

    /** The learner's exercises by {@code slug#exercise}. */
    public synchronized Map<String, Attempt> attempts(long learnerId) {
        Map<String, Attempt> attempts = new LinkedHashMap<>();
        for (Object[] row : rows("read attempts", "SELECT slug, exercise, tries, solved FROM exercise_attempts "
                + "WHERE learner_id = ?", learnerId)) {
            attempts.put(row[0] + "#" + row[1], new Attempt((String) row[0], (String) row[1], (Integer) row[2],
                    (Boolean) row[3]));
        }
        return attempts;
    }

    /** Every learner of the class: learner id → slug → done, in one query for the dashboard. */
    public synchronized Map<Long, Map<String, Boolean>> classMarks(long classId) {
        Map<Long, Map<String, Boolean>> marks = new LinkedHashMap<>();
        for (Object[] row : rows("read the class's marks", "SELECT m.learner_id, m.slug, m.done FROM lesson_marks m "
                + "JOIN learners l ON l.id = m.learner_id WHERE l.class_id = ?", classId)) {
            marks.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>()).put((String) row[1], (Boolean) row[2]);
        }
        return marks;
    }

    /** Every learner of the class: learner id → their attempts. */
    public synchronized Map<Long, List<Attempt>> classAttempts(long classId) {
        Map<Long, List<Attempt>> attempts = new LinkedHashMap<>();
        for (Object[] row : rows("read the class's attempts", "SELECT a.learner_id, a.slug, a.exercise, a.tries, "
                + "a.solved FROM exercise_attempts a JOIN learners l ON l.id = a.learner_id WHERE l.class_id = ?",
                classId)) {
            attempts.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new Attempt((String) row[1],
                    (String) row[2], (Integer) row[3], (Boolean) row[4]));
        }
        return attempts;
    }

    public synchronized void addRun(long learnerId, long runId) {
        update("record a learner's run", "INSERT INTO learner_runs (run_id, learner_id) VALUES (?, ?)", runId,
                learnerId);
    }

    /** Learner id → how many server runs they started. */
    public synchronized Map<Long, Integer> classRunCounts(long classId) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Object[] row : rows("count the class's runs", "SELECT r.learner_id, COUNT(*) FROM learner_runs r "
                + "JOIN learners l ON l.id = r.learner_id WHERE l.class_id = ? GROUP BY r.learner_id", classId)) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    // ---- submissions

    /** A submission queued with its verification run (queued already, so no sweep finds it without one). */
    public synchronized long createSubmission(long learnerId, String assignment, String config, long runId,
            Instant now) {
        return insert("record a submission", "INSERT INTO submissions (learner_id, assignment, config, status, "
                + "run_id, created_at) VALUES (?, ?, ?, ?, ?, ?)", learnerId, assignment, config,
                SubmissionStatus.QUEUED.word(), runId, now.toEpochMilli());
    }

    /**
     * Queues an unjudged submission again whose verification run {@code interruptedRun} was interrupted: its row is
     * locked with {@code FOR UPDATE SKIP LOCKED}, as workers claim runs, so of the nodes that see it at the same
     * moment exactly one queues the new run ({@code newRun}) while the others pass it by. False if another node has it
     * or got there first.
     */
    public synchronized boolean requeue(long id, long interruptedRun, LongSupplier newRun) {
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean held;
                try (PreparedStatement select = connection.prepareStatement("SELECT id FROM submissions WHERE id = ? "
                        + "AND COALESCE(run_id, 0) = ? AND status IN (?, ?) FOR UPDATE SKIP LOCKED")) {
                    bind(select, id, interruptedRun, SubmissionStatus.QUEUED.word(),
                            SubmissionStatus.VERIFYING.word());
                    try (ResultSet row = select.executeQuery()) {
                        held = row.next();
                    }
                }
                if (held) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE submissions SET status = ?, "
                            + "run_id = ?, requeues = requeues + 1 WHERE id = ?")) {
                        bind(update, SubmissionStatus.QUEUED.word(), newRun.getAsLong(), id);
                        update.executeUpdate();
                    }
                }
                connection.commit();
                return held;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("queue submission " + id + " again", e);
        }
    }

    /** Marks a queued submission verifying; false if it was not queued (another node got there first). */
    public synchronized boolean verifying(long id) {
        return update("mark submission " + id + " verifying", "UPDATE submissions SET status = ? WHERE id = ? AND "
                + "status = ?", SubmissionStatus.VERIFYING.word(), id, SubmissionStatus.QUEUED.word()) == 1;
    }

    /** Judges an unjudged submission; false if it was judged already (by another node, say). */
    public synchronized boolean judge(long id, SubmissionStatus status, String message, double trainLoss,
            double trainAccuracy, double testLoss, double testAccuracy, Instant now) {
        return update("judge submission " + id, "UPDATE submissions SET status = ?, message = ?, train_loss = ?, "
                + "train_acc = ?, test_loss = ?, test_acc = ?, finished_at = ? WHERE id = ? AND status IN (?, ?)",
                status.word(), message, trainLoss, trainAccuracy, testLoss, testAccuracy, now.toEpochMilli(), id,
                SubmissionStatus.QUEUED.word(), SubmissionStatus.VERIFYING.word()) == 1;
    }

    public synchronized Optional<StoredSubmission> findSubmission(long id) {
        return submissions("WHERE s.id = ?", id).stream().findFirst();
    }

    public synchronized Optional<StoredSubmission> submissionOfRun(long runId) {
        return submissions("WHERE s.run_id = ?", runId).stream().findFirst();
    }

    /** Submissions not yet judged, oldest first: what a restart re-queues. */
    public synchronized List<StoredSubmission> unjudged() {
        return submissions("WHERE s.status IN ('" + SubmissionStatus.QUEUED.word() + "', '"
                + SubmissionStatus.VERIFYING.word() + "') ORDER BY s.id", null);
    }

    public synchronized List<StoredSubmission> submissions(long learnerId, String assignment) {
        List<StoredSubmission> all = submissions("WHERE s.learner_id = ? ORDER BY s.id", learnerId);
        return all.stream().filter(s -> s.assignment().equals(assignment)).toList();
    }

    public synchronized List<StoredSubmission> classSubmissions(long classId) {
        return submissions("JOIN learners l ON l.id = s.learner_id WHERE l.class_id = ? ORDER BY s.id", classId);
    }

    /** The pool is the run store's, which closes it. */
    @Override
    public void close() {
        // nothing of its own to close
    }

    // ---- plumbing

    private static final String LEARNER_COLUMNS = "SELECT id, class_id, name, joined_at FROM learners";

    private List<SchoolClass> classes(String where, Object parameter) {
        List<SchoolClass> classes = new ArrayList<>();
        for (Object[] row : rows("read classes", "SELECT id, name, join_code, closed, created_at FROM classes "
                + where + " ORDER BY id", parameter)) {
            classes.add(new SchoolClass((Long) row[0], (String) row[1], (String) row[2], (Boolean) row[3],
                    Instant.ofEpochMilli((Long) row[4])));
        }
        return classes;
    }

    private List<Learner> learners(String where, Object parameter) {
        try (Connection connection = source.getConnection();
                PreparedStatement select = connection.prepareStatement(LEARNER_COLUMNS + " " + where)) {
            select.setObject(1, parameter);
            return readLearners(select);
        } catch (SQLException e) {
            throw failure("read learners", e);
        }
    }

    private static List<Learner> readLearners(PreparedStatement select) throws SQLException {
        List<Learner> learners = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                learners.add(new Learner(rows.getLong(1), rows.getLong(2), rows.getString(3),
                        Instant.ofEpochMilli(rows.getLong(4))));
            }
        }
        return learners;
    }

    private List<StoredSubmission> submissions(String where, Object parameter) {
        List<StoredSubmission> submissions = new ArrayList<>();
        for (Object[] row : rows("read submissions", "SELECT s.id, s.learner_id, s.assignment, s.config, s.status, "
                + "s.run_id, s.message, s.train_loss, s.train_acc, s.test_loss, s.test_acc, s.created_at, "
                + "s.finished_at, s.requeues FROM submissions s " + where, parameter)) {
            submissions.add(new StoredSubmission((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                    SubmissionStatus.of((String) row[4]), row[5] == null ? 0 : (Long) row[5], (String) row[6],
                    number(row[7]), number(row[8]), number(row[9]), number(row[10]),
                    Instant.ofEpochMilli((Long) row[11]), row[12] == null ? null : Instant.ofEpochMilli((Long) row[12]),
                    ((Number) row[13]).intValue()));
        }
        return submissions;
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private List<Object[]> rows(String what, String sql, Object parameter) {
        try (Connection connection = source.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setObject(1, parameter);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private long insert(String what, String sql, Object... parameters) {
        try (Connection connection = source.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, parameters);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private int update(String what, String sql, Object... parameters) {
        try (Connection connection = source.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, parameters);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** NaN is stored as NULL: "not measured". */
    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Double number && Double.isNaN(number)) {
                statement.setNull(i + 1, Types.DOUBLE);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static RunStoreException failure(String what, SQLException e) {
        return new RunStoreException("cannot " + what + " in the database: " + e.getMessage(), e);
    }
}
