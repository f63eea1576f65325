package org.divelive.client.simd;

import static org.divelive.client.simd.WasmCode.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Build step, run on the JVM after compiling (never part of the page): writes the page's WebAssembly SIMD kernel
 * into the folder given as the argument, once per {@link MultiplyAdd} form and kind of memory (a shared one for
 * the worker whose kernel helper runs the same code on the same bytes). Written here as code rather than assembled
 * from a {@code .wat} file because the build then needs nothing beyond the JDK: no {@code wabt} or {@code binaryen}
 * on the reader's machine, nothing fetched.
 *
 * <p>One function, {@code strips(packed, b, c, strips, n, panelBytes)}: c = A · B for B (terms, n), n a multiple of
 * {@link #PANEL_COLUMNS}. B comes in panels: the first {@link #PANEL_COLUMNS} columns of every row, then the next
 * ones, each panel {@code panelBytes} long, so a tile reads B's rows one after the other in memory (row-major B
 * made every term a cache line from a distant address, 1 KB apart for 256 columns, which also crowd into a few
 * cache sets). A comes packed by {@link SimdKernels} in strips of {@link #STRIP_ROWS} rows, each strip a header
 * (how many terms it keeps, its first row) and, per kept term t, t's byte offset within a panel and the strip's
 * A(r, t). A term is kept when any of the strip's values is non-zero: zero terms add exactly nothing, and
 * Fashion-MNIST's blank background and ReLU's zeros make about half of them zero. The register tile is 4 rows × 8
 * columns (eight f32x4 accumulators, within the 16 vector registers of x86-64); each kept term loads two vectors of
 * B's row and broadcasts four values of A, then eight multiply-adds, with no branch. c is row-major, n wide.
 */
public final class KernelModule {
    static final String STRIPS = "strips";
    static final int STRIP_ROWS = 4; // SimdKernels.pack writes strips of four rows
    private static final int TILE_VECTORS = 2;
    static final int PANEL_COLUMNS = 4 * TILE_VECTORS;
    /** Bytes of one kept term in a strip: its offset in a panel, then the strip's values. */
    static final int STRIP_ENTRY = 4 * (1 + STRIP_ROWS);
    static final int STRIP_HEADER = 8;
    private static final int FLOAT = 4;

    /**
     * How a tile multiplies and adds. Fused, in one rounding, is relaxed SIMD's {@code f32x4.relaxed_madd}, which
     * x86-64 and ARM run as one FMA instruction (or, as the proposal allows, as the two steps); where a browser
     * lacks relaxed SIMD the worker loads the separate form, plain SIMD's multiply then add.
     */
    enum MultiplyAdd {
        FUSED("kernels-fma"), SEPARATE("kernels");

        private final String name;

        MultiplyAdd(String name) {
            this.name = name;
        }

        /** The file of this form on an unshared memory, or on a shared one ({@code kernels-fma-shared.wasm}). */
        String file(boolean sharedMemory) {
            return name + (sharedMemory ? "-shared" : "") + ".wasm";
        }
    }

    private KernelModule() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (MultiplyAdd form : MultiplyAdd.values()) {
            for (boolean sharedMemory : new boolean[] {false, true}) {
                Files.write(folder.resolve(form.file(sharedMemory)), bytes(form, sharedMemory));
            }
        }
    }

    /** @param sharedMemory for the worker on a shared memory, whose kernel helper runs the same code on it */
    static byte[] bytes(MultiplyAdd form, boolean sharedMemory) {
        WasmModule module = new WasmModule(sharedMemory);
        module.function(STRIPS, i32s(Strip.PARAMETERS), locals(Strip.FIRST_V128 - Strip.PARAMETERS,
                Strip.ACC + STRIP_ROWS * TILE_VECTORS - Strip.FIRST_V128, WasmCode.V128), Strip.code(form));
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
        // parameters (packed, b, c, strips, n, panelBytes), then i32 locals: the strip's header, its kept term at
        // hand and past its last one, the tile's first column (bytes within c's row) and its panel of B, and
        // addresses and counts
        static final int PACKED = 0, B = 1, C = 2, STRIPS = 3, N = 4, PANEL_BYTES = 5;
        static final int PARAMETERS = 6;
        static final int P = 6, E = 7, ENTRIES_END = 8, COLUMN = 9, PANEL = 10, C_ROW = 11, B_AT = 12, LEFT = 13;
        static final int ROW_BYTES = 14, ROW_AT = 15;
        static final int FIRST_V128 = 16;
        static final int SPLAT = FIRST_V128;
        static final int B_ROW = SPLAT + 1; // and the next TILE_VECTORS − 1
        static final int ACC = B_ROW + TILE_VECTORS; // STRIP_ROWS × TILE_VECTORS accumulators, row by row

        static WasmCode code(MultiplyAdd form) {
            WasmCode c = new WasmCode();
            c.get(N).i32(FLOAT).op(I32_MUL).set(ROW_BYTES);
            c.get(PACKED).set(P).get(STRIPS).set(LEFT);
            c.op(BLOCK).get(LEFT).op(I32_EQZ).branch(BR_IF, 0).op(LOOP);
            c.get(P).i32(STRIP_HEADER).op(I32_ADD).set(E);
            c.get(E).get(P).memory(I32_LOAD, 0).i32(STRIP_ENTRY).op(I32_MUL).op(I32_ADD).set(ENTRIES_END);
            c.get(C).get(P).memory(I32_LOAD, 4).get(ROW_BYTES).op(I32_MUL).op(I32_ADD).set(C_ROW);
            c.i32(0).set(COLUMN).get(B).set(PANEL);
            c.op(BLOCK).op(LOOP);
            c.get(COLUMN).get(ROW_BYTES).op(I32_LT_U).op(I32_EQZ).branch(BR_IF, 1);
            tile(c, form);
            c.get(COLUMN).i32(PANEL_COLUMNS * FLOAT).op(I32_ADD).set(COLUMN);
            c.get(PANEL).get(PANEL_BYTES).op(I32_ADD).set(PANEL);
            c.branch(BR, 0);
            c.op(END).op(END);
            c.get(ENTRIES_END).set(P);
            c.get(LEFT).i32(1).op(I32_SUB).tee(LEFT).branch(BR_IF, 0);
            c.op(END).op(END);
            return c;
        }

        /** c(strip's rows, COLUMN … + 8) = Σ over kept terms t of A(r, t) · B(t, those columns). */
        private static void tile(WasmCode c, MultiplyAdd form) {
            for (int i = 0; i < STRIP_ROWS * TILE_VECTORS; i++) {
                c.f32(0).simd(F32X4_SPLAT).set(ACC + i);
            }
            c.get(P).i32(STRIP_HEADER).op(I32_ADD).set(E);
            c.op(BLOCK).get(E).get(ENTRIES_END).op(I32_NE).op(I32_EQZ).branch(BR_IF, 0).op(LOOP);
            c.get(PANEL).get(E).memory(I32_LOAD, 0).op(I32_ADD).set(B_AT);
            for (int q = 0; q < TILE_VECTORS; q++) {
                c.get(B_AT).simdMemory(V128_LOAD, 16 * q).set(B_ROW + q);
            }
            // one row's broadcast value at a time, so only one splat register is live beside the accumulators
            for (int r = 0; r < STRIP_ROWS; r++) {
                c.get(E).simdMemory(V128_LOAD32_SPLAT, 4 + 4 * r).set(SPLAT);
                for (int q = 0; q < TILE_VECTORS; q++) {
                    int acc = ACC + r * TILE_VECTORS + q;
                    if (form == MultiplyAdd.FUSED) {
                        c.get(SPLAT).get(B_ROW + q).get(acc).simd(F32X4_RELAXED_MADD).set(acc);
                    } else {
                        c.get(acc).get(SPLAT).get(B_ROW + q).simd(F32X4_MUL).simd(F32X4_ADD).set(acc);
                    }
                }
            }
            c.get(E).i32(STRIP_ENTRY).op(I32_ADD).tee(E).get(ENTRIES_END).op(I32_NE).branch(BR_IF, 0);
            c.op(END).op(END);
            c.get(C_ROW).get(COLUMN).op(I32_ADD).set(ROW_AT);
            for (int r = 0; r < STRIP_ROWS; r++) {
                for (int q = 0; q < TILE_VECTORS; q++) {
                    c.get(ROW_AT).get(ACC + r * TILE_VECTORS + q).simdMemory(V128_STORE, 16 * q);
                }
                c.get(ROW_AT).get(ROW_BYTES).op(I32_ADD).set(ROW_AT);
            }
        }
    }
}
