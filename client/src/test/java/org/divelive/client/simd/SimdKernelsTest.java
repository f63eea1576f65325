package org.divelive.client.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.KernelsContract;
import org.junit.jupiter.api.Test;

/**
 * The page's SIMD kernels pass the contract every kernel set passes, running the bytes of {@code kernels.wasm} that
 * the build writes (through {@link KernelInterpreter}), with the same operand layout the worker uses.
 */
class SimdKernelsTest extends KernelsContract {
    /** Room for the contract's largest operand per slot: 784 × 256 floats, or 64 × 784 packed in strips. */
    private static final int SLOT_BYTES = 1 << 20;

    private final KernelInterpreter module = new KernelInterpreter(KernelModule.bytes(), 3 * SLOT_BYTES);

    @Override
    protected Kernels kernels() {
        return new SimdKernels(new InterpretedHost());
    }

    @Test
    void theModuleIsAWebAssemblyBinaryThatImportsItsMemory() {
        byte[] bytes = KernelModule.bytes();
        assertEquals(0x6D736100, ByteBuffer.wrap(bytes, 0, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(),
                "\\0asm");
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("env\u0006memory"));
    }

    /** Slot i at i · SLOT_BYTES of the interpreter's memory. */
    private final class InterpretedHost implements KernelHost {
        @Override
        public int reserve(int slot, int bytes) {
            if (bytes > SLOT_BYTES) {
                throw new IllegalArgumentException(bytes + " bytes do not fit a slot");
            }
            return slot * SLOT_BYTES;
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
        public void strips(int packed, int b, int c, int strips, int n) {
            module.call(KernelModule.STRIPS, packed, b, c, strips, n);
        }
    }
}
