package org.divelive.server.runs.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setup.Setup;
import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunSpecParser;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.StoredRun;
import org.divelive.server.runs.store.RunStore;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The queue's one worker outlives whatever a run throws at it. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RunManagerTest {
    @TempDir
    Path dir;

    private static Setup spec(String json) throws Exception {
        return new RunSpecParser(Ceilings.SERVER_DEFAULTS).parse((ObjectNode) RunJson.MAPPER.readTree(json));
    }

    private static StoredRun awaitEnd(RunStore store, long id) throws InterruptedException {
        while (true) {
            StoredRun run = store.find(id).orElseThrow();
            if (run.status().isFinal()) {
                return run;
            }
            Thread.sleep(20);
        }
    }

    @Test
    void anOutOfMemoryErrorInOneRunFailsThatRunAndTheWorkerTrainsTheNext() throws Exception {
        FashionMnistSource fashionMnist = new FashionMnistSource(TestConfigs.server(dir).data());
        fashionMnist.prepare();
        AtomicBoolean thrown = new AtomicBoolean();
        Supplier<TrainTestSplit> failingOnce = () -> {
            if (thrown.compareAndSet(false, true)) {
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            }
            return fashionMnist.dataset();
        };
        try (RunStore store = RunStore.open(TestConfigs.database(dir));
                RunManager manager = new RunManager(store, fashionMnist, failingOnce, 1, 5, Limits.defaults(),
                        Ceilings.SERVER_DEFAULTS, Leases.defaults())) {
            long broken = manager.submit(spec("{\"model\": \"softmax\", \"epochs\": 1, \"trainSubset\": 500}")).id();
            long next = manager.submit(spec("{\"model\": \"linreg\"}")).id();
            StoredRun failed = awaitEnd(store, broken);
            assertEquals(RunStatus.FAILED, failed.status());
            assertTrue(failed.message().contains("OutOfMemoryError"), failed.message());
            assertEquals(RunStatus.FINISHED, awaitEnd(store, next).status(), "the same worker took the next run");
        }
    }

    @Test
    void aWorkerWithLowerCeilingsThanTheNodeThatTookARunInFailsItSayingWhich() throws Exception {
        FashionMnistSource fashionMnist = new FashionMnistSource(TestConfigs.server(dir).data());
        // as a worker started with --max-epochs 2 --max-hidden-units 64 sees runs a node took in under the defaults
        Ceilings worker = Ceilings.server(2, 64, 1, 60_000, 1024);
        try (RunStore store = RunStore.open(TestConfigs.database(dir));
                RunManager manager = new RunManager(store, fashionMnist, fashionMnist::dataset, 1, 5,
                        Limits.defaults(), worker, Leases.defaults().withWorker("small"))) {
            long tooLong = manager.submit(spec("{\"model\": \"linreg\", \"epochs\": 3}")).id();
            long fits = manager.submit(spec("{\"model\": \"linreg\", \"epochs\": 2}")).id();
            StoredRun refused = awaitEnd(store, tooLong);
            assertEquals(RunStatus.FAILED, refused.status());
            assertEquals(List.of(), refused.epochs(), "it trained nothing");
            assertTrue(refused.message().startsWith("worker small does not train it: ")
                    && refused.message().contains("epochs") && refused.message().contains("2"), refused.message());
            assertEquals(RunStatus.FINISHED, awaitEnd(store, fits).status());
        }
    }
}
