package org.divelive.server.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.PortableKernels;
import org.divelive.server.compute.VectorKernels;
import org.divelive.server.data.DataSettings;
import org.divelive.server.data.FashionMnistReader;

/**
 * How fast each kernel runs the five matrix products of one MLP 784-256-10 training step on a batch of B = 256,
 * and the seconds per epoch (235 batches, 60,000 images) that implies. Build, then run from the repository root:
 * <pre>
 *   mvn -q -pl server -am package -DskipTests
 *   java --add-modules jdk.incubator.vector -cp server/target/divelive.jar org.divelive.server.bench.KernelBenchmark
 * </pre>
 * X is a batch of real Fashion-MNIST images when the data set is found as the server finds it (about half of
 * their pixels are exactly 0, mostly the same background pixels in every image), else Gaussian values with half
 * set to 0 independently, which leaves fewer all-zero columns to skip. ReLU's output H and the gradient dH, which
 * it masks, are half zeros too. GFLOP/s counts the dense 2·M·K·N flops, so skipped zeros show up as speed.
 */
public final class KernelBenchmark {
    /** The MLP's shape: a batch of B images of D pixels, H hidden units, K classes. */
    private static final int B = 256;
    private static final int D = FashionMnist.FEATURES;
    private static final int H = 256;
    private static final int K = FashionMnist.CLASSES;
    /** An epoch over the training set, the last batch partial. */
    private static final int BATCHES_PER_EPOCH = (FashionMnist.TRAIN_SIZE + B - 1) / B;
    private static final int RUNS = 7;
    /** Each timed run repeats the product until it has taken at least this long, so the clock's grain is negligible. */
    private static final long RUN_NANOS = 100_000_000L;

    private KernelBenchmark() {
    }

    /** One product of the training step, bound to its operands. */
    private record Product(String name, long flops, Step step) {
    }

    private interface Step {
        void run(Kernels kernels);
    }

    public static void main(String[] args) {
        Rng rng = new Rng(2024);
        float[] x = imageBatch(rng);
        float[] w1 = gaussian(rng, D * H, 0.01);
        float[] w2 = gaussian(rng, H * K, 0.01);
        float[] hidden = halfZeros(rng, B * H, 1);
        float[] dHidden = halfZeros(rng, B * H, 0.01);
        float[] dLogits = gaussian(rng, B * K, 0.01);
        float[] outHidden = new float[B * H];
        float[] outLogits = new float[B * K];
        float[] dW1 = new float[D * H];
        float[] dW2 = new float[H * K];
        float[] outDHidden = new float[B * H];
        List<Product> products = List.of(
                new Product("forward  X·W1   (256x784 · 784x256)", 2L * B * D * H,
                        k -> k.matmul(x, w1, outHidden, B, D, H)),
                new Product("forward  H·W2   (256x256 · 256x10)", 2L * B * H * K,
                        k -> k.matmul(hidden, w2, outLogits, B, H, K)),
                new Product("backward dW2=Hᵀ·dY (256x256ᵀ · 256x10)", 2L * B * H * K,
                        k -> k.matmulTransposeA(hidden, dLogits, dW2, B, H, K)),
                new Product("backward dH=dY·W2ᵀ (256x10 · 256x10ᵀ)", 2L * B * K * H,
                        k -> k.matmulTransposeB(dLogits, w2, outDHidden, B, K, H)),
                new Product("backward dW1=Xᵀ·dH (256x784ᵀ · 256x256)", 2L * B * D * H,
                        k -> k.matmulTransposeA(x, dHidden, dW1, B, D, H)));

        int cores = Runtime.getRuntime().availableProcessors();
        List<Kernels> contenders = new ArrayList<>();
        contenders.add(new PortableKernels());
        contenders.add(VectorKernels.create(1));
        if (cores > 1) {
            contenders.add(VectorKernels.create(cores));
        }
        System.out.printf("Java %s, %d cores; median (and best) of %d runs after warm-up%n", Runtime.version(), cores,
                RUNS);
        for (Kernels kernels : contenders) {
            System.out.printf("%n%s%n", kernels.name());
            double stepMedian = 0;
            double stepBest = 0;
            for (Product product : products) {
                double[] seconds = sortedSecondsPerCall(kernels, product.step());
                double median = seconds[RUNS / 2];
                stepMedian += median;
                stepBest += seconds[0];
                System.out.printf("  %-42s %8.3f ms  %6.1f GFLOP/s  (best %6.1f)%n", product.name(), median * 1e3,
                        product.flops() / median / 1e9, product.flops() / seconds[0] / 1e9);
            }
            System.out.printf("  %-42s %8.3f s per epoch (best %.3f s; %d batches)%n", "MLP epoch, products only",
                    stepMedian * BATCHES_PER_EPOCH, stepBest * BATCHES_PER_EPOCH, BATCHES_PER_EPOCH);
        }
    }

    /**
     * Seconds per call in each of {@link #RUNS} timed runs, fastest first, after two untimed runs to warm up the JIT.
     * The median is the figure to quote; the best shows what the code does when other processes leave the cores
     * alone.
     */
    private static double[] sortedSecondsPerCall(Kernels kernels, Step step) {
        double[] perCall = new double[RUNS];
        run(kernels, step);
        run(kernels, step);
        for (int r = 0; r < RUNS; r++) {
            perCall[r] = run(kernels, step);
        }
        Arrays.sort(perCall);
        return perCall;
    }

    private static double run(Kernels kernels, Step step) {
        long start = System.nanoTime();
        long elapsed;
        int calls = 0;
        do {
            step.run(kernels);
            calls++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < RUN_NANOS);
        return elapsed / 1e9 / calls;
    }

    /** B images drawn at random from the training set, or half-zero noise when the data set is not here. */
    private static float[] imageBatch(Rng rng) {
        Optional<Path> folder = DataSettings.defaults().locator().find();
        if (folder.isEmpty()) {
            System.out.println("(Fashion-MNIST not found: X is noise with half its entries zero)");
            return halfZeros(rng, B * D, 1);
        }
        Dataset train = FashionMnistReader.read(folder.get()).train();
        float[] x = new float[B * D];
        for (int i = 0; i < B; i++) {
            System.arraycopy(train.featureArray(), rng.nextInt(train.size()) * D, x, i * D, D);
        }
        return x;
    }

    private static float[] gaussian(Rng rng, int size, double std) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) rng.nextGaussian(0, std);
        }
        return values;
    }

    private static float[] halfZeros(Rng rng, int size, double std) {
        float[] values = gaussian(rng, size, std);
        for (int i = 0; i < size; i++) {
            if (rng.nextDouble() < 0.5) {
                values[i] = 0f;
            }
        }
        return values;
    }
}
