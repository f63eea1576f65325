package org.divelive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.data.FashionMnistFiles;
import org.divelive.math.linreg.LinearRegressionExperiment;
import org.divelive.math.model.Model;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.nn.Init;
import org.divelive.math.scratch.SoftmaxRegressionScratch;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.LossHistory;
import org.divelive.math.train.Trainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * shared-math compiled by TeaVM and run in Chromium against the same code on this JVM. Random streams must agree
 * bit for bit. Training curves agree to a stated relative tolerance only: TeaVM's JavaScript evaluates float
 * expressions in double and rounds only when storing into a float[], while the JVM rounds every float operation,
 * and the JVM's kernels may sum in another order.
 */
class SharedMathPortabilityIT {
    /** Relative difference allowed between a step loss in the page and on the JVM. */
    static final double CURVE_TOLERANCE = 1e-3;

    private static Site site;
    private static Browser browser;
    private static Page page;
    private static final List<String> ERRORS = new ArrayList<>();

    @BeforeAll
    static void openAnyLesson() {
        site = Site.embedded();
        browser = new Browser();
        page = browser.newPage(ERRORS);
        page.navigate(site.url("/lessons/linear-regression"));
    }

    @AfterAll
    static void close() {
        assertEquals(List.of(), ERRORS);
        browser.close();
        site.close();
    }

    @Test
    void theRandomNumbersAreTheSameToTheLastBit() {
        double[] inPage = toDoubles(page.evaluate("() => Array.from(probeNormals(42, 2000))"));
        Rng rng = new Rng(42);
        for (int i = 0; i < inPage.length; i++) {
            assertEquals(rng.nextGaussian(), inPage[i], 0.0, "normal " + i);
        }
    }

    @Test
    void linearRegressionFollowsTheSameCurve() {
        double[] pageLosses = toDoubles(page.evaluate(
                "() => Array.from(probeLinearRegressionLosses(0.03, 10, 3, 7))"));
        LossHistory history = new LossHistory();
        new LinearRegressionExperiment(new Hyperparameters(0.03, 10, 3, 0, 7), history).trainer().run();
        assertSameCurve(history.stepLosses(), pageLosses);
    }

    @Test
    void softmaxRegressionAndAnMlpOnFashionMnistFollowTheSameCurves() {
        Dataset images = FashionMnistFiles.train().first(1000);
        List<Integer> pixels = new ArrayList<>();
        for (byte b : FashionMnist.pixelBytes(images)) {
            pixels.add((int) b);
        }
        List<Integer> labels = new ArrayList<>();
        for (byte b : FashionMnist.labelBytes(images)) {
            labels.add((int) b);
        }
        for (int hidden : new int[] {0, 32}) {
            double[] pageLosses = toDoubles(page.evaluate("([pixels, labels, hidden]) => Array.from("
                    + "probeFashionLosses(new Int8Array(pixels), new Int8Array(labels), hidden, 0.1, 100, 3, 7))",
                    List.of(pixels, labels, hidden)));
            Rng rng = new Rng(7);
            Model model = hidden > 0
                    ? ModelSpec.mlp(ModelSpec.ActivationKind.RELU, hidden).build(784, 10, Init.BOOK, rng)
                    : new SoftmaxRegressionScratch(784, 10, rng);
            LossHistory history = new LossHistory();
            new Trainer(model, images, new Hyperparameters(0.1, 100, 3, 0, 7), rng, history).run();
            assertSameCurve(history.stepLosses(), pageLosses);
        }
    }

    private static void assertSameCurve(double[] jvm, double[] inPage) {
        assertEquals(jvm.length, inPage.length, "number of steps");
        double worst = 0;
        for (int i = 0; i < jvm.length; i++) {
            worst = Math.max(worst, Math.abs(jvm[i] - inPage[i]) / Math.abs(jvm[i]));
            assertEquals(jvm[i], inPage[i], CURVE_TOLERANCE * Math.abs(jvm[i]), "loss of step " + (i + 1));
        }
        System.out.printf("largest relative difference page vs JVM over %d steps: %.2e%n", jvm.length, worst);
    }

    private static double[] toDoubles(Object list) {
        List<?> values = (List<?>) list;
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) values.get(i)).doubleValue();
        }
        return out;
    }
}
