package org.divelive.client.worker;

import org.divelive.client.simd.SimdKernels;
import org.divelive.math.kernel.Compute;

/**
 * Entry point of {@code worker.wasm}, the WebAssembly build of the worker: the same worker as {@link WorkerMain},
 * with the SIMD kernels behind the kernel seam when its loader brought them.
 */
public final class WasmWorkerMain {
    private WasmWorkerMain() {
    }

    public static void main(String[] args) {
        SimdKernels simd = SimdKernels.inWorker();
        if (simd != null) {
            Compute.use(simd);
        }
        WorkerMain.main(args);
    }
}
