package org.divelive.server.compute;

import static org.divelive.server.compute.MicroKernel.MR;
import static org.divelive.server.compute.MicroKernel.NR;

import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.PortableKernels;

/**
 * The server's kernels: SIMD through {@code jdk.incubator.vector}, the zero columns of A skipped, and the rows of C
 * shared out across a fixed {@link CoreTeam}. All three products are one blocked product C (M, N) = A (M, K) ·
 * B (K, N) whose operands are read straight or transposed ({@link Operand}):
 * <pre>
 *   B is packed once into NR-wide column panels (in parallel, one task per panel), while the rows of A are put
 *   in an order that groups rows with zeros in the same places ({@link RowOrder});
 *   each task takes a few strips of MR rows of that order and copies out each strip's non-zero columns
 *   ({@link Strip}), then for every panel, for every strip: one MicroKernel tile of C.
 * </pre>
 * A task's strips stay in L2 while the panel being read stays in L1/L2; K is not blocked, since a 784-row panel
 * (50 KB) streams from L2 fast enough for 12 FMAs per two panel loads. Products too small to repay the packing go
 * to the portable kernel; products too small to repay waking a helper run on the calling thread.
 */
public final class VectorKernels implements Kernels {
    /** Multiply-adds below which the portable kernel is quicker (packing and tile edges dominate). */
    private static final long PORTABLE_BELOW = 4_096;
    /** Multiply-adds below which one thread is quicker than handing work to the team. */
    private static final long ONE_THREAD_BELOW = 1L << 17;
    /** Strips per task at most: a task sweeps every panel of B once, so fewer, larger tasks read B less often. */
    private static final int MAX_STRIPS_PER_TASK = 16;
    /** Tasks per thread: several, so a thread the OS delays leaves its share to the others. */
    private static final int TASKS_PER_THREAD = 4;
    /** Parameters per task of the SGD update: 64 KB each of θ and g, so smaller parameters stay on one thread. */
    private static final int SGD_CHUNK = 16_384;

    private final Kernels portable = new PortableKernels();
    private final CoreTeam team;
    private final ThreadLocal<float[]> panels = ThreadLocal.withInitial(() -> new float[0]);
    private final ThreadLocal<RowOrder> orders = ThreadLocal.withInitial(RowOrder::new);
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    private VectorKernels(int threads) {
        team = new CoreTeam(threads);
    }

    /**
     * Kernels using {@code threads} threads (the caller and threads − 1 helpers). Typed as {@link Kernels} so a
     * caller can catch the {@link LinkageError} of a JVM without the vector module without naming this class.
     */
    public static Kernels create(int threads) {
        if (MicroKernel.LANES < 4) {
            throw new UnsupportedOperationException("SIMD vectors of " + MicroKernel.LANES + " floats are too short");
        }
        return new VectorKernels(threads);
    }

    @Override
    public void matmul(float[] a, float[] b, float[] c, int m, int k, int n) {
        if ((long) m * k * n < PORTABLE_BELOW) {
            portable.matmul(a, b, c, m, k, n);
            return;
        }
        multiply(new Operand(a, false, m, k), new Operand(b, false, k, n), c);
    }

    @Override
    public void matmulTransposeA(float[] a, float[] b, float[] c, int m, int k, int n) {
        if ((long) m * k * n < PORTABLE_BELOW) {
            portable.matmulTransposeA(a, b, c, m, k, n);
            return;
        }
        // A = aᵀ (K, M) from a stored (M, K)
        multiply(new Operand(a, true, k, m), new Operand(b, false, m, n), c);
    }

    @Override
    public void matmulTransposeB(float[] a, float[] b, float[] c, int m, int n, int k) {
        if ((long) m * n * k < PORTABLE_BELOW) {
            portable.matmulTransposeB(a, b, c, m, n, k);
            return;
        }
        // B = bᵀ (N, K) from b stored (K, N)
        multiply(new Operand(a, false, m, n), new Operand(b, true, n, k), c);
    }

    /** c (M, N) = a (M, K) · b (K, N), overwriting c. */
    private void multiply(Operand a, Operand b, float[] c) {
        int m = a.rows();
        int k = a.cols();
        int n = b.cols();
        boolean together = (long) m * k * n >= ONE_THREAD_BELOW;
        int panelCount = PackedB.panels(n, NR);
        float[] packedB = panels.get();
        if (packedB.length < panelCount * k * NR) {
            packedB = new float[panelCount * k * NR];
            panels.set(packedB);
        }
        float[] bPanels = packedB;
        // Listing a strip's non-zero columns reads the whole strip once, which pays off over several panels of B;
        // against a single panel (N ≤ NR: the 10-class layer) it costs about what it saves, so all columns are kept.
        boolean skipZeros = panelCount > 1;
        RowOrder order = orders.get();
        // one more task than panels: ordering the rows of A runs beside the packing
        run(together, panelCount + 1, q -> {
            if (q < panelCount) {
                PackedB.packPanel(b, q, NR, bPanels);
            } else {
                order.arrange(a, skipZeros);
            }
        });

        int strips = (m + MR - 1) / MR;
        int perTask = Math.max(1, Math.min(MAX_STRIPS_PER_TASK, strips / (TASKS_PER_THREAD * team.threads())));
        int tasks = (strips + perTask - 1) / perTask;
        run(together, tasks, t -> {
            int first = t * perTask;
            multiplyStrips(a, order, skipZeros, bPanels, panelCount, c, n, first,
                    Math.min(strips, first + perTask));
        });
    }

    /** The strips [first, last) of A's row order times every panel of B: pack those strips, sweep the panels. */
    private void multiplyStrips(Operand a, RowOrder order, boolean skipZeros, float[] bPanels, int panelCount,
                                float[] c, int n, int first, int last) {
        int m = a.rows();
        int k = a.cols();
        Scratch s = scratch.get();
        Strip[] strips = s.strips(last - first);
        for (int strip = first; strip < last; strip++) {
            strips[strip - first].select(a, order, strip * MR, n, skipZeros);
        }
        for (int q = 0; q < panelCount; q++) {
            int cols = Math.min(NR, n - q * NR);
            for (int strip = first; strip < last; strip++) {
                MicroKernel.multiply(strips[strip - first], bPanels, q * k * NR, c, q * NR,
                        Math.min(MR, m - strip * MR), cols, s.spill);
            }
        }
    }

    private void run(boolean together, int tasks, java.util.function.IntConsumer task) {
        if (together) {
            team.run(tasks, task);
        } else {
            for (int t = 0; t < tasks; t++) {
                task.accept(t);
            }
        }
    }

    @Override
    public void sgdStep(float[] theta, float[] g, double learningRate, double weightDecay) {
        float eta = (float) learningRate;
        float lambda = (float) weightDecay;
        int size = theta.length;
        team.run((size + SGD_CHUNK - 1) / SGD_CHUNK,
                t -> SgdUpdate.apply(theta, g, eta, lambda, t * SGD_CHUNK, Math.min(size, (t + 1) * SGD_CHUNK)));
    }

    @Override
    public String name() {
        return "vector " + MicroKernel.SPECIES.vectorBitSize() + "-bit × " + team.threads() + " threads";
    }

    /** One thread's reusable buffers, grown to the largest product seen. */
    private static final class Scratch {
        final float[] spill = new float[MR * NR];
        private Strip[] strips = new Strip[0];

        Strip[] strips(int count) {
            if (strips.length < count) {
                strips = new Strip[count];
                for (int i = 0; i < count; i++) {
                    strips[i] = new Strip();
                }
            }
            return strips;
        }
    }
}
