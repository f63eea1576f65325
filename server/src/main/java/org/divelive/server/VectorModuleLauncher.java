package org.divelive.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Full speed from a plain {@code java -jar divelive.jar}: the SIMD kernels need the JDK's {@code jdk.incubator.vector}
 * module in the boot layer, which only the command line can add (a jar manifest cannot carry {@code Add-Modules}).
 * So when this JVM lacks it but the JDK has it, the process starts the same {@code java} once more, with the same
 * JVM options and arguments plus {@code --add-modules jdk.incubator.vector}, and becomes a thin parent: the child
 * inherits standard input and output, its exit code becomes ours, and stopping the parent stops the child.
 *
 * <p>Why a re-execution and not a start script: the jar stays the one file users copy and run, on every operating
 * system, and a start script would be one more file whose flags can drift from the jar's. The cost is a second JVM
 * start (measured in the README).
 *
 * <p>The JVM prints "WARNING: Using incubator modules: jdk.incubator.vector" when that module is added. The user did
 * not add it, we did, and the kernels line says which kernels run, so the child's first line of standard error is
 * dropped if it is exactly that warning; everything else on standard error passes through unchanged.
 */
final class VectorModuleLauncher {
    static final String MODULE = "jdk.incubator.vector";
    /**
     * Set in the child's environment to the parent's process id: a child never re-executes itself, even if the module
     * still does not load, and it knows whose end is its own.
     */
    static final String GUARD = "DIVELIVE_VECTOR_CHILD";
    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: " + MODULE;
    /** Options the launchers read from the environment; the child gets them through the parent's JVM options. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

    private VectorModuleLauncher() {
    }

    /** Whether this JVM should hand over to one with the module: it lacks it, the JDK has it, and we are no child. */
    static boolean shouldRelaunch(Map<String, String> environment) {
        return ModuleLayer.boot().findModule(MODULE).isEmpty()
                && ModuleFinder.ofSystem().find(MODULE).isPresent()
                && !environment.containsKey(GUARD);
    }

    /** The child's command line: the same java, its options, the module, the class path, our main class, the args. */
    static List<String> childCommand(String java, List<String> jvmOptions, String classPath, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("--add-modules");
        command.add(MODULE);
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the arguments in a child JVM with the module and returns its exit code, or empty when this JVM should go
     * on by itself: it has the module already, the JDK has none, or the child could not be started.
     */
    static OptionalInt runWithVectorModule(String[] args) {
        if (!shouldRelaunch(System.getenv())) {
            return OptionalInt.empty();
        }
        List<String> command;
        try {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command = childCommand(java, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.class.path"), args);
        } catch (LinkageError | SecurityException e) {
            // a runtime without java.management cannot tell us its options: go on without SIMD and say so later
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().put(GUARD, Long.toString(ProcessHandle.current().pid()));
        OPTION_VARIABLES.forEach(builder.environment()::remove);
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            System.err.println("divelive: could not start Java again with " + MODULE + " (" + e.getMessage()
                    + "); going on without it");
            return OptionalInt.empty();
        }
        // Ctrl-C reaches both processes; a plain kill or `docker stop` reaches only this one: pass it on and wait,
        // so the child closes its run database cleanly before the parent is gone
        Thread stopChild = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }, "divelive-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        Thread errors = new Thread(() -> copyWithoutWarning(child.getErrorStream(), System.err),
                "divelive-child-stderr");
        errors.start();
        try {
            int exitCode = child.waitFor();
            errors.join();
            return OptionalInt.of(exitCode);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(1);
        }
    }

    /**
     * In a child, ends this JVM when its parent is gone. A parent killed with -9 cannot pass the signal on, and the
     * child would go on training unseen, its output going nowhere, while the operator believes it dead; so it exits
     * as a plain kill would make it, its shutdown hooks handing its runs back.
     */
    static void endWithParent(Map<String, String> environment) {
        String parent = environment.get(GUARD);
        if (parent == null) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(parent);
        } catch (NumberFormatException e) {
            return; // set by hand, not by a parent: nothing to follow
        }
        ProcessHandle.of(pid).ifPresentOrElse(handle -> handle.onExit().thenRun(() -> System.exit(1)),
                () -> System.exit(1));
    }

    /**
     * Copies the child's standard error byte for byte as it comes (a progress bar redraws with carriage returns), but
     * drops its first line when that is the JVM's incubator warning.
     */
    static void copyWithoutWarning(InputStream from, OutputStream to) {
        byte[] warning = (INCUBATOR_WARNING + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        try {
            // byte by byte while the text still matches the warning, so a short first line is passed on at once
            int matched = 0;
            while (matched < warning.length) {
                int next = from.read();
                if (next < 0 || next != (warning[matched] & 0xFF)) {
                    to.write(warning, 0, matched);
                    if (next >= 0) {
                        to.write(next);
                    }
                    to.flush();
                    break;
                }
                matched++;
            }
            byte[] buffer = new byte[8192];
            for (int n; (n = from.read(buffer)) >= 0; ) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // the child closed its end: nothing more to copy
        }
    }
}
