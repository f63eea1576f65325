package org.divelive.client.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.divelive.client.simd.KernelModule.MultiplyAdd;
import org.divelive.math.Rng;
import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.KernelsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The page's SIMD kernels pass the contract every kernel set passes, in both forms the build writes (fused
 * multiply-add with relaxed SIMD, and plain SIMD's multiply then add), running the module's bytes through
 * {@link KernelInterpreter} with the same operand layout the worker uses; and with the large products shared with a
 * kernel helper, as a cross-origin isolated page runs them.
 */
class SimdKernelsTest {
    /** Room for the contract's largest operand per slot: 784 × 256 floats, or 64 × 784 packed in strips. */
    private static final int SLOT_BYTES = 1 << 20;
    private static final int PAGE = 1 << 16;

    @Nested
    class Fused extends KernelsContract {
        @Override
        protected Kernels kernels() {
            return interpreted(MultiplyAdd.FUSED);
        }
    }

    @Nested
    class Separate extends KernelsContract {
        @Override
        protected Kernels kernels() {
            return interpreted(MultiplyAdd.SEPARATE);
        }
    }

    /** With a helper: the contract's 64 × 784 × 256 products (all three forms) are shared with it. */
    @Nested
    class FusedSharedWithAHelper extends KernelsContract {
        @Override
        protected Kernels kernels() {
            return new SimdKernels(new InterpretedHost(MultiplyAdd.FUSED, true, true));
        }
    }

    @Test
    void aSharedProductHasEveryBitOfTheOneThreadProduct() {
        // 9 strips of four rows, the last one short, in 3 chunks: the helper computes the middle one
        int m = 35;
        int k = 784;
        int n = 160;
        assertTrue((long) m * k * n >= SimdKernels.SHARED_MULTIPLY_ADDS, "large enough to share");
        Rng rng = new Rng(7);
        float[] a = new float[m * k];
        float[] b = new float[k * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextDouble() < 0.5 ? 0f : (float) rng.nextGaussian(); // zero terms, as Fashion-MNIST has
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rng.nextGaussian();
        }
        InterpretedHost helped = new InterpretedHost(MultiplyAdd.FUSED, true, true);
        float[] alone = new float[m * n];
        float[] together = new float[m * n];
        new SimdKernels(new InterpretedHost(MultiplyAdd.FUSED, false, true)).matmul(a, b, alone, m, k, n);
        new SimdKernels(helped).matmul(a, b, together, m, k, n);
        assertEquals(1, helped.handedOff, "the product was shared");
        assertTrue(helped.helperChunks > 0, "the helper computed some of it");
        assertArrayEquals(alone, together);
    }

    @Test
    void aProductTooLargeForTheModulesMemoryIsComputedByThePortableKernel() {
        int n = SLOT_BYTES / 4 + 8; // one row of B is more than a slot holds
        float[] a = {2f};
        float[] b = new float[n];
        for (int j = 0; j < n; j++) {
            b[j] = j;
        }
        float[] c = new float[n];
        interpreted(MultiplyAdd.FUSED).matmul(a, b, c, 1, 1, n);
        for (int j = 0; j < n; j++) {
            assertEquals(2f * j, c[j]);
        }
    }

    @Test
    void eachFormIsAWebAssemblyBinaryThatImportsItsMemory() {
        for (MultiplyAdd form : MultiplyAdd.values()) {
            for (boolean shared : new boolean[] {false, true}) {
                byte[] bytes = KernelModule.bytes(form, shared);
                assertEquals(0x6D736100, ByteBuffer.wrap(bytes, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(),
                        "\\0asm");
                // a memory import (kind 2) with limits 0 (minimum only) or 3 (shared, with a maximum)
                String memory = "env\u0006memory\u0002" + (shared ? "\u0003" : "\u0000");
                assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains(memory), form + " " + shared);
            }
        }
    }

    private static Kernels interpreted(MultiplyAdd form) {
        return new SimdKernels(new InterpretedHost(form, false, false));
    }

    /**
     * Slot i at PAGE + i · SLOT_BYTES of the interpreter's memory. With a helper, the helper takes every other
     * chunk: it computes it when this thread next claims one, so a share that wrote the other's rows, or read a
     * chunk before it was packed, would show.
     */
    private static final class InterpretedHost implements KernelHost {
        private final KernelInterpreter module;
        private final boolean helper;
        private int[] offer; // packed, chunkBytes, chunkStrips, strips, b, c, n, panelBytes
        private int chunks;
        private int packedChunks;
        private int next;
        int handedOff;
        int helperChunks;

        /** @param shared the module form for a shared memory, as the worker with a helper loads it */
        InterpretedHost(MultiplyAdd form, boolean helper, boolean shared) {
            this.module = new KernelInterpreter(KernelModule.bytes(form, shared), PAGE + 3 * SLOT_BYTES);
            this.helper = helper;
        }

        /** Slot 0 begins past a page, so no slot has the address 0, which says "no room". */
        @Override
        public int reserve(int slot, int bytes) {
            return bytes > SLOT_BYTES ? 0 : PAGE + slot * SLOT_BYTES;
        }

        @Override
        public void putFloat(int address, float value) {
            module.memory().putFloat(address, value);
        }

        @Override
        public void putInt(int address, int value) {
            module.memory().putInt(address, value);
        }

        @Override
        public float getFloat(int address) {
            return module.memory().getFloat(address);
        }

        @Override
        public void strips(int packed, int b, int c, int strips, int n, int panelBytes) {
            module.call(KernelModule.STRIPS, packed, b, c, strips, n, panelBytes);
        }

        @Override
        public boolean hasHelper() {
            return helper;
        }

        @Override
        public void handOff(int packed, int chunkBytes, int chunkStrips, int strips, int b, int c, int n,
                int panelBytes) {
            if (offer != null) {
                throw new IllegalStateException("a product handed off before the last one was joined");
            }
            offer = new int[] {packed, chunkBytes, chunkStrips, strips, b, c, n, panelBytes};
            chunks = (strips + chunkStrips - 1) / chunkStrips;
            packedChunks = 0;
            next = 0;
            handedOff++;
        }

        @Override
        public void packed(int count) {
            packedChunks = count;
        }

        @Override
        public int claim() {
            if (next < chunks && next % 2 == 1) {
                int chunk = next++;
                if (chunk >= packedChunks) {
                    throw new IllegalStateException("chunk " + chunk + " claimed before it was packed");
                }
                int left = offer[3] - chunk * offer[2];
                strips(offer[0] + chunk * offer[1], offer[4], offer[5], Math.min(offer[2], left), offer[6], offer[7]);
                helperChunks++;
            }
            return next < chunks ? next++ : -1;
        }

        @Override
        public void join() {
            offer = null;
        }
    }
}
