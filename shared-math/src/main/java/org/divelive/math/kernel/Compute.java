package org.divelive.math.kernel;

/**
 * Which {@link Kernels} the models use. The portable ones unless the host installs others once at start-up (the
 * server does, when the JVM offers SIMD); models look the kernels up per call, so no model holds a stale choice.
 */
public final class Compute {
    private static volatile Kernels kernels = new PortableKernels();

    private Compute() {
    }

    public static Kernels kernels() {
        return kernels;
    }

    public static void use(Kernels chosen) {
        if (chosen == null) {
            throw new IllegalArgumentException("kernels must not be null");
        }
        kernels = chosen;
    }
}
