package org.divelive.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.divelive.math.PackageLayers;
import org.junit.jupiter.api.Test;

/**
 * Training runs in layers: the run's domain types (runs itself) first, then the H2 store, the queue that trains and
 * records through the store, and the HTTP API over both. Nothing below knows what sits above it.
 */
class RunsPackageLayersTest {
    private static final PackageLayers RUNS = PackageLayers.read(Path.of("src/main/java/org/divelive/server/runs"),
            "org.divelive.server.runs", List.of("", "store", "queue", "api"));

    @Test
    void theDomainTheStoreTheQueueAndTheApiUseOnlyWhatComesBeforeThem() {
        assertEquals(Set.of("", "store", "queue", "api"), RUNS.packages());
        assertEquals(List.of(), RUNS.usesOfLaterLayers());
        assertEquals(List.of(), RUNS.cycles());
    }
}
