package org.divelive.client.simd;

import static org.divelive.client.simd.KernelModule.PANEL_COLUMNS;
import static org.divelive.client.simd.KernelModule.STRIP_ENTRY;
import static org.divelive.client.simd.KernelModule.STRIP_HEADER;
import static org.divelive.client.simd.KernelModule.STRIP_ROWS;

import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.PortableKernels;

/**
 * The page's fast kernels: the matrix products of training run in {@code kernels.wasm} (WebAssembly SIMD, see
 * {@link KernelModule}), the large ones shared with the kernel helper where the worker has one (a second thread on
 * the same shared memory, in a cross-origin isolated page); the SGD update stays portable. Only the WebAssembly
 * build of the worker installs them, and only when its loader could instantiate the module ({@link #inWorker()}).
 * All three products are c (rows, n) = A · B with A read from a Java array by strides and B copied in as it is or
 * transposed, so the forward product x·W, the weight gradient xᵀ·dY and the input gradient dY·Wᵀ share one path.
 */
public final class SimdKernels implements Kernels {
    private static final int FLOAT = 4;
    // the host's slots
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    /**
     * Products of at least this many multiply-adds (rows × terms × padded columns) are shared with the kernel
     * helper: the MLP's 784 → 256 layer (51 million, forward and weight gradient) is; its 256 → 10 layer (1 million
     * at most) is not, as waking the helper and waiting for it (tens of µs each) would cost about what it saves.
     */
    static final long SHARED_MULTIPLY_ADDS = 1 << 22;
    /**
     * Strips per chunk of a shared product: 16 rows, under 0.1 ms of the big layer's product on the reference
     * machine, so a thread that falls behind leaves the other at most that to wait, while a chunk's fixed cost (a
     * call and an atomic add, well under a µs) stays negligible.
     */
    static final int CHUNK_STRIPS = 4;
    private final Kernels portable = new PortableKernels();
    private final KernelHost module;

    SimdKernels(KernelHost module) {
        this.module = module;
    }

    /** The kernels of the worker's module, if its loader brought it; else null. */
    public static SimdKernels inWorker() {
        return WorkerKernelHost.available() ? new SimdKernels(new WorkerKernelHost()) : null;
    }

    @Override
    public void matmul(float[] a, float[] b, float[] c, int m, int k, int n) {
        // c (M,N) = a (M,K) · b (K,N): A = a, B = b
        if (!product(a, m, k, k, 1, b, false, c, n)) {
            portable.matmul(a, b, c, m, k, n);
        }
    }

    @Override
    public void matmulTransposeA(float[] a, float[] b, float[] c, int m, int k, int n) {
        // c (K,N) = aᵀ · b: A = aᵀ, A(p, i) = a(i, p); B = b
        if (!product(a, k, m, 1, k, b, false, c, n)) {
            portable.matmulTransposeA(a, b, c, m, k, n);
        }
    }

    @Override
    public void matmulTransposeB(float[] a, float[] b, float[] c, int m, int n, int k) {
        // c (M,K) = a (M,N) · bᵀ: A = a, B = bᵀ (N,K)
        if (!product(a, m, n, n, 1, b, true, c, k)) {
            portable.matmulTransposeB(a, b, c, m, n, k);
        }
    }

    /**
     * c (rows, n) = A · B with A(r, t) = a[r·rowStride + t·termStride] and B (terms, n) = b, or with
     * {@code transposed} B = bᵀ for b (n, terms). In the module C has its rows padded to {@code width} columns, a
     * multiple of the kernel's panel of 8, and B is cut into panels of 8 columns: the padding columns of C hold
     * whatever the padding of B gives, and are never read back. So the 10 classes go through the same branch-free
     * tile as the 256 hidden units. A large product is shared by strips with the kernel helper, when there is one:
     * each strip's rows come out of the same code either way, so sharing changes no bit of c. Returns false, having
     * computed nothing, when the operands do not fit the module's memory (a very large batch on a fixed shared one).
     */
    private boolean product(float[] a, int rows, int terms, int rowStride, int termStride, float[] b,
            boolean transposed, float[] c, int n) {
        int width = (n + PANEL_COLUMNS - 1) / PANEL_COLUMNS * PANEL_COLUMNS;
        int panelBytes = terms * PANEL_COLUMNS * FLOAT;
        int strips = (rows + STRIP_ROWS - 1) / STRIP_ROWS;
        // a strip keeps at most all its terms, plus the one entry to spare that pack writes; room for whole chunks
        int stripBytes = STRIP_HEADER + (terms + 1) * STRIP_ENTRY;
        int chunks = (strips + CHUNK_STRIPS - 1) / CHUNK_STRIPS;
        int bAt = module.reserve(B, width / PANEL_COLUMNS * panelBytes);
        int packed = module.reserve(A, chunks * CHUNK_STRIPS * stripBytes);
        int cAt = module.reserve(C, strips * STRIP_ROWS * width * FLOAT); // a short last strip's rows are scratch
        if (bAt == 0 || packed == 0 || cAt == 0) {
            return false;
        }
        for (int first = 0; first < n; first += PANEL_COLUMNS) {
            int columns = Math.min(PANEL_COLUMNS, n - first);
            int panel = bAt + first / PANEL_COLUMNS * panelBytes;
            for (int t = 0; t < terms; t++) {
                int row = panel + t * PANEL_COLUMNS * FLOAT;
                for (int j = 0; j < columns; j++) {
                    int column = first + j;
                    module.putFloat(row + j * FLOAT, transposed ? b[column * terms + t] : b[t * n + column]);
                }
            }
        }
        if (chunks > 1 && (long) rows * terms * width >= SHARED_MULTIPLY_ADDS && module.hasHelper()) {
            shared(a, rows, terms, rowStride, termStride, strips, chunks, stripBytes, packed, bAt, cAt, c, n, width,
                    panelBytes);
            return true;
        }
        pack(a, 0, rows, terms, rowStride, termStride, packed);
        module.strips(packed, bAt, cAt, strips, width, panelBytes);
        copyOut(cAt, 0, rows, c, n, width);
        return true;
    }

    /**
     * The product with the kernel helper: A is packed chunk by chunk, each chunk at a fixed place so either thread
     * finds it, and the helper computes chunks as soon as they are packed while this thread packs on; then both take
     * chunks until none is left. Whichever thread is slower (the helper's core busy with other work, or this one
     * packing) does fewer, and the wait at the end is at most one chunk. This thread copies out its own rows of c
     * as it goes, the helper's once it has joined.
     */
    private void shared(float[] a, int rows, int terms, int rowStride, int termStride, int strips, int chunks,
            int stripBytes, int packed, int bAt, int cAt, float[] c, int n, int width, int panelBytes) {
        int chunkBytes = CHUNK_STRIPS * stripBytes;
        int chunkRows = CHUNK_STRIPS * STRIP_ROWS;
        module.handOff(packed, chunkBytes, CHUNK_STRIPS, strips, bAt, cAt, width, panelBytes);
        for (int chunk = 0; chunk < chunks; chunk++) {
            int first = chunk * chunkRows;
            int at = packed + chunk * chunkBytes;
            pack(a, first, Math.min(rows, first + chunkRows), terms, rowStride, termStride, at);
            module.packed(chunk + 1);
        }
        boolean[] mine = new boolean[chunks];
        for (int chunk = module.claim(); chunk >= 0; chunk = module.claim()) {
            int first = chunk * chunkRows;
            int count = Math.min(CHUNK_STRIPS, strips - chunk * CHUNK_STRIPS);
            module.strips(packed + chunk * chunkBytes, bAt, cAt, count, width, panelBytes);
            copyOut(cAt, first, Math.min(rows, first + chunkRows), c, n, width);
            mine[chunk] = true;
        }
        module.join();
        for (int chunk = 0; chunk < chunks; chunk++) {
            if (!mine[chunk]) {
                int first = chunk * chunkRows;
                copyOut(cAt, first, Math.min(rows, first + chunkRows), c, n, width);
            }
        }
    }

    /** Rows {@code from} to {@code to} of c from the module's C, whose rows are {@code width} columns apart. */
    private void copyOut(int cAt, int from, int to, float[] c, int n, int width) {
        for (int r = from; r < to; r++) {
            int row = cAt + r * width * FLOAT;
            for (int j = 0; j < n; j++) {
                c[r * n + j] = module.getFloat(row + j * FLOAT);
            }
        }
    }

    /**
     * Writes rows {@code from} to {@code to} of A (from a multiple of four) at {@code at} as the strips
     * {@code strips} reads (see {@link KernelModule}): per four rows a header (kept terms, first row), then each term
     * with a non-zero value in any of the rows, as its offset within a panel of B and the four values (0 for the
     * missing rows of a short last strip).
     */
    private void pack(float[] a, int from, int to, int terms, int rowStride, int termStride, int at) {
        int header = at;
        for (int first = from; first < to; first += STRIP_ROWS) {
            int present = to - first; // the strip's rows that exist, all four but in a short last strip
            int entry = header + STRIP_HEADER;
            for (int t = 0; t < terms; t++) {
                int row0 = first * rowStride + t * termStride;
                float v0 = a[row0];
                float v1 = present > 1 ? a[row0 + rowStride] : 0f;
                float v2 = present > 2 ? a[row0 + 2 * rowStride] : 0f;
                float v3 = present > 3 ? a[row0 + 3 * rowStride] : 0f;
                // written in any case, kept by moving on only when a value is non-zero (one slot to spare)
                module.putInt(entry, t * PANEL_COLUMNS * FLOAT);
                module.putFloat(entry + FLOAT, v0);
                module.putFloat(entry + 2 * FLOAT, v1);
                module.putFloat(entry + 3 * FLOAT, v2);
                module.putFloat(entry + 4 * FLOAT, v3);
                if (v0 != 0f || v1 != 0f || v2 != 0f || v3 != 0f) {
                    entry += STRIP_ENTRY;
                }
            }
            module.putInt(header, (entry - header - STRIP_HEADER) / STRIP_ENTRY);
            module.putInt(header + FLOAT, first);
            header = entry;
        }
    }

    @Override
    public void sgdStep(float[] theta, float[] g, double learningRate, double weightDecay) {
        portable.sgdStep(theta, g, learningRate, weightDecay);
    }

    @Override
    public String name() {
        return "WebAssembly SIMD";
    }
}
