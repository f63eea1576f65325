package org.divelive.client.simd;

/**
 * Where {@code kernels.wasm} runs and its operands live: the page's worker ({@link WorkerKernelHost}), or a test's
 * interpreter. Operands sit in numbered slots of the module's memory; addresses are byte offsets into it.
 */
interface KernelHost {
    /** The slot's address, with room for at least {@code bytes} bytes. */
    int reserve(int slot, int bytes);

    void putFloat(int address, float value);

    void putInt(int address, int value);

    float getFloat(int address);

    /** The module's {@code strips} function; see {@link KernelModule}. */
    void strips(int packed, int b, int c, int strips, int n, int panelBytes);
}
