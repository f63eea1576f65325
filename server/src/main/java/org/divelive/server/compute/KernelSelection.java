package org.divelive.server.compute;

import java.util.function.Supplier;

import org.divelive.math.kernel.Compute;
import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.PortableKernels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the kernels every model in this JVM uses, once at start-up: the SIMD {@link VectorKernels} on all cores
 * when the JVM was started with {@code --add-modules jdk.incubator.vector}, else the portable ones, and says which
 * in one log line.
 */
public final class KernelSelection {
    private static final Logger LOG = LoggerFactory.getLogger(KernelSelection.class);
    private static volatile boolean installed;

    private KernelSelection() {
    }

    /** Installs the fastest kernels this JVM can run into {@link Compute}. Later calls do nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        Kernels chosen = choose(() -> VectorKernels.create(Runtime.getRuntime().availableProcessors()));
        Compute.use(chosen);
        installed = true;
    }

    /**
     * The vector kernels, or the portable ones if they cannot load: without the incubator module the JVM throws a
     * {@link LinkageError} (NoClassDefFoundError for {@code jdk.incubator.vector.FloatVector}) on first use.
     */
    static Kernels choose(Supplier<Kernels> vector) {
        try {
            Kernels kernels = vector.get();
            LOG.info("Kernels: {}", kernels.name());
            return kernels;
        } catch (LinkageError | UnsupportedOperationException e) {
            LOG.info("Kernels: portable (SIMD kernels unavailable: {}). For several times faster training start "
                    + "java with --add-modules jdk.incubator.vector", e.toString());
            return new PortableKernels();
        }
    }
}
