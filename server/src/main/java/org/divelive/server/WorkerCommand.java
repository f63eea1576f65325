package org.divelive.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.divelive.math.setting.Ceilings;
import org.divelive.server.compute.KernelSelection;
import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.api.RunSettings;
import org.divelive.server.runs.queue.Leases;
import org.divelive.server.runs.queue.RunManager;
import org.divelive.server.runs.store.Database;
import org.divelive.server.runs.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code worker}: trains the runs queued in a shared PostgreSQL database and serves no pages, until the process is
 * stopped. Serving nodes ({@code serve --concurrent-runs 0}) take the runs in; any number of workers on any
 * machines train them.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Train runs queued in a shared PostgreSQL database (serves no pages).")
final class WorkerCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    QueueOptions queue;

    @Mixin
    DataOptions data;

    @Mixin
    RunLimitOptions runLimits;

    @Override
    public Integer call() throws InterruptedException {
        Database db;
        Leases leases;
        Limits limits;
        Ceilings ceilings;
        try {
            db = queue.database();
            leases = queue.leases();
            limits = runLimits.applyTo(Limits.defaults());
            ceilings = runLimits.ceilings();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!db.isPostgresql()) {
            throw new ParameterException(spec.commandLine(), "--db must be the jdbc:postgresql://… database the "
                    + "serving nodes use: an H2 file is one process's alone, so no server would see this worker's runs");
        }
        int concurrentRuns = queue.concurrentRuns;
        if (concurrentRuns < 1 || concurrentRuns > RunSettings.MAX_CONCURRENT_RUNS) {
            throw new ParameterException(spec.commandLine(), "--concurrent-runs must be from 1 to "
                    + RunSettings.MAX_CONCURRENT_RUNS + " for a worker, was " + concurrentRuns);
        }
        KernelSelection.install();
        FashionMnistSource fashionMnist = new FashionMnistSource(data.settings());
        fashionMnist.prepareInBackground();
        RunStore store = RunStore.open(db);
        RunManager manager = new RunManager(store, fashionMnist, concurrentRuns, RunSettings.DEFAULT_QUEUE_LENGTH,
                limits, ceilings, leases);
        LOG.info("DiveLive worker {} trains up to {} run(s) at a time from {} ({}; ceilings {}; {})", leases.worker(),
                concurrentRuns, db, leases, ceilings, limits);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C or a plain kill: the runs it trains end as interrupted; a kill -9 leaves them to other workers
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            manager.close();
            store.close();
            stopped.countDown();
        }, "divelive-worker-shutdown"));
        stopped.await();
        return 0;
    }
}
