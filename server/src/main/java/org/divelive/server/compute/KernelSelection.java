package org.divelive.server.compute;

import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.divelive.math.kernel.Compute;
import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.PortableKernels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the kernels every model in this JVM uses, once at start-up: the SIMD {@link VectorKernels} on all cores
 * when the JVM has the {@code jdk.incubator.vector} module (a plain {@code java -jar} gets it through
 * {@code VectorModuleLauncher}), else the portable ones, and says which once: in the server's log, or for the
 * commands that train in the foreground as a sentence on standard error.
 */
public final class KernelSelection {
    private static final Logger LOG = LoggerFactory.getLogger(KernelSelection.class);
    private static final String PORTABLE = "Kernels: portable";
    private static boolean installed;

    private KernelSelection() {
    }

    /** Installs the fastest kernels this JVM can run into {@link Compute}, saying which in the log. */
    public static void install() {
        install(LOG::info);
    }

    /**
     * The same for {@code train} and {@code bench}: their user reads standard error, not a log, so the portable
     * kernels are announced there, with what they cost.
     */
    public static void installForForeground(PrintWriter messages) {
        install(text -> {
            if (text.startsWith(PORTABLE)) {
                messages.println("divelive: " + text);
                messages.flush();
            } else {
                LOG.info(text);
            }
        });
    }

    /** Later calls do nothing: the first caller's announcement is the only one. */
    private static synchronized void install(Consumer<String> announce) {
        if (installed) {
            return;
        }
        Kernels chosen = choose(() -> VectorKernels.create(Runtime.getRuntime().availableProcessors()), announce);
        Compute.use(chosen);
        installed = true;
    }

    /**
     * The vector kernels, or the portable ones if they cannot load: without the incubator module the JVM throws a
     * {@link LinkageError} (NoClassDefFoundError for {@code jdk.incubator.vector.FloatVector}) on first use.
     */
    static Kernels choose(Supplier<Kernels> vector, Consumer<String> announce) {
        try {
            Kernels kernels = vector.get();
            announce.accept("Kernels: " + kernels.name());
            return kernels;
        } catch (LinkageError | UnsupportedOperationException e) {
            // the figures: the reference machine's MLP epoch, portable against SIMD kernels (README, Benchmarks)
            announce.accept(PORTABLE + " (the SIMD kernels cannot run in this Java: " + e + "), so training is about "
                    + "20 times slower (an MLP epoch on Fashion-MNIST: about 9 s instead of 0.4 s on 2 cores). A full "
                    + "JDK 17 or newer has the jdk.incubator.vector module they need.");
            return new PortableKernels();
        }
    }
}
