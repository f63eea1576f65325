package org.divelive.server.runs.store;

import java.util.concurrent.atomic.AtomicInteger;

import org.divelive.server.testsupport.PostgresCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store's contract on a real PostgreSQL, a fresh database per test. */
class StoreOnPostgresqlTest extends StoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresCluster postgres;
    private Database database;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresCluster.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    RunStore open() throws Exception {
        database = postgres.createDatabase("contract_" + DATABASES.incrementAndGet());
        return RunStore.open(database);
    }

    @Override
    RunStore again() {
        return RunStore.open(database);
    }
}
