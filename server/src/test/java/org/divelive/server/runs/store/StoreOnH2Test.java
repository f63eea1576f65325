package org.divelive.server.runs.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The store's contract on an H2 file; "two nodes" are two stores in one process (H2 allows that, not two processes). */
class StoreOnH2Test extends StoreContract {
    @TempDir
    Path dir;

    @Override
    RunStore open() {
        return RunStore.open(dir.resolve("runs.mv.db"));
    }

    @Override
    RunStore again() {
        return open();
    }
}
