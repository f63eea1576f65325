package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** softmax-train and mlp-train: real Fashion-MNIST, trained in the page's worker. */
class ClassifierTrainIT extends BrowserTest {
    @TempDir
    static Path content;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("en/01-train.md"), "---\ntitle: Train\norder: 1\n---\n\n"
                + "<div data-widget=\"softmax-train\" data-batch-size=\"64\" data-epochs=\"5\" "
                + "data-train-subset=\"10000\"></div>\n\n"
                + "<div data-widget=\"mlp-train\" data-hidden=\"32\" data-epochs=\"50\" data-train-subset=\"10000\" "
                + "data-lock=\"seed\" data-hide=\"weightDecay\"></div>\n");
        serve(Site.withContent(content));
    }

    private Locator widget(String name) {
        return page.locator("[data-widget=" + name + "]");
    }

    private static Locator out(Locator widget, String name) {
        return widget.locator("[data-out=" + name + "]");
    }

    private static Locator button(Locator widget, String role) {
        return widget.locator("button[data-role=" + role + "]");
    }

    private Locator ready(String name, String hash) {
        page.navigate(site.url("/lessons/train" + hash));
        Locator widget = widget(name);
        widget.evaluate("widget => widget.scrollIntoView()"); // it mounts, and fetches its data, as it comes near
        assertThat(button(widget, "play")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(30_000));
        return widget;
    }

    @Test
    void softmaxRegressionLearnsFashionMnistInThePage() {
        Locator softmax = ready("softmax-train", "");
        // Chromium has WebAssembly GC and SIMD: the worker must not have fallen back to JavaScript
        assertEquals("WebAssembly SIMD", softmax.getAttribute("data-engine"));
        button(softmax, "step").click();
        assertThat(out(softmax, "step")).hasText("1");
        button(softmax, "play").click();
        assertThat(out(softmax, "status")).hasText("Finished after epoch 5. Press Reset to train again.", new LocatorAssertions.HasTextOptions()
                .setTimeout(90_000));
        double accuracy = Double.parseDouble(out(softmax, "test-accuracy").textContent());
        assertTrue(accuracy >= 0.75, "test accuracy " + accuracy);
        assertEquals(10, softmax.locator(".weight-grid canvas").count(), "one weight image per class");
        assertEquals(10, softmax.locator(".confusion tbody tr").count());
        assertTrue(softmax.locator(".mistakes figure").count() > 0, "a gallery of mistakes");
        assertThat(out(softmax, "speed")).not().hasText("–");
        assertTheConfusionMatrixFits(softmax, "at 1280 px");
        page.setViewportSize(390, 844);
        assertTheConfusionMatrixFits(softmax, "at 390 px");
        // Chinese pages' tables take a column floor so Chinese words do not break a character a line; a widget's
        // counts are no such words (the stylesheet keys on the page's language, so this page can stand in)
        page.setViewportSize(1280, 720);
        page.evaluate("() => document.documentElement.lang = 'zh-CN'");
        assertTheConfusionMatrixFits(softmax, "at 1280 px on a Chinese page");
    }

    /** The trained confusion matrix, four-digit counts and all, fits its box without scrolling. */
    private static void assertTheConfusionMatrixFits(Locator widget, String where) {
        Object widths = widget.locator(".confusion").evaluate("t => [t.scrollWidth, t.clientWidth,"
                + " t.closest('figure').getBoundingClientRect().width]");
        List<?> measured = (List<?>) widths;
        double scroll = ((Number) measured.get(0)).doubleValue();
        double client = ((Number) measured.get(1)).doubleValue();
        double figure = ((Number) measured.get(2)).doubleValue();
        assertTrue(scroll <= client && client <= figure + 1, where + ": the matrix is " + scroll
                + " px wide in a " + client + " px box, its figure " + figure + " px");
    }

    @Test
    void theKernelHelperOnTheSecondCoreTrainsTheSameModelToTheLastBit() {
        // the server's pages are cross-origin isolated, so the worker shares its large products with a kernel helper
        page.addInitScript("(() => { const NativeWorker = window.Worker; window.Worker = function (url, options) {"
                + " const worker = new NativeWorker(url, options); worker.addEventListener('message', e => {"
                + " if (e.data.type === 'engine') window.kernelFile = String(e.data.kernels); });"
                + " return worker; }; })()");
        String hash = "#mlp-train:epochs=1,trainSubset=2000";
        Object shared = trainedCurves("", hash);
        assertEquals(true, page.evaluate("crossOriginIsolated"));
        assertTrue(((String) page.evaluate("window.kernelFile")).endsWith("-shared.wasm"), "the shared build runs");
        Object alone = trainedCurves("?threads=1", hash);
        assertFalse(((String) page.evaluate("window.kernelFile")).contains("shared"), "the worker runs alone");
        assertEquals(alone, shared, "the curves with the first layer's products on one core and on two");
    }

    @Test
    void whereTheSharedWorkerDoesNotLoadTheWorkerTrainsAloneInWebAssembly() {
        // as if the device could not give the shared memory: the shared build fails to compile
        AtomicBoolean broken = new AtomicBoolean();
        page.route("**/client/worker-shared.wasm", route -> {
            broken.set(true);
            route.fulfill(new Route.FulfillOptions().setContentType("application/wasm")
                    .setBodyBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 99}));
        });
        Locator mlp = ready("mlp-train", "#mlp-train:epochs=1,trainSubset=2000");
        assertTrue(broken.get(), "the worker asked for the shared build");
        assertEquals("WebAssembly SIMD", mlp.getAttribute("data-engine"), "not JavaScript");
        button(mlp, "play").click();
        assertThat(out(mlp, "status")).hasText("Finished after epoch 1. Press Reset to train again.",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    }

    /**
     * The epoch's losses and accuracies on the mlp widget's chart, each as the page has it: every dataset but the
     * first, the smoothed step loss, whose points fall where progress messages happen to (every so many ms).
     */
    private Object trainedCurves(String query, String hash) {
        page.navigate(site.url("/lessons/train" + query + hash));
        Locator mlp = widget("mlp-train");
        mlp.evaluate("widget => widget.scrollIntoView()");
        assertThat(button(mlp, "play")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(30_000));
        button(mlp, "play").click();
        assertThat(out(mlp, "status")).hasText("Finished after epoch 1. Press Reset to train again.",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        return mlp.locator("[data-role=chart]").evaluate(
                "canvas => JSON.stringify(Chart.getChart(canvas).data.datasets.slice(1).map(set => set.data))");
    }

    @Test
    void pauseStopsTrainingWhileItRuns() {
        Locator mlp = ready("mlp-train", "");
        button(mlp, "play").click();
        assertThat(out(mlp, "step")).not().hasText("0", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        button(mlp, "play").click();
        assertThat(button(mlp, "play")).hasText("Play");
        assertThat(out(mlp, "status")).hasText("Paused.");
        // the worker finishes the slice it is in (at most 40 ms) and then stops: the count settles
        page.waitForTimeout(400);
        String settled = out(mlp, "step").textContent();
        page.waitForTimeout(600);
        assertEquals(settled, out(mlp, "step").textContent(), "no steps after the pause took effect");
    }

    @Test
    void aTooLargeLearningRateStopsWithAMessageInWords() {
        Locator softmax = ready("softmax-train", "#softmax-train:learningRate=10,batchSize=64,epochs=5,"
                + "trainSubset=10000,seed=42");
        button(softmax, "play").click();
        assertThat(out(softmax, "status")).containsText("Lower the learning rate",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(out(softmax, "status")).containsText("the loss became");
    }

    @Test
    void trainOnServerDrawsTheServersEpochsAndItsWeightsLoadIntoThePage() {
        Locator softmax = ready("softmax-train", "#softmax-train:learningRate=0.1,batchSize=64,epochs=2,"
                + "trainSubset=3000,seed=42");
        button(softmax, "server").click();
        assertThat(out(softmax, "status")).containsText("finished", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(60_000));
        Object serverPoints = softmax.locator("[data-role=chart]").evaluate(
                "canvas => Chart.getChart(canvas).data.datasets[4].data.length");
        assertEquals(2, ((Number) serverPoints).intValue(), "one server test-accuracy point per epoch");

        assertThat(button(softmax, "load")).isEnabled();
        button(softmax, "load").click();
        assertThat(out(softmax, "status")).containsText("The server's weights are in the page model");
        assertThat(softmax.locator(".confusion tbody tr")).hasCount(10);
    }

    @Test
    void aServerRunTrainsAllSixtyThousandImagesUnlessTheReaderChoseFewer() {
        List<String> bodies = new ArrayList<>();
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.url().endsWith("/api/runs")) {
                bodies.add(request.postData());
            }
        });
        // the lesson's own subset, untouched: the server is asked for all of Fashion-MNIST
        Locator softmax = ready("softmax-train", "");
        button(softmax, "server").click();
        assertThat(out(softmax, "status")).containsText("finished", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(120_000));
        assertThat(out(softmax, "status")).containsText("On the server: all 60,000 training images");
        assertEquals(1, bodies.size(), bodies.toString());
        assertFalse(bodies.get(0).contains("trainSubset"), bodies.get(0));
        assertTrue(bodies.get(0).contains("\"learningRate\":"), bodies.get(0));

        // a subset the reader typed is the subset the server trains
        Locator subset = softmax.locator("[data-field=trainSubset]");
        subset.fill("2000");
        subset.dispatchEvent("change");
        button(softmax, "server").click();
        // only the second run's end can say both
        assertThat(out(softmax, "status")).containsText(Pattern.compile(
                "finished.*On the server: the 2,000 training images you chose"),
                new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertEquals(2, bodies.size(), bodies.toString());
        assertTrue(bodies.get(1).contains("\"trainSubset\":2000"), bodies.get(1));
    }

    @Test
    void theUrlHashReproducesASetupAndInstructorsCanLockAndHideFields() {
        Locator mlp = ready("mlp-train", "#mlp-train:learningRate=0.05,batchSize=128,epochs=4,trainSubset=5000,"
                + "seed=42,hidden=64,activation=tanh,weightDecay=0");
        assertThat(mlp.locator("[data-field=learningRate]")).hasValue("0.05");
        assertThat(mlp.locator("[data-field=hidden]")).hasValue("64");
        assertThat(mlp.locator("[data-field=activation]")).hasValue("tanh");
        assertThat(mlp.locator("[data-field=seed]")).isDisabled();
        assertThat(mlp.locator("[data-field=weightDecay]")).isHidden();

        Locator rate = mlp.locator("[data-field=learningRate]");
        rate.fill("0.2");
        rate.dispatchEvent("change");
        assertTrue(page.url().contains("learningRate=0.2"), "the hash follows the form: " + page.url());
    }

    @Test
    void invalidSettingsAreNamedBesideTheirFieldAndNothingStarts() {
        Locator mlp = ready("mlp-train", "");
        Locator hidden = mlp.locator("[data-field=hidden]");
        hidden.fill("64,abc");
        button(mlp, "play").click();
        assertThat(mlp.locator("[data-error-for=hidden]")).hasText("Hidden layers: list 1 to 3 layer sizes, whole numbers "
                + "separated by commas, such as 256 or 256,128.");
        assertThat(button(mlp, "play")).hasText("Play");
        hidden.fill("64");
        Locator batch = mlp.locator("[data-field=batchSize]");
        batch.fill("20000");
        button(mlp, "play").click();
        assertThat(mlp.locator("[data-error-for=batchSize]"))
                .hasText("Batch size must be a whole number from 1 to 10000, the number of training examples.");
    }
}
