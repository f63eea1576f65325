package org.divelive.client.simd;

import org.teavm.interop.Address;
import org.teavm.runtime.heap.Heap;

/**
 * The kernel module as the WebAssembly worker has it: instantiated by the worker's loader on this module's own linear
 * memory, its functions imported ({@link KernelImports}). Java arrays of the WebAssembly GC build live in the GC heap,
 * which the SIMD module cannot see, so operands are copied into regions of the linear memory, one per slot, allocated
 * once and grown to the largest operand seen.
 */
final class WorkerKernelHost implements KernelHost {
    /** Each slot's address (0: none yet) and size in bytes; addresses stay ints, TeaVM keeps no Address in arrays. */
    private final int[] starts = new int[3];
    private final int[] capacities = new int[3];

    static boolean available() {
        return KernelImports.loaded() != 0;
    }

    @Override
    public int reserve(int slot, int bytes) {
        if (bytes > capacities[slot]) {
            if (starts[slot] != 0) {
                Heap.release(Address.fromInt(starts[slot]));
            }
            // null, address 0, when the memory cannot grow that far (a shared one cannot grow at all)
            starts[slot] = Heap.alloc(bytes).toInt();
            capacities[slot] = starts[slot] == 0 ? 0 : bytes;
        }
        return starts[slot];
    }

    @Override
    public void putFloat(int address, float value) {
        Address.fromInt(address).putFloat(value);
    }

    @Override
    public void putInt(int address, int value) {
        Address.fromInt(address).putInt(value);
    }

    @Override
    public float getFloat(int address) {
        return Address.fromInt(address).getFloat();
    }

    @Override
    public void strips(int packed, int b, int c, int strips, int n, int panelBytes) {
        KernelImports.strips(packed, b, c, strips, n, panelBytes);
    }

    @Override
    public boolean hasHelper() {
        return KernelImports.hasHelper() != 0;
    }

    @Override
    public void handOff(int packed, int chunkBytes, int chunkStrips, int strips, int b, int c, int n,
            int panelBytes) {
        KernelImports.handOff(packed, chunkBytes, chunkStrips, strips, b, c, n, panelBytes);
    }

    @Override
    public void packed(int chunks) {
        KernelImports.packed(chunks);
    }

    @Override
    public int claim() {
        return KernelImports.claim();
    }

    @Override
    public void join() {
        KernelImports.join();
    }
}
