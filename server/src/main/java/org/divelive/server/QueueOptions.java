package org.divelive.server;

import java.time.Duration;

import org.divelive.server.runs.api.RunSettings;
import org.divelive.server.runs.queue.Leases;
import org.divelive.server.runs.store.Database;
import picocli.CommandLine.Option;

/**
 * The run database, how many runs this process trains and how it holds them: the flags {@code serve} and
 * {@code worker} share.
 */
final class QueueOptions {
    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "${env:DIVELIVE_DB}",
            description = "The run database: an H2 file ending in .mv.db, or a PostgreSQL database shared by serving "
                    + "nodes and workers, jdbc:postgresql://HOST[:PORT]/DB[?user=…&password=…] (user and password "
                    + "also from env " + Database.USER_ENV + " and " + Database.PASSWORD_ENV + "; env DIVELIVE_DB; "
                    + "default $XDG_DATA_HOME/divelive/divelive.mv.db, else ~/.local/share/divelive/divelive.mv.db).")
    String database;

    @Option(names = "--concurrent-runs", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_CONCURRENT_RUNS:-" + RunSettings.DEFAULT_CONCURRENT_RUNS + "}",
            description = "Training runs at a time; 0 on a serving node that leaves training to workers (a worker "
                    + "trains at least 1; env DIVELIVE_CONCURRENT_RUNS; default ${DEFAULT-VALUE}).")
    int concurrentRuns;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "${env:DIVELIVE_WORKER_NAME}",
            description = "The name this process trains runs under, shown in each run's \"worker\" (env "
                    + "DIVELIVE_WORKER_NAME; default: host name and process id).")
    String name;

    @Option(names = "--lease-seconds", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_LEASE_SECONDS:-15}",
            description = "A run whose worker has not renewed its lease for this long is trained again by another "
                    + "worker (env DIVELIVE_LEASE_SECONDS; default ${DEFAULT-VALUE}).")
    long leaseSeconds;

    @Option(names = "--run-attempts", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_RUN_ATTEMPTS:-" + Leases.DEFAULT_ATTEMPTS + "}",
            description = "Starts a run gets in all when its workers keep dying; then it ends as interrupted (env "
                    + "DIVELIVE_RUN_ATTEMPTS; default ${DEFAULT-VALUE}).")
    int attempts;

    /** @throws IllegalArgumentException naming the bad flag */
    Database database() {
        return database == null || database.isBlank() ? Database.h2(RunSettings.defaultDatabase())
                : Database.parse(database, System.getenv());
    }

    Leases leases() {
        return new Leases(name == null || name.isBlank() ? Leases.defaultWorkerName() : name,
                Duration.ofSeconds(leaseSeconds), attempts);
    }
}
