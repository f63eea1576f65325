package org.divelive.server.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code divelive} in a process of its own, as users run it, so a test can kill it as the kernel would
 * ({@link #kill}: SIGKILL, no shutdown hook). Its log shows on the test's output, prefixed with its label.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final CompletableFuture<Matcher> awaited = new CompletableFuture<>();
    private volatile Pattern awaitedPattern;

    private ChildJvm(Process process, String label, Pattern ready) {
        this.process = process;
        this.awaitedPattern = ready;
        Thread reader = new Thread(() -> {
            try (BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = log.readLine(); line != null; line = log.readLine()) {
                    System.out.println("[" + label + "] " + line);
                    Pattern pattern = awaitedPattern;
                    Matcher matcher = pattern == null ? null : pattern.matcher(line);
                    if (matcher != null && matcher.find()) {
                        awaitedPattern = null;
                        awaited.complete(matcher);
                    }
                }
                awaited.completeExceptionally(new IllegalStateException(label + " ended before it logged "
                        + awaitedPattern));
            } catch (IOException e) {
                awaited.completeExceptionally(e);
            }
        }, "child-log-" + label);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code org.divelive.server.Main} with {@code args} on this test's class path and waits until its log
     * matches {@code ready}; returns the child with that match.
     */
    public static ChildJvm start(String label, Pattern ready, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                "org.divelive.server.Main"));
        command.addAll(List.of(args));
        ChildJvm child = new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start(), label, ready);
        child.awaited.get(90, TimeUnit.SECONDS);
        return child;
    }

    /** What the ready line matched. */
    public Matcher ready() {
        return awaited.join();
    }

    /** SIGKILL: the process ends at once, with no shutdown hook and nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the process's shutdown hook ends its runs as a stopped server does. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
