package org.divelive.client.simd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Build step, run on the JVM after compiling (never part of the page): writes {@code kernels.wasm}, the page's
 * WebAssembly SIMD kernels, to the file given as the argument. Written here as code rather than assembled from a
 * {@code .wat} file because the build then needs nothing beyond the JDK: no {@code wabt} or {@code binaryen} on the
 * reader's machine, nothing fetched. Two functions, each computing c = A · b for b (terms, n) row-major:
 *
 * <p>{@code strips(packed, b, c, strips, n)}, the fast one, for n a multiple of {@link #STRIP_COLUMNS}: A comes
 * packed by {@link SimdKernels} in strips of {@link #STRIP_ROWS} rows, each strip a header (how many terms it keeps,
 * its first row) and, per kept term t, the byte offset of b's row t and the strip's A(r, t). A term is kept when any
 * of the strip's values is non-zero: zero terms add exactly nothing, and Fashion-MNIST's blank background and ReLU's
 * zeros make about half of them zero. The register tile is 2 rows × 16 columns (eight f32x4 accumulators); each kept
 * term loads four vectors of b's row and broadcasts two values of A, then eight multiply-adds, with no branch.
 *
 * <p>{@code rows(a, b, c, rows, terms, n, aRowStep, aTermStep)}, for any n (the 10 classes): A(r, t) is the f32 at
 * {@code a + r·aRowStep + t·aTermStep}; one row of c at a time, 32 columns (eight accumulators), then 4, then 1, each
 * term skipped when A(r, t) is 0.
 */
public final class KernelModule {
    static final String STRIPS = "strips";
    static final String ROWS = "rows";
    static final int STRIP_ROWS = 2; // SimdKernels.pack writes pairs of rows
    private static final int STRIP_VECTORS = 4;
    static final int STRIP_COLUMNS = 4 * STRIP_VECTORS;
    /** Bytes of one kept term in a strip: b's row offset, then the strip's values. */
    static final int STRIP_ENTRY = 4 * (1 + STRIP_ROWS);
    static final int STRIP_HEADER = 8;
    private static final int FLOAT = 4;
    private static final int WIDE_VECTORS = 8;

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
        module.function(ROWS, i32s(8), locals(Row.SCALAR - 8, Row.VECTOR_SUM + WIDE_VECTORS - Row.SCALAR, (byte) 0),
                Row.code());
        return module.bytes();
    }

    private static byte[] i32s(int count) {
        byte[] types = new byte[count];
        Arrays.fill(types, WasmCode.I32);
        return types;
    }

    /** {@code ints} i32 locals, then {@code others} of {@code type} (for 0: rows' f32, v128, f32, then v128s). */
    private static byte[] locals(int ints, int others, byte type) {
        byte[] locals = new byte[ints + others];
        Arrays.fill(locals, 0, ints, WasmCode.I32);
        if (type != 0) {
            Arrays.fill(locals, ints, locals.length, type);
        } else {
            Arrays.fill(locals, ints, locals.length, WasmCode.V128);
            locals[ints] = WasmCode.F32;
            locals[ints + 2] = WasmCode.F32;
        }
        return locals;
    }

    /** The {@code strips} function: locals and code. */
    private static final class Strip {
        static final int PACKED = 0;
        static final int B = 1;
        static final int C = 2;
        static final int STRIPS = 3;
        static final int N = 4;
        static final int P = 5; // the strip's header
        static final int E = 6; // the kept term at hand
        static final int END = 7; // past the strip's last kept term
        static final int COLUMN = 8; // byte offset of the tile's first column within a row
        static final int C_ROW = 9;
        static final int B_AT = 10;
        static final int LEFT = 11;
        static final int ROW_BYTES = 12;
        static final int ROW_AT = 13;
        static final int FIRST_V128 = 14;
        static final int SPLAT = FIRST_V128;
        static final int B_ROW = SPLAT + 1; // and the next STRIP_VECTORS − 1
        static final int ACC = B_ROW + STRIP_VECTORS; // STRIP_ROWS × STRIP_VECTORS accumulators, row by row

        static WasmCode code() {
            WasmCode c = new WasmCode();
            c.localGet(N).i32Const(FLOAT).i32Mul().localSet(ROW_BYTES);
            c.localGet(PACKED).localSet(P).localGet(STRIPS).localSet(LEFT);
            c.block().localGet(LEFT).i32Eqz().brIf(0).loop();
            c.localGet(P).i32Const(STRIP_HEADER).i32Add().localSet(E);
            c.localGet(E).localGet(P).i32Load(0).i32Const(STRIP_ENTRY).i32Mul().i32Add().localSet(END);
            c.localGet(C).localGet(P).i32Load(4).localGet(ROW_BYTES).i32Mul().i32Add().localSet(C_ROW);
            c.i32Const(0).localSet(COLUMN);
            c.block().loop();
            c.localGet(COLUMN).localGet(ROW_BYTES).i32LtU().i32Eqz().brIf(1);
            tile(c);
            c.localGet(COLUMN).i32Const(STRIP_COLUMNS * FLOAT).i32Add().localSet(COLUMN);
            c.br(0);
            c.end().end();
            c.localGet(END).localSet(P);
            c.localGet(LEFT).i32Const(1).i32Sub().localTee(LEFT).brIf(0);
            c.end().end();
            return c;
        }

        /** c(strip's rows, COLUMN … + 16) = Σ over kept terms t of A(r, t) · b(t, those columns). */
        private static void tile(WasmCode c) {
            for (int i = 0; i < STRIP_ROWS * STRIP_VECTORS; i++) {
                c.f32Const(0).f32x4Splat().localSet(ACC + i);
            }
            c.localGet(P).i32Const(STRIP_HEADER).i32Add().localSet(E);
            c.block().localGet(E).localGet(END).i32Ne().i32Eqz().brIf(0).loop();
            c.localGet(B).localGet(E).i32Load(0).i32Add().localGet(COLUMN).i32Add().localSet(B_AT);
            for (int q = 0; q < STRIP_VECTORS; q++) {
                c.localGet(B_AT).v128Load(16 * q).localSet(B_ROW + q);
            }
            for (int r = 0; r < STRIP_ROWS; r++) {
                c.localGet(E).v128Load32Splat(4 + 4 * r).localSet(SPLAT);
                for (int q = 0; q < STRIP_VECTORS; q++) {
                    int acc = ACC + r * STRIP_VECTORS + q;
                    c.localGet(acc).localGet(SPLAT).localGet(B_ROW + q).f32x4Mul().f32x4Add().localSet(acc);
                }
            }
            c.localGet(E).i32Const(STRIP_ENTRY).i32Add().localTee(E).localGet(END).i32Ne().brIf(0);
            c.end().end();
            c.localGet(C_ROW).localGet(COLUMN).i32Add().localSet(ROW_AT);
            for (int r = 0; r < STRIP_ROWS; r++) {
                for (int q = 0; q < STRIP_VECTORS; q++) {
                    c.localGet(ROW_AT).localGet(ACC + r * STRIP_VECTORS + q).v128Store(16 * q);
                }
                c.localGet(ROW_AT).localGet(ROW_BYTES).i32Add().localSet(ROW_AT);
            }
        }
    }

    /** The {@code rows} function: locals and code. */
    private static final class Row {
        static final int A = 0;
        static final int B = 1;
        static final int C = 2;
        static final int ROW_COUNT = 3;
        static final int TERMS = 4;
        static final int N = 5;
        static final int A_ROW_STEP = 6;
        static final int A_TERM_STEP = 7;
        static final int COLUMN = 8; // byte offset of the sweep's first column within a row
        static final int ROW = 9;
        static final int A_AT = 10;
        static final int B_AT = 11;
        static final int TERMS_LEFT = 12;
        static final int ROW_BYTES = 13;
        static final int C_AT = 14;
        static final int A_ROW_AT = 15;
        static final int SCALAR = 16;
        static final int SPLAT = 17;
        static final int SCALAR_SUM = 18;
        static final int VECTOR_SUM = 19; // and the next WIDE_VECTORS − 1

        static WasmCode code() {
            WasmCode code = new WasmCode();
            code.localGet(N).i32Const(FLOAT).i32Mul().localSet(ROW_BYTES);
            code.i32Const(0).localSet(COLUMN);
            sweep(code, WIDE_VECTORS);
            sweep(code, 1);
            sweep(code, 0);
            return code;
        }

        /** Columns from COLUMN on, {@code vectors}·4 at a time (one at a time for 0), while a whole group fits. */
        private static void sweep(WasmCode code, int vectors) {
            int width = vectors == 0 ? FLOAT : vectors * 4 * FLOAT;
            code.block().loop();
            code.localGet(COLUMN).i32Const(width).i32Add().localGet(ROW_BYTES).i32LeU().i32Eqz().brIf(1);
            code.i32Const(0).localSet(ROW).localGet(A).localSet(A_ROW_AT).localGet(C).localGet(COLUMN).i32Add()
                    .localSet(C_AT);
            code.block();
            code.localGet(ROW_COUNT).i32Eqz().brIf(0);
            code.loop();
            rowOfTile(code, vectors);
            code.localGet(C_AT).localGet(ROW_BYTES).i32Add().localSet(C_AT);
            code.localGet(A_ROW_AT).localGet(A_ROW_STEP).i32Add().localSet(A_ROW_AT);
            code.localGet(ROW).i32Const(1).i32Add().localTee(ROW).localGet(ROW_COUNT).i32LtU().brIf(0);
            code.end().end();
            code.localGet(COLUMN).i32Const(width).i32Add().localSet(COLUMN);
            code.br(0);
            code.end().end();
        }

        /** c(r, group) = Σ_t A(r, t) · b(t, group), skipping the terms whose A(r, t) is 0. */
        private static void rowOfTile(WasmCode code, int vectors) {
            if (vectors == 0) {
                code.f32Const(0).localSet(SCALAR_SUM);
            }
            for (int q = 0; q < vectors; q++) {
                code.f32Const(0).f32x4Splat().localSet(VECTOR_SUM + q);
            }
            code.localGet(A_ROW_AT).localSet(A_AT).localGet(B).localGet(COLUMN).i32Add().localSet(B_AT)
                    .localGet(TERMS).localSet(TERMS_LEFT);
            code.block();
            code.localGet(TERMS_LEFT).i32Eqz().brIf(0);
            code.loop();
            code.localGet(A_AT).f32Load(0).localTee(SCALAR).f32Const(0).f32Ne().ifThen();
            if (vectors == 0) {
                code.localGet(SCALAR_SUM).localGet(SCALAR).localGet(B_AT).f32Load(0).f32Mul().f32Add()
                        .localSet(SCALAR_SUM);
            } else {
                code.localGet(SCALAR).f32x4Splat().localSet(SPLAT);
                for (int q = 0; q < vectors; q++) {
                    code.localGet(VECTOR_SUM + q).localGet(SPLAT).localGet(B_AT).v128Load(16 * q).f32x4Mul()
                            .f32x4Add().localSet(VECTOR_SUM + q);
                }
            }
            code.end();
            code.localGet(A_AT).localGet(A_TERM_STEP).i32Add().localSet(A_AT);
            code.localGet(B_AT).localGet(ROW_BYTES).i32Add().localSet(B_AT);
            code.localGet(TERMS_LEFT).i32Const(1).i32Sub().localTee(TERMS_LEFT).brIf(0);
            code.end().end();
            if (vectors == 0) {
                code.localGet(C_AT).localGet(SCALAR_SUM).f32Store(0);
            }
            for (int q = 0; q < vectors; q++) {
                code.localGet(C_AT).localGet(VECTOR_SUM + q).v128Store(16 * q);
            }
        }
    }
}
