package org.divelive.client.simd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step, run on the JVM after compiling (never part of the page): writes {@code kernels.wasm}, the page's
 * WebAssembly SIMD kernel, to the file given as the argument. Written here as code rather than assembled from a
 * {@code .wat} file because the build then needs nothing beyond the JDK: no {@code wabt} or {@code binaryen} on the
 * reader's machine, nothing fetched.
 *
 * <p>One function does the work of both big products, {@code rows(a, b, c, rows, terms, n, aRowStep, aTermStep)}:
 * c (rows, n) = A · b with b (terms, n) and A(r, t) the f32 at {@code a + r·aRowStep + t·aTermStep} (bytes). With
 * A = x it is the forward product x·W; with A = xᵀ (steps swapped) the weight gradient xᵀ·dY. Its register tile is
 * one row of c by 32 columns, eight f32x4 accumulators: each term t loads A(r, t) once, skips it when it is 0 (the
 * blank pixels of Fashion-MNIST, the zeros after ReLU), else adds A(r, t)·b(t, 32 columns) with eight vector
 * multiply-adds. The column sweep is the outer loop, so one 32-column panel of b is reused by every row while it
 * sits in cache. Columns left over go four at a time, then one at a time.
 */
public final class KernelModule {
    static final String ROWS = "rows";
    private static final int FLOAT = 4;
    private static final int WIDE_VECTORS = 8;

    // parameters
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int ROW_COUNT = 3;
    private static final int TERMS = 4;
    private static final int N = 5;
    private static final int A_ROW_STEP = 6;
    private static final int A_TERM_STEP = 7;
    // locals
    private static final int COLUMN = 8; // byte offset of the sweep's first column within a row
    private static final int ROW = 9;
    private static final int A_AT = 10;
    private static final int B_AT = 11;
    private static final int TERMS_LEFT = 12;
    private static final int ROW_BYTES = 13;
    private static final int C_AT = 14;
    private static final int A_ROW_AT = 15;
    private static final int SCALAR = 16;
    private static final int SPLAT = 17;
    private static final int SCALAR_SUM = 18;
    private static final int VECTOR_SUM = 19; // and the next WIDE_VECTORS − 1

    private KernelModule() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes());
    }

    static byte[] bytes() {
        WasmModule module = new WasmModule();
        byte[] params = new byte[8];
        java.util.Arrays.fill(params, WasmCode.I32);
        byte[] locals = new byte[VECTOR_SUM + WIDE_VECTORS - params.length];
        java.util.Arrays.fill(locals, 0, SCALAR - params.length, WasmCode.I32);
        locals[SCALAR - params.length] = WasmCode.F32;
        locals[SPLAT - params.length] = WasmCode.V128;
        locals[SCALAR_SUM - params.length] = WasmCode.F32;
        java.util.Arrays.fill(locals, VECTOR_SUM - params.length, locals.length, WasmCode.V128);
        WasmCode code = new WasmCode();
        code.localGet(N).i32Const(FLOAT).i32Mul().localSet(ROW_BYTES);
        code.i32Const(0).localSet(COLUMN);
        sweep(code, WIDE_VECTORS);
        sweep(code, 1);
        sweep(code, 0);
        module.function(ROWS, params, locals, code);
        return module.bytes();
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
                code.localGet(VECTOR_SUM + q).localGet(SPLAT).localGet(B_AT).v128Load(16 * q).f32x4Mul().f32x4Add()
                        .localSet(VECTOR_SUM + q);
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
