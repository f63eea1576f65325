package org.divelive.server.runs.api;

import java.nio.file.Path;

import org.divelive.math.setting.Ceilings;
import org.divelive.server.limits.Bounds;
import org.divelive.server.runs.queue.Leases;
import org.divelive.server.runs.store.Database;

/**
 * How a server runs training: where it keeps runs, how many it trains at once (0: a serving node that trains none)
 * and queues, the largest it accepts, the admin token (null: admin endpoints off), and how its workers hold runs.
 */
public record RunSettings(Database database, int concurrentRuns, int queueLength, Ceilings ceilings,
        String adminToken, Leases leases) {
    public static final int DEFAULT_CONCURRENT_RUNS = 1;
    public static final int DEFAULT_QUEUE_LENGTH = 20;
    public static final int MAX_CONCURRENT_RUNS = 64;
    public static final int MAX_QUEUE_LENGTH = 10_000;
    /** A shorter admin token could be guessed; a wrong one is also throttled per client. */
    public static final int MIN_ADMIN_TOKEN_LENGTH = 16;

    public RunSettings {
        Bounds.require("concurrent runs", concurrentRuns, 0, "0 (train none)", MAX_CONCURRENT_RUNS);
        Bounds.require("the queue length", queueLength, 1, MAX_QUEUE_LENGTH);
        // an empty environment variable means no token, not the empty token
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
        if (adminToken != null && adminToken.length() < MIN_ADMIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the admin token must be at least " + MIN_ADMIN_TOKEN_LENGTH
                    + " characters long (a shorter one can be guessed), was " + adminToken.length()
                    + "; e.g. openssl rand -base64 24");
        }
    }

    /** An H2 file and the default leases. */
    public RunSettings(Path database, int concurrentRuns, int queueLength, Ceilings ceilings, String adminToken) {
        this(Database.h2(database), concurrentRuns, queueLength, ceilings, adminToken, Leases.defaults());
    }

    public static RunSettings defaults() {
        return new RunSettings(defaultDatabase(), DEFAULT_CONCURRENT_RUNS, DEFAULT_QUEUE_LENGTH,
                Ceilings.SERVER_DEFAULTS, null);
    }

    /** {@code $XDG_DATA_HOME/divelive/divelive.mv.db}, else {@code ~/.local/share/divelive/divelive.mv.db}. */
    public static Path defaultDatabase() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("divelive").resolve("divelive" + Database.H2_SUFFIX);
    }

    public RunSettings withDatabase(Path file) {
        return withDatabase(Database.h2(file));
    }

    public RunSettings withDatabase(Database newDatabase) {
        return new RunSettings(newDatabase, concurrentRuns, queueLength, ceilings, adminToken, leases);
    }

    public RunSettings withAdminToken(String token) {
        return new RunSettings(database, concurrentRuns, queueLength, ceilings, token, leases);
    }

    public RunSettings withQueue(int concurrent, int length) {
        return new RunSettings(database, concurrent, length, ceilings, adminToken, leases);
    }

    public RunSettings withLeases(Leases newLeases) {
        return new RunSettings(database, concurrentRuns, queueLength, ceilings, adminToken, newLeases);
    }

    /** Never shows the admin token itself, only whether there is one: this string goes to logs. */
    @Override
    public String toString() {
        return "database " + database + ", " + concurrentRuns + " run(s) at a time, up to "
                + queueLength + " queued, ceilings " + ceilings + ", admin token " + (adminToken != null ? "set"
                : "not set (admin endpoints off)") + ", " + leases;
    }
}
