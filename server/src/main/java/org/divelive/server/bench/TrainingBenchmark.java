package org.divelive.server.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.divelive.math.Rng;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.kernel.Compute;
import org.divelive.math.lessons.scratch.MlpScratch;
import org.divelive.math.lessons.scratch.SoftmaxRegressionScratch;
import org.divelive.math.model.ClassificationModel;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.nn.Init;
import org.divelive.math.train.Clock;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.TrainEvent;
import org.divelive.math.train.Trainer;

/**
 * Trains the course's two Fashion-MNIST models with the book's recipes (lr 0.1, batch 256) on all 60,000 images and
 * prints every epoch, the median seconds per epoch (training only, evaluation excluded, like the references) and the
 * final test accuracy, next to the NumPy + OpenBLAS figures measured on this kind of machine.
 */
public final class TrainingBenchmark {
    /** Seconds per epoch of NumPy float32 + OpenBLAS on 2 cores, from shared/TOOLCHAIN.md. */
    static final double NUMPY_SOFTMAX_SECONDS = 0.14;
    static final double NUMPY_MLP_SECONDS = 0.395;

    private final TrainTestSplit data;
    private final int epochs;
    private final PrintWriter out;

    public TrainingBenchmark(TrainTestSplit data, int epochs, PrintWriter out) {
        this.data = data;
        this.epochs = epochs;
        this.out = out;
    }

    /** Runs the chosen models: "softmax", "mlp" or "all". */
    public void run(String which) {
        out.printf(Locale.ROOT, "kernels: %s; Java %s; %d cores%n", Compute.kernels().name(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "Fashion-MNIST: %d training, %d test images%n", data.train().size(),
                data.test().size());
        if (!which.equals("mlp")) {
            Rng rng = new Rng(42);
            measure("softmax regression 784-10", new SoftmaxRegressionScratch(784, 10, rng), rng,
                    NUMPY_SOFTMAX_SECONDS);
        }
        if (!which.equals("softmax")) {
            Rng rng = new Rng(42);
            measure("MLP 784-256-10 ReLU from scratch", new MlpScratch(784, 256, 10, rng), rng, NUMPY_MLP_SECONDS);
            // the concise form is what server runs and the page train: the same math through Linear/Relu layers
            Rng conciseRng = new Rng(42);
            measure("MLP 784-256-10 ReLU concise (Sequential, as server runs train)",
                    ModelSpec.mlp(ModelSpec.ActivationKind.RELU, 256).build(784, 10, Init.BOOK, conciseRng),
                    conciseRng, NUMPY_MLP_SECONDS);
        }
        out.flush();
    }

    private void measure(String title, ClassificationModel model, Rng rng, double reference) {
        out.printf(Locale.ROOT, "%n%s, lr 0.1, batch 256, %d epochs%n", title, epochs);
        out.println(" epoch  train loss  train acc  test acc  seconds  samples/s");
        List<Double> seconds = new ArrayList<>();
        double[] testAccuracy = {Double.NaN};
        new Trainer(model, data.train(), data.test(), new Hyperparameters(0.1, 256, epochs, 0, 42), rng, event -> {
            if (event instanceof TrainEvent.EpochDone e) {
                double s = e.samplesPerSecond() > 0 ? data.train().size() / e.samplesPerSecond() : Double.NaN;
                seconds.add(s);
                testAccuracy[0] = e.testAccuracy();
                out.printf(Locale.ROOT, "%6d  %10.4f  %9.4f  %8.4f  %7.3f  %9.0f%n", e.epoch(), e.trainLoss(),
                        e.trainAccuracy(), e.testAccuracy(), s, e.samplesPerSecond());
                out.flush();
            } else if (event instanceof TrainEvent.Diverged d) {
                out.printf(Locale.ROOT, "diverged at step %d (loss %s)%n", d.step(), d.loss());
            }
        }, Clock.SYSTEM).run();
        double median = median(seconds);
        out.printf(Locale.ROOT, "median seconds per epoch: %.3f (NumPy + OpenBLAS on this machine: %.3f); "
                + "final test accuracy %.4f%n", median, reference, testAccuracy[0]);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
