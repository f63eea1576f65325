package org.divelive.server.runs.api;

import io.javalin.config.RoutesConfig;
import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.runs.queue.RunManager;
import org.divelive.server.runs.store.RunStore;

/** Training runs as one feature of the site: the store, the manager and the API, opened and closed together. */
public final class RunService implements AutoCloseable {
    private final RunStore store;
    private final RunManager manager;
    private final RunSettings settings;

    private RunService(RunStore store, RunManager manager, RunSettings settings) {
        this.store = store;
        this.manager = manager;
        this.settings = settings;
    }

    /** Opens (or creates) the database and starts the workers. */
    public static RunService open(RunSettings settings, FashionMnistSource fashionMnist) {
        RunStore store = RunStore.open(settings.database());
        RunManager manager = new RunManager(store, fashionMnist, settings.concurrentRuns(), settings.queueLength());
        return new RunService(store, manager, settings);
    }

    public void register(RoutesConfig javalinRoutes) {
        register(javalinRoutes, RunOwnership.ANYONE);
    }

    /** The API, with {@code ownership} deciding whose run a new one is (and so which limit it counts against). */
    public void register(RoutesConfig javalinRoutes, RunOwnership ownership) {
        new RunRoutes(manager, store, settings, ownership).register(javalinRoutes);
    }

    public RunStore store() {
        return store;
    }

    public RunManager manager() {
        return manager;
    }

    /** Ends queued and running runs as interrupted, then closes the database. */
    @Override
    public void close() {
        manager.close();
        store.close();
    }
}
