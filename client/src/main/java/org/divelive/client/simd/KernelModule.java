package org.divelive.client.simd;

import static org.divelive.client.simd.WasmCode.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Build step, run on the JVM after compiling (never part of the page): writes {@code kernels.wasm}, the page's
 * WebAssembly SIMD kernel, to the file given as the argument. Written here as code rather than assembled from a
 * {@code .wat} file because the build then needs nothing beyond the JDK: no {@code wabt} or {@code binaryen} on the
 * reader's machine, nothing fetched.
 *
 * <p>One function, {@code strips(packed, b, c, strips, n)}: c = A · b for b (terms, n) row-major, n a multiple of
 * {@link #STRIP_COLUMNS}. A comes packed by {@link SimdKernels} in strips of {@link #STRIP_ROWS} rows, each strip a
 * header (how many terms it keeps, its first row) and, per kept term t, the byte offset of b's row t and the strip's
 * A(r, t). A term is kept when any of the strip's values is non-zero: zero terms add exactly nothing, and
 * Fashion-MNIST's blank background and ReLU's zeros make about half of them zero. The register tile is 2 rows × 16
 * columns (eight f32x4 accumulators); each kept term loads four vectors of b's row and broadcasts two values of A,
 * then eight multiply-adds, with no branch.
 */
public final class KernelModule {
    static final String STRIPS = "strips";
    static final int STRIP_ROWS = 2; // SimdKernels.pack writes pairs of rows
    private static final int STRIP_VECTORS = 4;
    static final int STRIP_COLUMNS = 4 * STRIP_VECTORS;
    /** Bytes of one kept term in a strip: b's row offset, then the strip's values. */
    static final int STRIP_ENTRY = 4 * (1 + STRIP_ROWS);
    static final int STRIP_HEADER = 8;
    private static final int FLOAT = 4;

    private KernelModule() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes());
    }

    static byte[] bytes() {
        WasmModule module = new WasmModule();
        module.function(STRIPS, i32s(5), locals(Strip.FIRST_V128 - 5, Strip.ACC + STRIP_ROWS * STRIP_VECTORS
                - Strip.FIRST_V128, WasmCode.V128), Strip.code());
        return module.bytes();
    }

    private static byte[] i32s(int count) {
        byte[] types = new byte[count];
        Arrays.fill(types, WasmCode.I32);
        return types;
    }

    /** {@code ints} i32 locals, then {@code others} of {@code type}. */
    private static byte[] locals(int ints, int others, byte type) {
        byte[] locals = new byte[ints + others];
        Arrays.fill(locals, 0, ints, WasmCode.I32);
        Arrays.fill(locals, ints, locals.length, type);
        return locals;
    }

    /** The {@code strips} function: locals and code. */
    private static final class Strip {
        // parameters (packed, b, c, strips, n), then i32 locals: the strip's header, its kept term at hand and past
        // its last one, the tile's first column (bytes within a row), and addresses and counts
        static final int PACKED = 0, B = 1, C = 2, STRIPS = 3, N = 4;
        static final int P = 5, E = 6, ENTRIES_END = 7, COLUMN = 8, C_ROW = 9, B_AT = 10, LEFT = 11, ROW_BYTES = 12;
        static final int ROW_AT = 13;
        static final int FIRST_V128 = 14;
        static final int SPLAT = FIRST_V128;
        static final int B_ROW = SPLAT + 1; // and the next STRIP_VECTORS − 1
        static final int ACC = B_ROW + STRIP_VECTORS; // STRIP_ROWS × STRIP_VECTORS accumulators, row by row

        static WasmCode code() {
            WasmCode c = new WasmCode();
            c.get(N).i32(FLOAT).op(I32_MUL).set(ROW_BYTES);
            c.get(PACKED).set(P).get(STRIPS).set(LEFT);
            c.op(BLOCK).get(LEFT).op(I32_EQZ).branch(BR_IF, 0).op(LOOP);
            c.get(P).i32(STRIP_HEADER).op(I32_ADD).set(E);
            c.get(E).get(P).memory(I32_LOAD, 0).i32(STRIP_ENTRY).op(I32_MUL).op(I32_ADD).set(ENTRIES_END);
            c.get(C).get(P).memory(I32_LOAD, 4).get(ROW_BYTES).op(I32_MUL).op(I32_ADD).set(C_ROW);
            c.i32(0).set(COLUMN);
            c.op(BLOCK).op(LOOP);
            c.get(COLUMN).get(ROW_BYTES).op(I32_LT_U).op(I32_EQZ).branch(BR_IF, 1);
            tile(c);
            c.get(COLUMN).i32(STRIP_COLUMNS * FLOAT).op(I32_ADD).set(COLUMN);
            c.branch(BR, 0);
            c.op(END).op(END);
            c.get(ENTRIES_END).set(P);
            c.get(LEFT).i32(1).op(I32_SUB).tee(LEFT).branch(BR_IF, 0);
            c.op(END).op(END);
            return c;
        }

        /** c(strip's rows, COLUMN … + 16) = Σ over kept terms t of A(r, t) · b(t, those columns). */
        private static void tile(WasmCode c) {
            for (int i = 0; i < STRIP_ROWS * STRIP_VECTORS; i++) {
                c.f32(0).simd(F32X4_SPLAT).set(ACC + i);
            }
            c.get(P).i32(STRIP_HEADER).op(I32_ADD).set(E);
            c.op(BLOCK).get(E).get(ENTRIES_END).op(I32_NE).op(I32_EQZ).branch(BR_IF, 0).op(LOOP);
            c.get(B).get(E).memory(I32_LOAD, 0).op(I32_ADD).get(COLUMN).op(I32_ADD).set(B_AT);
            for (int q = 0; q < STRIP_VECTORS; q++) {
                c.get(B_AT).simdMemory(V128_LOAD, 16 * q).set(B_ROW + q);
            }
            for (int r = 0; r < STRIP_ROWS; r++) {
                c.get(E).simdMemory(V128_LOAD32_SPLAT, 4 + 4 * r).set(SPLAT);
                for (int q = 0; q < STRIP_VECTORS; q++) {
                    int acc = ACC + r * STRIP_VECTORS + q;
                    c.get(acc).get(SPLAT).get(B_ROW + q).simd(F32X4_MUL).simd(F32X4_ADD).set(acc);
                }
            }
            c.get(E).i32(STRIP_ENTRY).op(I32_ADD).tee(E).get(ENTRIES_END).op(I32_NE).branch(BR_IF, 0);
            c.op(END).op(END);
            c.get(C_ROW).get(COLUMN).op(I32_ADD).set(ROW_AT);
            for (int r = 0; r < STRIP_ROWS; r++) {
                for (int q = 0; q < STRIP_VECTORS; q++) {
                    c.get(ROW_AT).get(ACC + r * STRIP_VECTORS + q).simdMemory(V128_STORE, 16 * q);
                }
                c.get(ROW_AT).get(ROW_BYTES).op(I32_ADD).set(ROW_AT);
            }
        }
    }
}
