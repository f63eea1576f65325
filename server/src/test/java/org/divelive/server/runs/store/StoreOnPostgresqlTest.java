package org.divelive.server.runs.store;

import java.util.concurrent.atomic.AtomicInteger;

import org.divelive.server.testsupport.PostgresCluster;

/** The store's contract on a real PostgreSQL, a fresh database per test. */
class StoreOnPostgresqlTest extends StoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private Database database;

    @Override
    RunStore open() throws Exception {
        database = PostgresCluster.shared().createDatabase("contract_" + DATABASES.incrementAndGet());
        return RunStore.open(database);
    }

    @Override
    RunStore again() {
        return RunStore.open(database);
    }
}
