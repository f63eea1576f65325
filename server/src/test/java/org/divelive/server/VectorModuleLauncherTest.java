package org.divelive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VectorModuleLauncherTest {

    @Test
    void theChildRunsTheSameJavaWithTheSameOptionsAndArgumentsPlusTheModule() {
        assertEquals(List.of("/jdk/bin/java", "-Xmx2g", "-Dx=1", "--add-modules", "jdk.incubator.vector", "-cp",
                        "divelive.jar", "org.divelive.server.Main", "train", "--model", "mlp"),
                VectorModuleLauncher.childCommand("/jdk/bin/java", List.of("-Xmx2g", "-Dx=1"), "divelive.jar",
                        new String[] {"train", "--model", "mlp"}));
    }

    @Test
    void aJvmThatHasTheModuleOrIsTheChildDoesNotStartAnother() {
        // surefire starts this JVM with --add-modules jdk.incubator.vector
        assertFalse(VectorModuleLauncher.shouldRelaunch(Map.of()));
        assertFalse(VectorModuleLauncher.shouldRelaunch(Map.of(VectorModuleLauncher.GUARD, "1")));
    }

    @Test
    void theIncubatorWarningIsDroppedFromTheChildsStandardErrorAndEverythingElsePassesThrough() {
        String rest = "Training … with vector kernels\r[###...] 10%\rfinished\n";
        assertEquals(rest, copied(VectorModuleLauncher.INCUBATOR_WARNING + System.lineSeparator() + rest));
        assertEquals(rest, copied(rest));
        assertEquals("WARNING: Using incubator modules: jdk.incubator.vector, jdk.incubator.foreign\n",
                copied("WARNING: Using incubator modules: jdk.incubator.vector, jdk.incubator.foreign\n"));
        assertEquals("WARN", copied("WARN"));
        assertEquals("", copied(""));
    }

    private static String copied(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorModuleLauncher.copyWithoutWarning(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
