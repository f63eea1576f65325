package org.divelive.client.simd;

import org.teavm.interop.Import;

/**
 * The functions of {@code kernels.wasm} as the WebAssembly build of the worker imports them. The worker's loader
 * ({@code static/training-worker.js}) provides them: the module's own exports where the browser runs WebAssembly
 * SIMD, else stand-ins for which {@link #loaded()} answers 0. Addresses are byte offsets into the shared memory.
 */
final class KernelImports {
    private static final String MODULE = "diveliveKernels";

    private KernelImports() {
    }

    /** 1 when the SIMD module is instantiated on this worker's memory, 0 when not. */
    @Import(module = MODULE, name = "loaded")
    static native int loaded();

    /** See {@link KernelModule}: c = A · B with A packed in strips and B in panels. */
    @Import(module = MODULE, name = KernelModule.STRIPS)
    static native void strips(int packed, int b, int c, int strips, int n, int panelBytes);
}
