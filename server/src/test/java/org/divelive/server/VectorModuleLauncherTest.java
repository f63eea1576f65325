package org.divelive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

    /** A child as the launcher starts one: it follows its parent, then waits as a server would. */
    static final class FollowingChild {
        public static void main(String[] args) throws InterruptedException {
            VectorModuleLauncher.endWithParent(System.getenv());
            System.out.println("following");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }
    }

    @Test
    void aChildWhoseParentIsKilledEndsInsteadOfTrainingOnUnseen() throws Exception {
        Process parent = new ProcessBuilder("sleep", "120").start();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FollowingChild.class.getName())
                .redirectErrorStream(true);
        builder.environment().put(VectorModuleLauncher.GUARD, Long.toString(parent.pid()));
        Process child = builder.start();
        try {
            assertEquals("following", new String(child.getInputStream().readNBytes(9), StandardCharsets.UTF_8));
            assertFalse(child.waitFor(300, TimeUnit.MILLISECONDS), "the child waits while its parent lives");
            parent.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ended after its parent");
            assertEquals(1, child.exitValue());
        } finally {
            parent.destroyForcibly();
            child.destroyForcibly();
        }
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
