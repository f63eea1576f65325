package org.divelive.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Prints how fast the page trains the book's MLP (784-256-10, ReLU, batch 256) on all 60,000 Fashion-MNIST images
 * in Chromium: samples per second of each epoch as the training worker measures it (training only), and their
 * median. The bar: TensorFlow.js's wasm backend, measured in the same browser in the same run with
 * {@code -Dbench.tfjs=true} ({@link TfjsAnchor}); without it the figure printed is labelled as quoted.
 *
 * <p>Run: {@code mvn -q -Pbench -pl e2e-tests -am verify} (add {@code -Dbench.epochs=N}, default 3).
 */
public final class InPageTrainingBenchmark {

    private InPageTrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = Integer.getInteger("bench.epochs", 3);
        Path content = Files.createTempDirectory("divelive-bench");
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("en/01-bench.md"), "---\ntitle: Bench\norder: 1\n---\n\n"
                + "<div data-widget=\"mlp-train\" data-hidden=\"256\" data-lr=\"0.1\" data-batch-size=\"256\" "
                + "data-epochs=\"" + epochs + "\" data-train-subset=\"60000\"></div>\n");
        List<String> errors = new ArrayList<>();
        try (Site site = Site.withContent(content); Browser browser = new Browser()) {
            for (String engine : new String[] {"", "?engine=js"}) {
                measure(browser, site.url("/lessons/bench" + engine), epochs, errors);
            }
            if (Boolean.getBoolean("bench.tfjs")) {
                System.out.printf(Locale.ROOT, "%nthe anchor, measured now: the same MLP in TensorFlow.js, same browser%n");
                TfjsAnchor.Result tfjs = TfjsAnchor.measure(browser, epochs, Path.of("target"));
                System.out.printf(Locale.ROOT, "median: %.0f samples/s = %.1f s per epoch (TensorFlow.js %s, %s "
                        + "backend, measured in this run)%n", tfjs.median(), 60_000 / tfjs.median(), tfjs.version(),
                        tfjs.backend());
            } else {
                System.out.println(TfjsAnchor.QUOTED);
            }
        }
        if (!errors.isEmpty()) {
            System.out.println("console errors: " + errors);
        }
    }

    private static void measure(Browser browser, String url, int epochs, List<String> errors) {
        Page page = browser.newPage(errors);
        page.navigate(url);
        Locator widget = page.locator("[data-widget=mlp-train]");
        Locator play = widget.locator("button[data-role=play]");
        page.waitForCondition(play::isEnabled, new Page.WaitForConditionOptions().setTimeout(300_000));
        System.out.printf(Locale.ROOT, "%nMLP 784-256-10 in %s (%s), 60,000 images, batch 256, %d epochs%n",
                browser.version(), widget.getAttribute("data-engine"), epochs);
        play.click();
        List<Double> rates = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int wanted = epoch;
            page.waitForCondition(() -> epochRates(widget).size() >= wanted,
                    new Page.WaitForConditionOptions().setTimeout(900_000));
            double rate = epochRates(widget).get(epoch - 1);
            rates.add(rate);
            System.out.printf(Locale.ROOT, "epoch %d: %8.0f samples/s (%.1f s)%n", epoch, rate, 60_000 / rate);
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        System.out.printf(Locale.ROOT, "median: %.0f samples/s = %.1f s per epoch%n", median, 60_000 / median);
        page.close();
    }

    /** The samples/s of each finished epoch, as the widget lists them. */
    private static List<Double> epochRates(Locator widget) {
        String list = widget.getAttribute("data-epoch-rates");
        List<Double> rates = new ArrayList<>();
        if (list != null && !list.isEmpty()) {
            for (String rate : list.split(",")) {
                rates.add(Double.parseDouble(rate));
            }
        }
        return rates;
    }
}
