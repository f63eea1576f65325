package org.divelive.client.simd;

import java.io.ByteArrayOutputStream;

/**
 * The body of one WebAssembly function as it is written in the binary format, one method per instruction (named as
 * in the text format, {@code local.get} → {@link #localGet}). Only the instructions the kernels use are here.
 * Memory instructions take a byte offset and assume 4-byte alignment, the alignment of f32 data.
 */
final class WasmCode {
    static final byte I32 = 0x7F;
    static final byte F32 = 0x7D;
    static final byte V128 = 0x7B;
    private static final int ALIGN_4 = 2; // log2 of the alignment hint
    private static final int VOID_BLOCK = 0x40;
    private static final int SIMD_PREFIX = 0xFD;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    byte[] bytes() {
        return bytes.toByteArray();
    }

    // control: a block's branch target is its end, a loop's its start
    WasmCode block() {
        return op(0x02).op(VOID_BLOCK);
    }

    WasmCode loop() {
        return op(0x03).op(VOID_BLOCK);
    }

    WasmCode ifThen() {
        return op(0x04).op(VOID_BLOCK);
    }

    WasmCode end() {
        return op(0x0B);
    }

    WasmCode br(int depth) {
        return op(0x0C).unsigned(depth);
    }

    WasmCode brIf(int depth) {
        return op(0x0D).unsigned(depth);
    }

    // locals
    WasmCode localGet(int local) {
        return op(0x20).unsigned(local);
    }

    WasmCode localSet(int local) {
        return op(0x21).unsigned(local);
    }

    WasmCode localTee(int local) {
        return op(0x22).unsigned(local);
    }

    // i32
    WasmCode i32Const(int value) {
        return op(0x41).signed(value);
    }

    WasmCode i32Eqz() {
        return op(0x45);
    }

    WasmCode i32LtU() {
        return op(0x49);
    }

    WasmCode i32LeU() {
        return op(0x4D);
    }

    WasmCode i32Add() {
        return op(0x6A);
    }

    WasmCode i32Sub() {
        return op(0x6B);
    }

    WasmCode i32Mul() {
        return op(0x6C);
    }

    // f32
    WasmCode f32Const(float value) {
        op(0x43);
        int bits = Float.floatToRawIntBits(value);
        for (int i = 0; i < 4; i++) {
            bytes.write(bits >>> (8 * i) & 0xFF);
        }
        return this;
    }

    WasmCode i32Load(int offset) {
        return op(0x28).memory(offset);
    }

    WasmCode i32Ne() {
        return op(0x47);
    }

    WasmCode v128Load32Splat(int offset) {
        return simd(0x09).memory(offset);
    }

    WasmCode f32Load(int offset) {
        return op(0x2A).memory(offset);
    }

    WasmCode f32Store(int offset) {
        return op(0x38).memory(offset);
    }

    WasmCode f32Ne() {
        return op(0x5C);
    }

    WasmCode f32Add() {
        return op(0x92);
    }

    WasmCode f32Mul() {
        return op(0x94);
    }

    // v128 holding four f32 lanes
    WasmCode v128Load(int offset) {
        return simd(0x00).memory(offset);
    }

    WasmCode v128Store(int offset) {
        return simd(0x0B).memory(offset);
    }

    WasmCode f32x4Splat() {
        return simd(0x13);
    }

    WasmCode f32x4Add() {
        return simd(0xE4);
    }

    WasmCode f32x4Mul() {
        return simd(0xE6);
    }

    private WasmCode simd(int opcode) {
        return op(SIMD_PREFIX).unsigned(opcode);
    }

    private WasmCode memory(int offset) {
        return unsigned(ALIGN_4).unsigned(offset);
    }

    private WasmCode op(int code) {
        bytes.write(code);
        return this;
    }

    WasmCode unsigned(int value) {
        writeUnsigned(bytes, value);
        return this;
    }

    private WasmCode signed(int value) {
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

    /** Unsigned LEB128: 7 bits at a time, low first, the high bit set on every byte but the last. */
    static void writeUnsigned(ByteArrayOutputStream out, int value) {
        do {
            int low = value & 0x7F;
            value >>>= 7;
            out.write(value != 0 ? low | 0x80 : low);
        } while (value != 0);
    }
}
