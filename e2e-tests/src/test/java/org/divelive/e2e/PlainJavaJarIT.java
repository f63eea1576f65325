package org.divelive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar started as a user types it, {@code java -jar divelive.jar …}, with no JVM flag. */
class PlainJavaJarIT {
    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("divelive.jar"));
        assertTrue(Files.isRegularFile(jar), "the build made " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // as on a user's machine: no option from the test JVM's environment
        builder.environment().keySet().removeIf(name -> name.startsWith("DIVELIVE_") || name.endsWith("JAVA_OPTIONS")
                || name.equals("JAVA_TOOL_OPTIONS"));
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the command ends");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void trainWithoutFlagsUsesTheSimdKernelsWhereTheJdkHasTheVectorModule() throws Exception {
        Result result = run("train", "--model", "linreg", "--epochs", "1");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("epoch  train loss"), result.out());
        if (ModuleFinder.ofSystem().find("jdk.incubator.vector").isPresent()) {
            assertTrue(result.err().contains(" with vector "), "the SIMD kernels: " + result.err());
            assertFalse(result.err().contains("WARNING: Using incubator modules"), result.err());
        } else {
            assertTrue(result.err().contains("Kernels: portable") && result.err().contains("20 times slower"),
                    "the portable kernels and their cost, on standard error: " + result.err());
        }
    }

    @Test
    void theCommandsExitCodeAndErrorLinePassThroughTheRestart() throws Exception {
        Result result = run("train", "--model", "perceptron");
        assertEquals(2, result.exitCode(), result.err());
        List<String> lines = result.err().lines().toList();
        assertEquals(1, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith("divelive train: "), lines.get(0));
    }
}
