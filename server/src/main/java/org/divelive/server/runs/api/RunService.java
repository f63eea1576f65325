package org.divelive.server.runs.api;

import io.javalin.config.RoutesConfig;
import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.limits.ClientPermits;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.queue.RunManager;
import org.divelive.server.runs.store.RunStore;

/** Training runs as one feature of the site: the store, the manager and the API, opened and closed together. */
public record RunService(RunStore store, RunManager manager, RunRoutes routes) implements AutoCloseable {

    /** Opens (or creates) the database and starts the workers. */
    public static RunService open(RunSettings settings, Limits limits, ClientPermits downloads,
            FashionMnistSource fashionMnist) {
        RunStore store = RunStore.open(settings.database());
        RunManager manager = new RunManager(store, fashionMnist, settings.concurrentRuns(), settings.queueLength(),
                limits, settings.ceilings(), settings.leases());
        return new RunService(store, manager, new RunRoutes(manager, store, settings, limits, downloads));
    }

    public void register(RoutesConfig javalinRoutes) {
        register(javalinRoutes, RunOwnership.ANYONE);
    }

    /** The API, with {@code ownership} deciding whose run a new one is (and so which limit it counts against). */
    public void register(RoutesConfig javalinRoutes, RunOwnership ownership) {
        routes.register(javalinRoutes, ownership);
    }

    /** Ends queued and running runs as interrupted; the database stays open for the class tables sharing it. */
    public void stopTraining() {
        routes.close();
        manager.close();
    }

    /** Closes the database: last, once everything that shares its pool has stopped. */
    @Override
    public void close() {
        store.close();
    }
}
