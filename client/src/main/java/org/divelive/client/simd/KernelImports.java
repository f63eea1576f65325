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

    /** 1 when the kernel helper runs on this worker's (shared) memory, else 0. */
    @Import(module = MODULE, name = "hasHelper")
    static native int hasHelper();

    /** See {@link KernelHost#handOff}. */
    @Import(module = MODULE, name = "handOff")
    static native void handOff(int packed, int chunkBytes, int chunkStrips, int strips, int b, int c, int n,
            int panelBytes);

    /** See {@link KernelHost#packed}. */
    @Import(module = MODULE, name = "packed")
    static native void packed(int chunks);

    /** See {@link KernelHost#claim}. */
    @Import(module = MODULE, name = "claim")
    static native int claim();

    /** See {@link KernelHost#join}. */
    @Import(module = MODULE, name = "join")
    static native void join();
}
