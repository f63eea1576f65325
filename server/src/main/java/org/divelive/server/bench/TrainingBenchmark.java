package org.divelive.server.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 * final test accuracy, next to the same model from scratch in NumPy + OpenBLAS measured right after it in the same
 * run ({@link NumpyAnchor}); where NumPy cannot run, the figure it prints instead is labelled as quoted, with its
 * machine. Medians leave out epoch 1 (for Java and NumPy alike): it pays for JIT compilation and first
 * memory touches, and whichever model ran first used to look a third slower for it. The first model is also preceded
 * by one untimed epoch of a throwaway copy, so the JIT has compiled the kernels before any timing starts.
 */
public final class TrainingBenchmark {
    private final TrainTestSplit data;
    private final Optional<Path> files;
    private final int epochs;
    private final PrintWriter out;

    /** @param files the folder of the Fashion-MNIST files {@code data} was read from, for NumPy to read too */
    public TrainingBenchmark(TrainTestSplit data, Optional<Path> files, int epochs, PrintWriter out) {
        this.data = data;
        this.files = files;
        this.epochs = epochs;
        this.out = out;
    }

    /** Runs the chosen models: "softmax", "mlp" or "all". */
    public void run(String which) throws InterruptedException {
        out.printf(Locale.ROOT, "kernels: %s; Java %s; %d cores%n", Compute.kernels().name(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "Fashion-MNIST: %d training, %d test images%n", data.train().size(),
                data.test().size());
        if (!which.equals("mlp")) {
            warmUp("softmax regression", new SoftmaxRegressionScratch(784, 10, new Rng(7)));
            Rng rng = new Rng(42);
            double java = measure("softmax regression 784-10", new SoftmaxRegressionScratch(784, 10, rng), rng);
            compare(java, Double.NaN, 0, "no figure quoted");
        }
        if (!which.equals("softmax")) {
            warmUp("MLP", new MlpScratch(784, 256, 10, new Rng(7)));
            Rng rng = new Rng(42);
            double scratch = measure("MLP 784-256-10 ReLU from scratch", new MlpScratch(784, 256, 10, rng), rng);
            // the concise form is what server runs and the page train: the same math through Linear/Relu layers
            Rng conciseRng = new Rng(42);
            double concise = measure("MLP 784-256-10 ReLU concise (Sequential, as server runs train)",
                    ModelSpec.mlp(ModelSpec.ActivationKind.RELU, 256).build(784, 10, Init.BOOK, conciseRng),
                    conciseRng);
            out.printf(Locale.ROOT, "%nDiveLive MLP median seconds per epoch (%s): from scratch %.3f, concise %.3f%n",
                    medianLabel(), scratch, concise);
            compare(scratch, concise, 256, NumpyAnchor.QUOTED_MLP);
        }
        out.flush();
    }

    /**
     * Trains NumPy's twin of the model just measured and prints the medians side by side, all over the same epochs;
     * {@code conciseMedian} is NaN for a model measured only from scratch.
     */
    private void compare(double javaMedian, double conciseMedian, int hidden, String quoted)
            throws InterruptedException {
        String model = hidden == 0 ? "softmax regression" : "MLP 784-" + hidden + "-10";
        if (files.isEmpty()) {
            out.printf(Locale.ROOT, "NumPy %s: not measured (the data came from no folder NumPy can read); %s%n",
                    model, quoted);
            return;
        }
        out.printf(Locale.ROOT, "%nNumPy %s from scratch, same recipe, same files, %d epochs (measured now)%n",
                model, epochs);
        out.flush();
        NumpyAnchor.Outcome outcome = NumpyAnchor.measure(files.get(), epochs, hidden);
        if (outcome instanceof NumpyAnchor.Measured numpy) {
            out.println(" epoch  train loss  seconds");
            for (int e = 0; e < numpy.seconds().size(); e++) {
                out.printf(Locale.ROOT, "%6d  %10.4f  %7.3f%n", e + 1, numpy.losses().get(e), numpy.seconds().get(e));
            }
            double median = steadyMedian(numpy.seconds());
            out.printf(Locale.ROOT, "median seconds per epoch (%s), both from scratch and measured in this run: "
                    + "DiveLive %.3f, %s %.3f; DiveLive takes %.2f× NumPy's time%n", medianLabel(), javaMedian,
                    numpy.version(), median, javaMedian / median);
            if (!Double.isNaN(conciseMedian)) {
                out.printf(Locale.ROOT, "DiveLive concise %.3f: %.2f× NumPy's time%n", conciseMedian,
                        conciseMedian / median);
            }
        } else if (outcome instanceof NumpyAnchor.Unavailable missing) {
            out.printf(Locale.ROOT, "NumPy not measured: %s; %s%n", missing.reason(), quoted);
        }
        out.flush();
    }

    /** Trains and prints every epoch; returns the median seconds per epoch. */
    private double measure(String title, ClassificationModel model, Rng rng) {
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
        double median = steadyMedian(seconds);
        out.printf(Locale.ROOT, "median seconds per epoch (%s): %.3f; final test accuracy %.4f%n", medianLabel(),
                median, testAccuracy[0]);
        return median;
    }

    /** One untimed epoch of a throwaway model, so the JIT compiles the kernels before the first timed epoch. */
    private void warmUp(String what, ClassificationModel throwaway) {
        out.printf(Locale.ROOT, "%nwarm-up: one untimed epoch of a throwaway %s (JIT compilation), not reported%n",
                what);
        out.flush();
        new Trainer(throwaway, data.train(), null, new Hyperparameters(0.1, 256, 1, 0, 7), new Rng(7), event -> {
        }, Clock.SYSTEM).run();
    }

    /** Which epochs the medians cover. */
    private String medianLabel() {
        return epochs > 1 ? "epochs 2–" + epochs + ", epoch 1 left out as warm-up" : "only epoch, warm-up included";
    }

    /** The median of the epochs after the first, or of the only one. */
    static double steadyMedian(List<Double> seconds) {
        return median(seconds.size() > 1 ? seconds.subList(1, seconds.size()) : seconds);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
