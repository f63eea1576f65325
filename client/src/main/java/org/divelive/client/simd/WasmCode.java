package org.divelive.client.simd;

import java.io.ByteArrayOutputStream;

/**
 * The body of one WebAssembly function as it is written in the binary format. Opcodes are constants named as in the
 * text format ({@code i32.add} → {@link #I32_ADD}); {@link #op} writes one, {@link #get}/{@link #set}/{@link #tee}
 * the local instructions, {@link #memory} and {@link #simdMemory} a load or store with its byte offset (assuming
 * the 4-byte alignment of f32 data). Only the instructions the kernels use are here.
 */
final class WasmCode {
    static final byte I32 = 0x7F;
    static final byte F32 = 0x7D;
    static final byte V128 = 0x7B;

    // control; a block's branch target is its end, a loop's its start
    static final int BLOCK = 0x02, LOOP = 0x03, END = 0x0B, BR = 0x0C, BR_IF = 0x0D;
    // numbers
    static final int I32_EQZ = 0x45, I32_NE = 0x47, I32_LT_U = 0x49, I32_ADD = 0x6A, I32_SUB = 0x6B, I32_MUL = 0x6C;
    // memory
    static final int I32_LOAD = 0x28;
    // after the SIMD prefix; f32x4 is a v128 read as four f32 lanes
    static final int V128_LOAD = 0x00, V128_LOAD32_SPLAT = 0x09, V128_STORE = 0x0B;
    static final int F32X4_SPLAT = 0x13, F32X4_ADD = 0xE4, F32X4_MUL = 0xE6;
    // relaxed SIMD: a·b + c, fused or not as the machine does it best
    static final int F32X4_RELAXED_MADD = 0x105;

    private static final int LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22, I32_CONST = 0x41, F32_CONST = 0x43;
    private static final int SIMD_PREFIX = 0xFD;
    private static final int VOID_BLOCK = 0x40;
    private static final int ALIGN_4 = 2; // log2 of the alignment hint

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    byte[] bytes() {
        return bytes.toByteArray();
    }

    /** An instruction without immediates, or for {@link #BLOCK} and {@link #LOOP} one without a value. */
    WasmCode op(int opcode) {
        bytes.write(opcode);
        if (opcode == BLOCK || opcode == LOOP) {
            bytes.write(VOID_BLOCK);
        }
        return this;
    }

    /** {@link #BR} or {@link #BR_IF} to the block {@code depth} levels out. */
    WasmCode branch(int opcode, int depth) {
        return op(opcode).unsigned(depth);
    }

    WasmCode get(int local) {
        return op(LOCAL_GET).unsigned(local);
    }

    WasmCode set(int local) {
        return op(LOCAL_SET).unsigned(local);
    }

    /** Sets the local and keeps the value on the stack. */
    WasmCode tee(int local) {
        return op(LOCAL_TEE).unsigned(local);
    }

    WasmCode i32(int value) {
        op(I32_CONST);
        // signed LEB128: 7 bits at a time until the rest is all sign bits
        while (true) {
            int low = value & 0x7F;
            value >>= 7;
            boolean done = value == 0 && (low & 0x40) == 0 || value == -1 && (low & 0x40) != 0;
            bytes.write(done ? low : low | 0x80);
            if (done) {
                return this;
            }
        }
    }

    WasmCode f32(float value) {
        op(F32_CONST);
        int bits = Float.floatToRawIntBits(value);
        for (int i = 0; i < 4; i++) {
            bytes.write(bits >>> (8 * i) & 0xFF);
        }
        return this;
    }

    /** A load or store: the address is the popped base plus {@code offset}. */
    WasmCode memory(int opcode, int offset) {
        return op(opcode).unsigned(ALIGN_4).unsigned(offset);
    }

    WasmCode simd(int opcode) {
        return op(SIMD_PREFIX).unsigned(opcode);
    }

    WasmCode simdMemory(int opcode, int offset) {
        return simd(opcode).unsigned(ALIGN_4).unsigned(offset);
    }

    private WasmCode unsigned(int value) {
        writeUnsigned(bytes, value);
        return this;
    }

    /** Unsigned LEB128: 7 bits at a time, low first, the high bit set on every byte but the last. */
    static void writeUnsigned(ByteArrayOutputStream out, int value) {
        do {
            int low = value & 0x7F;
            value >>>= 7;
            out.write(value != 0 ? low | 0x80 : low);
        } while (value != 0);
    }
}
