package org.divelive.server.runs.store;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What differs between H2 and PostgreSQL in our SQL, and only that: two column types, the upsert and the lock that
 * keeps two nodes from migrating one database at once. Everything else the store writes is standard SQL both take.
 */
public enum Dialect {
    /** H2's own types and MERGE … KEY; a file has one process, so migrating needs no lock. */
    H2,
    /**
     * PostgreSQL's types and INSERT … ON CONFLICT; a transaction-scoped advisory lock (any constant key, the same on
     * every node) makes a second node starting at the same moment wait, then find the schema already migrated.
     */
    POSTGRESQL;

    static Dialect of(Database database) {
        return database.isPostgresql() ? POSTGRESQL : H2;
    }

    /** A migration's statement with its type placeholders filled in: {@code ${blob}}, {@code ${digest}}. */
    String sql(String template) {
        return switch (this) {
            case H2 -> template.replace("${blob}", "BINARY LARGE OBJECT").replace("${digest}", "BINARY(32)");
            case POSTGRESQL -> template.replace("${blob}", "BYTEA").replace("${digest}", "BYTEA");
        };
    }

    /** Null when the database needs no lock around migrations. */
    String migrationLock() {
        return this == POSTGRESQL ? "SELECT pg_advisory_xact_lock(7140001)" : null;
    }

    /** Whether DDL can roll back with the transaction it ran in (PostgreSQL), or commits as it runs (H2). */
    boolean transactionalDdl() {
        return this == POSTGRESQL;
    }

    /** Inserts a row, or updates the row with the same {@code keys}: one statement, a placeholder per column. */
    public String upsert(String table, List<String> keys, List<String> columns) {
        String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
        String names = String.join(", ", columns);
        if (this == H2) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", keys) + ") VALUES ("
                    + placeholders + ")";
        }
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + placeholders + ") ON CONFLICT ("
                + String.join(", ", keys) + ") DO UPDATE SET " + columns.stream().filter(c -> !keys.contains(c))
                .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    }
}
