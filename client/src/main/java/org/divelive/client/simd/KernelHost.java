package org.divelive.client.simd;

/**
 * Where {@code kernels.wasm} runs and its operands live: the page's worker ({@link WorkerKernelHost}), or a test's
 * interpreter. Operands sit in numbered slots of the module's memory; addresses are byte offsets into it.
 */
interface KernelHost {
    /** The slot's address, with room for at least {@code bytes} bytes; 0 when the memory has no such room. */
    int reserve(int slot, int bytes);

    void putFloat(int address, float value);

    void putInt(int address, int value);

    float getFloat(int address);

    /** The module's {@code strips} function; see {@link KernelModule}. */
    void strips(int packed, int b, int c, int strips, int n, int panelBytes);

    /** Whether a second thread, the kernel helper, runs the module on this memory and can take a share now. */
    boolean hasHelper();

    /**
     * Offers a product's strips to the helper, in chunks of {@code chunkStrips} strips packed {@code chunkBytes}
     * apart from {@code packed}, and returns at once. The helper takes chunks ({@link #claim()}) once they are
     * packed ({@link #packed}); {@link #join()} before reading its rows of c.
     */
    void handOff(int packed, int chunkBytes, int chunkStrips, int strips, int b, int c, int n, int panelBytes);

    /** The first {@code chunks} chunks of the product handed off are packed: the helper may compute them. */
    void packed(int chunks);

    /** The next chunk that neither thread has taken, now this thread's; or -1 when none is left. */
    int claim();

    /** Returns once the helper has put its chunks into c (at once if it took none). */
    void join();
}
