package org.divelive.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.divelive.client.probe.PortabilityProbes;
import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.data.FashionMnistFiles;
import org.divelive.math.io.ParameterFile;
import org.divelive.math.lessons.linreg.LinearRegressionExperiment;
import org.divelive.math.lessons.softmax.NaiveSoftmax;
import org.divelive.math.metrics.ConfusionMatrix;
import org.divelive.math.metrics.TopK;
import org.divelive.math.model.ClassificationModel;
import org.divelive.math.model.Model;
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
 * and the JVM's kernels may sum in another order. Measured: at most 1.4e-9 relative, mostly 0.
 */
class SharedMathPortabilityIT {
    /** Relative difference allowed between a step loss in the page and on the JVM. */
    static final double CURVE_TOLERANCE = 1e-6;

    private static Site site;
    private static Browser browser;
    private static Page page;
    private static final List<String> ERRORS = new ArrayList<>();

    /** The probes' own bundle, loaded into a page of the site; lesson pages do not carry the probes. */
    @BeforeAll
    static void loadTheProbes() {
        site = Site.embedded();
        browser = new Browser();
        page = browser.newPage(ERRORS);
        page.navigate(site.url("/"));
        page.addScriptTag(new Page.AddScriptTagOptions().setUrl(site.url("/client/probes.js")));
    }

    @AfterAll
    static void close() {
        assertEquals(List.of(), ERRORS);
        browser.close();
        site.close();
    }

    @Test
    void lessonPagesDoNotCarryTheProbes() {
        Page lesson = browser.newPage(ERRORS);
        lesson.navigate(site.url("/lessons/linear-regression"));
        // the bundle loads when a widget comes near the window
        lesson.locator("[data-widget]").first().scrollIntoViewIfNeeded();
        lesson.waitForFunction("() => typeof main === 'function'");
        assertEquals("undefined", lesson.evaluate("() => typeof probeNormals"));
        lesson.close();
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
        LinearRegressionExperiment.of(new Hyperparameters(0.03, 10, 3, 0, 7), history).trainer().run();
        assertSameCurve(history.stepLosses(), pageLosses);
    }

    /** 1000 Fashion-MNIST training images as the page receives them: uint8 pixels and labels. */
    private static List<List<Integer>> firstImages(Dataset images) {
        List<Integer> pixels = new ArrayList<>();
        for (byte b : FashionMnist.pixelBytes(images)) {
            pixels.add((int) b);
        }
        List<Integer> labels = new ArrayList<>();
        for (byte b : FashionMnist.labelBytes(images)) {
            labels.add((int) b);
        }
        return List.of(pixels, labels);
    }

    @Test
    void softmaxRegressionAndBothMlpsOnFashionMnistFollowTheSameCurves() {
        Dataset images = FashionMnistFiles.train().first(1000);
        List<List<Integer>> bytes = firstImages(images);
        // 0: softmax regression from scratch; 32: the scratch MLP; −32: the concise MLP, both with 32 hidden units
        for (int hidden : new int[] {0, 32, -32}) {
            double[] pageLosses = toDoubles(page.evaluate("([pixels, labels, hidden]) => Array.from("
                    + "probeFashionLosses(new Int8Array(pixels), new Int8Array(labels), hidden, 0.1, 100, 3, 7))",
                    List.of(bytes.get(0), bytes.get(1), hidden)));
            Rng rng = new Rng(7);
            Model model = PortabilityProbes.fashionModel(hidden, rng);
            LossHistory history = new LossHistory();
            new Trainer(model, images, new Hyperparameters(0.1, 100, 3, 0, 7), rng, history).run();
            assertSameCurve(history.stepLosses(), pageLosses);
        }
    }

    @Test
    void parameterFilesAreTheSameBytesAndScoreTheSameInBothPlaces() {
        byte[] jvmFile = ParameterFile.write(PortabilityProbes.fashionModel(32, new Rng(9)).parameters());
        List<?> pageFile = (List<?>) page.evaluate("() => Array.from(probeSavedParameters(32, 9))");
        assertEquals(jvmFile.length, pageFile.size());
        for (int i = 0; i < jvmFile.length; i++) {
            assertEquals(jvmFile[i], ((Number) pageFile.get(i)).byteValue(), "byte " + i);
        }

        // a model trained on the JVM, saved, and scored in the page
        Rng rng = new Rng(3);
        Dataset train = FashionMnistFiles.train().first(2000);
        ClassificationModel trained = PortabilityProbes.fashionModel(32, rng);
        new Trainer(trained, train, new Hyperparameters(0.1, 100, 10, 0, 3), rng, event -> { }).run();
        List<Integer> file = new ArrayList<>();
        for (byte b : ParameterFile.write(trained.parameters())) {
            file.add((int) b);
        }
        Dataset test = FashionMnistFiles.test().first(200);
        List<List<Integer>> bytes = firstImages(test);
        double[] scored = toDoubles(page.evaluate("([file, pixels, labels]) => Array.from("
                + "probeScoreWithSavedParameters(new Int8Array(file), 32, new Int8Array(pixels), new Int8Array(labels)))",
                List.of(file, bytes.get(0), bytes.get(1))));
        assertEquals(ConfusionMatrix.of(trained, test).accuracy(), scored[0], 1e-12, "accuracy in the page");
        assertTrue(scored[0] > 0.6, "the trained model is better than chance: " + scored[0]);
        float[] logits = trained.logits(test.featureArray(), test.size());
        for (int i = 0; i < test.size(); i++) {
            TopK top = TopK.of(logits, i * 10, 10, 3);
            assertEquals(top.classes()[0], (int) scored[1 + 2 * i], "top-1 of example " + i);
            assertEquals(top.probabilities()[0], scored[2 + 2 * i], 1e-5, "its probability");
        }
    }

    @Test
    void theNaiveSoftmaxOverflowsInThePageAsOnTheJvm() {
        double[] inPage = toDoubles(page.evaluate("() => Array.from(probeNaiveSoftmax([1000, -1000, 0]))"));
        assertTrue(Double.isNaN(inPage[0]), "e^1000 / Σ = ∞/∞ = NaN in the page, was " + inPage[0]);
        assertTrue(!Double.isFinite(inPage[3]), "the naive cross-entropy is not finite: " + inPage[3]);
        double[] small = toDoubles(page.evaluate("() => Array.from(probeNaiveSoftmax([0.5, -1, 2]))"));
        double[] jvm = NaiveSoftmax.softmax(new double[] {0.5, -1, 2});
        for (int j = 0; j < 3; j++) {
            assertEquals(jvm[j], small[j], 1e-15);
        }
    }

    @Test
    void thePolynomialAndWeightDecaySetsAreIdentical() {
        double[] inPage = toDoubles(page.evaluate("() => Array.from(probeSyntheticSets(11))"));
        assertArrayEquals(PortabilityProbes.syntheticSets(11), inPage, 0.0);
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
