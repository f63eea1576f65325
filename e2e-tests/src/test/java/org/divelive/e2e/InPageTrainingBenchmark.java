package org.divelive.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * Prints how fast the page trains the book's MLP (784-256-10, ReLU, batch 256) on all 60,000 Fashion-MNIST images
 * in Chromium, with each of the worker's engines in the same run: WebAssembly with the SIMD kernels, plain
 * WebAssembly (portable kernels) and JavaScript. Per engine, two speeds: the worker's own measure of each epoch
 * (training steps only; the median is printed) and the mlp-train widget's as a learner sees it, from the Play
 * click to the last measured epoch's result on the page (evaluation, charts, confusion matrix and weight pictures
 * included). Also the longest main-thread task while training (the page's responsiveness) and how long the worker
 * took to answer Pause.
 * The SIMD kernels run twice: with the kernel helper on a second core, and on the worker's thread alone
 * ({@code ?threads=1}). With {@code -Dbench.baseline=DIR} (a checkout of an older commit whose client module is
 * built) one more row, before the SIMD ones, runs that build's worker and kernels on the same page, so a kernel change
 * is measured against its predecessor in the same run; {@code -Dbench.rounds=N} repeats the baseline and SIMD rows
 * in turn; {@code -Dbench.simdOnly=true} leaves out the slower engines.
 * The bar: TensorFlow.js's wasm backend, measured in the same browser in the same run with
 * {@code -Dbench.tfjs=true} ({@link TfjsAnchor}); without it the figure printed is labelled as quoted.
 *
 * <p>Run: {@code mvn -q -Pbench -pl e2e-tests -am verify -DskipITs} (add {@code -Dbench.epochs=N}, default 3).
 */
public final class InPageTrainingBenchmark {
    /**
     * Engines as the worker's loader names them, and the page query that picks each: the SIMD kernels with the kernel
     * helper (the server's pages are cross-origin isolated) and without it, then the slower engines.
     */
    private static final String[][] ENGINES = {{"WebAssembly SIMD", ""}, {"WebAssembly SIMD", "?threads=1"},
        {"WebAssembly", "?engine=wasm"}, {"JavaScript", "?engine=js"}};
    private static final int SIMD_ENGINES = 2;
    /** A fingerprint the server puts in a file's name ({@code divelive.0123abcd.js}), to find the plain file. */
    private static final Pattern FINGERPRINT = Pattern.compile("\\.[0-9a-f]{8,}(?=\\.[a-z]+$)");
    /** Records, in the page, when each worker message arrives, clicks, and the longest main-thread task. */
    private static final String PROBE = "(() => {"
            + "  window.benchLog = []; window.benchLongest = 0; window.benchClicks = [];"
            + "  const NativeWorker = window.Worker;"
            + "  window.Worker = function (url, options) {"
            + "    const worker = new NativeWorker(url, options);"
            + "    worker.addEventListener('message', e => {"
            + "      window.benchLog.push([e.data && e.data.type, performance.now()]);"
            + "      if (e.data.type === 'engine') window.benchKernels = String(e.data.kernels || '-');"
            + "      if (e.data.type === 'started') window.benchExamples = e.data.examples; });"
            + "    return worker;"
            + "  };"
            + "  document.addEventListener('click', () => window.benchClicks.push(performance.now()), true);"
            + "  new PerformanceObserver(list => list.getEntries().forEach(e => {"
            + "    window.benchLongest = Math.max(window.benchLongest, e.duration); })).observe({entryTypes: ['longtask']});"
            + "})();";

    private record Result(String engine, String kernels, double workerRate, double widgetRate, double longestTaskMs,
            double pauseMs) {
    }

    private InPageTrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = Integer.getInteger("bench.epochs", 3);
        Path content = Files.createTempDirectory("divelive-bench");
        Files.createDirectories(content.resolve("en"));
        // one epoch more than measured, so Pause is pressed while training
        Files.writeString(content.resolve("en/01-bench.md"), "---\ntitle: Bench\norder: 1\n---\n\n"
                + "<div data-widget=\"mlp-train\" data-hidden=\"256\" data-lr=\"0.1\" data-batch-size=\"256\" "
                + "data-epochs=\"" + (epochs + 1) + "\"></div>\n");
        List<String> errors = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        String version;
        try (Site site = Site.withContent(content); Browser browser = new Browser()) {
            version = browser.version();
            String baseline = System.getProperty("bench.baseline", "");
            int rounds = Integer.getInteger("bench.rounds", 1);
            // the SIMD rows and the baseline's in turn, round after round, so they meet the machine in much the
            // same state (on two cores other work on the machine moves every figure)
            for (int round = 0; round < rounds; round++) {
                if (!baseline.isEmpty()) {
                    results.add(measure(browser, site.url("/lessons/bench"), ENGINES[0][0], Path.of(baseline),
                            epochs, errors));
                }
                for (int e = 0; e < SIMD_ENGINES; e++) {
                    results.add(measure(browser, site.url("/lessons/bench" + ENGINES[e][1]), ENGINES[e][0], null,
                            epochs, errors));
                }
            }
            if (!Boolean.getBoolean("bench.simdOnly")) {
                for (int e = SIMD_ENGINES; e < ENGINES.length; e++) {
                    results.add(measure(browser, site.url("/lessons/bench" + ENGINES[e][1]), ENGINES[e][0], null,
                            epochs, errors));
                }
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
        System.out.printf(Locale.ROOT, "%nMLP 784-256-10, 60,000 images, batch 256, %d epochs, %s, all measured in "
                + "this run%n", epochs, version);
        System.out.printf(Locale.ROOT, "%-18s %-28s %14s %14s %16s %12s%n", "engine", "kernels", "worker (s⁻¹)",
                "widget (s⁻¹)", "longest task", "pause");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-18s %-28s %14.0f %14.0f %13.0f ms %9.0f ms%n", r.engine, r.kernels,
                    r.workerRate, r.widgetRate, r.longestTaskMs, r.pauseMs);
        }
        if (!errors.isEmpty()) {
            System.out.println("console errors: " + errors);
        }
    }

    /** One engine's run; {@code baseline}, when not null, is an older checkout whose client build the page runs. */
    private static Result measure(Browser browser, String url, String expectedEngine, Path baseline, int epochs,
            List<String> errors) {
        Page page = browser.newPage(errors);
        page.addInitScript(PROBE);
        List<String> fromBaseline = new ArrayList<>();
        if (baseline != null) {
            serveClientFrom(page, baseline, fromBaseline);
        }
        page.navigate(url);
        Locator widget = page.locator("[data-widget=mlp-train]");
        Locator play = widget.locator("button[data-role=play]");
        page.waitForCondition(play::isEnabled, new Page.WaitForConditionOptions().setTimeout(300_000));
        String engine = widget.getAttribute("data-engine");
        if (!expectedEngine.equals(engine)) {
            throw new IllegalStateException("asked for " + expectedEngine + ", the worker runs " + engine);
        }
        String kernels = (String) page.evaluate("window.benchKernels");
        if (baseline != null) {
            if (!fromBaseline.contains("worker.wasm")) {
                throw new IllegalStateException("the page runs this build's worker, not the baseline's: it was sent "
                        + fromBaseline);
            }
            kernels = "baseline " + baseline.getFileName() + " " + kernels;
        }
        System.out.printf(Locale.ROOT, "%nMLP 784-256-10 in %s (%s, %s), 60,000 images, batch 256, %d epochs%n",
                browser.version(), engine, kernels, epochs);
        page.evaluate("window.benchLongest = 0");
        play.click();
        page.waitForCondition(() -> page.evaluate("window.benchExamples") != null);
        int examples = (int) number(page, "window.benchExamples");
        if (examples != 60_000) {
            throw new IllegalStateException("the widget trains on " + examples + " images, not 60,000");
        }
        List<Double> rates = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int wanted = epoch;
            page.waitForCondition(() -> epochRates(widget).size() >= wanted,
                    new Page.WaitForConditionOptions().setTimeout(900_000));
            double rate = epochRates(widget).get(epoch - 1);
            rates.add(rate);
            System.out.printf(Locale.ROOT, "epoch %d: %8.0f samples/s (%.1f s)%n", epoch, rate, 60_000 / rate);
        }
        double playedAt = number(page, "window.benchClicks[window.benchClicks.length - 1]");
        double lastEpochAt = number(page, "window.benchLog.filter(m => m[0] === 'epoch')[" + (epochs - 1) + "][1]");
        double widgetRate = epochs * 60_000 / ((lastEpochAt - playedAt) / 1000);
        double longest = number(page, "window.benchLongest");
        page.waitForTimeout(500); // well inside the next epoch
        play.click();
        double pausedAt = number(page, "window.benchClicks[window.benchClicks.length - 1]");
        page.waitForCondition(() -> number(page, "window.benchLog.filter(m => m[0] === 'paused').length") > 0);
        double answeredAt = number(page, "window.benchLog.filter(m => m[0] === 'paused')[0][1]");
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        System.out.printf(Locale.ROOT, "median: %.0f samples/s = %.1f s per epoch; in the widget %.0f samples/s%n",
                median, 60_000 / median, widgetRate);
        page.close();
        return new Result(engine, kernels, median, widgetRate, longest, answeredAt - pausedAt);
    }

    /**
     * Answers the page's requests for the client build and the worker script with the files of an older checkout
     * (its {@code client} module built), plain names for the fingerprinted ones; adds each name sent to
     * {@code served}.
     */
    private static void serveClientFrom(Page page, Path checkout, List<String> served) {
        Path client = checkout.resolve("client/target/classes/web/client");
        page.route(url -> {
            String path = URI.create(url).getPath();
            return path.startsWith("/client/") || path.startsWith("/static/training-worker");
        }, route -> {
            String path = URI.create(route.request().url()).getPath();
            String name = FINGERPRINT.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
            Path file = path.startsWith("/client/") ? client.resolve(name) : checkout.resolve("static").resolve(name);
            if (!Files.isRegularFile(file)) {
                route.resume();
                return;
            }
            served.add(name);
            try {
                // the isolation headers the server sends, or a worker of the isolated page would not load
                route.fulfill(new Route.FulfillOptions().setBodyBytes(Files.readAllBytes(file))
                        .setContentType(name.endsWith(".wasm") ? "application/wasm" : "text/javascript")
                        .setHeaders(Map.of("Cross-Origin-Embedder-Policy", "require-corp",
                                "Cross-Origin-Opener-Policy", "same-origin")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate(expression)).doubleValue();
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
