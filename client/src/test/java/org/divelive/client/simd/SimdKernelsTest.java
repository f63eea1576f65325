package org.divelive.client.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.divelive.client.simd.KernelModule.MultiplyAdd;
import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.KernelsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The page's SIMD kernels pass the contract every kernel set passes, in both forms the build writes (fused
 * multiply-add with relaxed SIMD, and plain SIMD's multiply then add), running the module's bytes through
 * {@link KernelInterpreter} with the same operand layout the worker uses.
 */
class SimdKernelsTest {
    /** Room for the contract's largest operand per slot: 784 × 256 floats, or 64 × 784 packed in strips. */
    private static final int SLOT_BYTES = 1 << 20;

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

    @Test
    void eachFormIsAWebAssemblyBinaryThatImportsItsMemory() {
        for (MultiplyAdd form : MultiplyAdd.values()) {
            byte[] bytes = KernelModule.bytes(form);
            assertEquals(0x6D736100, ByteBuffer.wrap(bytes, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(),
                    "\\0asm");
            assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("env\u0006memory"), form.name());
        }
    }

    private static Kernels interpreted(MultiplyAdd form) {
        return new SimdKernels(new InterpretedHost(new KernelInterpreter(KernelModule.bytes(form), 3 * SLOT_BYTES)));
    }

    /** Slot i at i · SLOT_BYTES of the interpreter's memory. */
    private record InterpretedHost(KernelInterpreter module) implements KernelHost {
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
        public void strips(int packed, int b, int c, int strips, int n, int panelBytes) {
            module.call(KernelModule.STRIPS, packed, b, c, strips, n, panelBytes);
        }
    }
}
