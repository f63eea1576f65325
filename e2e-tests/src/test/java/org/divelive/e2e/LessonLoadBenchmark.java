package org.divelive.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;

/**
 * Prints, for every lesson in English and Chinese, the longest main-thread task in Chromium while the page opens and
 * the reader scrolls through it to the end (formulas typeset, every widget's code loaded and each widget mounted):
 * the page's "no task over 200 ms" promise. With {@code -Dbench.lighthouse=true} it also runs Lighthouse's mobile
 * performance audit three times on a lesson with a training widget ({@code -Dbench.lighthouseLesson}, default
 * mlp-scratch) and prints each score and the median; Lighthouse comes from an npm folder outside the build
 * ({@code -Dbench.lighthouseDir}, default /tmp/lh, filled once with {@code npm install lighthouse}). The machine's
 * load is printed beside the figures: Lighthouse simulates a slow phone from this CPU's speed. With
 * {@code -Dbench.eagerLayout=true} each lesson also opens, right after, with its text blocks laid out at once (the
 * stylesheet's content-visibility overridden): the anchor, in the same run, for what deferring their layout saves.
 * {@code -Dbench.lessons=slug,slug} measures only those lessons. Pages wait up to {@value #WAIT_MS} ms for anything,
 * so a machine busy with other builds slows the run down instead of ending it.
 *
 * <p>Run: {@code mvn -q -Pbench -pl e2e-tests -am verify} (runs the other benchmarks too).
 */
public final class LessonLoadBenchmark {
    /** Records every long task (over 50 ms) from the page's first script on. */
    private static final String PROBE = "window.benchLongest = 0; new PerformanceObserver(list => list.getEntries()"
            + ".forEach(e => { window.benchLongest = Math.max(window.benchLongest, e.duration); }))"
            + ".observe({type: 'longtask', buffered: true});";
    private static final Pattern LESSON_LINK = Pattern.compile("href=\"/lessons/([a-z0-9-]+)\"");
    private static final int LIGHTHOUSE_RUNS = 3;
    /** The audits Lighthouse's performance score is weighed from. */
    private static final List<String> METRICS = List.of("first-contentful-paint", "largest-contentful-paint",
            "total-blocking-time", "cumulative-layout-shift", "speed-index");
    private static final int WAIT_MS = 180_000;
    /** Lays out every block at once, as before the stylesheet deferred the text below the window. */
    private static final String EAGER_LAYOUT = "const eager = new CSSStyleSheet(); eager.replaceSync("
            + "'.lesson > * { content-visibility: visible !important; }'); document.adoptedStyleSheets = [eager];";

    private LessonLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> errors = new ArrayList<>();
        try (Site site = Site.embedded(); Browser browser = new Browser()) {
            String only = System.getProperty("bench.lessons", "");
            List<String> slugs = only.isEmpty() ? lessons(browser, site, errors) : List.of(only.split(","));
            System.out.printf(Locale.ROOT, "%nlongest main-thread task while a lesson opens and is scrolled through, "
                    + "%s, 1280×800, load %s%n", browser.version(), load());
            boolean anchor = Boolean.getBoolean("bench.eagerLayout");
            System.out.printf(Locale.ROOT, "%-28s %10s %10s%s%n", "lesson", "en (ms)", "zh (ms)",
                    anchor ? String.format(Locale.ROOT, " %16s %16s", "en, eager layout", "zh, eager layout") : "");
            double worst = 0;
            for (String slug : slugs) {
                double en = longestTask(browser, site.url("/lessons/" + slug), false, errors);
                double zh = longestTask(browser, site.url("/zh/lessons/" + slug), false, errors);
                worst = Math.max(worst, Math.max(en, zh));
                String eager = anchor ? String.format(Locale.ROOT, " %16.0f %16.0f",
                        longestTask(browser, site.url("/lessons/" + slug), true, errors),
                        longestTask(browser, site.url("/zh/lessons/" + slug), true, errors)) : "";
                System.out.printf(Locale.ROOT, "%-28s %10.0f %10.0f%s%n", slug, en, zh, eager);
            }
            System.out.printf(Locale.ROOT, "longest of all: %.0f ms (the promise: none over 200 ms; 0 = no task "
                    + "over 50 ms)%n", worst);
            if (Boolean.getBoolean("bench.lighthouse")) {
                lighthouse(site.url("/lessons/" + System.getProperty("bench.lighthouseLesson", "mlp-scratch")));
            } else {
                System.out.println("Lighthouse: not run (-Dbench.lighthouse=true runs it)");
            }
        }
        if (!errors.isEmpty()) {
            System.out.println("console errors: " + errors);
        }
    }

    /** The lessons in the order the English index lists them. */
    private static List<String> lessons(Browser browser, Site site, List<String> errors) {
        Page page = browser.newPage(errors);
        page.setDefaultTimeout(WAIT_MS);
        page.navigate(site.url("/"));
        Matcher links = LESSON_LINK.matcher(page.content());
        List<String> slugs = new ArrayList<>();
        while (links.find()) {
            if (!slugs.contains(links.group(1))) {
                slugs.add(links.group(1));
            }
        }
        page.close();
        return slugs;
    }

    private static double longestTask(Browser browser, String url, boolean eagerLayout, List<String> errors) {
        Page page = browser.newPage(errors, new com.microsoft.playwright.Browser.NewPageOptions()
                .setViewportSize(1280, 800));
        page.setDefaultTimeout(WAIT_MS);
        page.addInitScript(PROBE);
        if (eagerLayout) {
            page.addInitScript(EAGER_LAYOUT);
        }
        page.navigate(url);
        page.waitForTimeout(1500);
        int height = ((Number) page.evaluate("document.body.scrollHeight")).intValue();
        for (int y = 0; y < height; y += 600) {
            page.evaluate("y => window.scrollTo(0, y)", y);
            page.waitForTimeout(250);
        }
        // the formulas typeset in slices and the last widgets mounted
        page.waitForCondition(() -> "done".equals(page.locator("html").getAttribute("data-typeset")),
                new Page.WaitForConditionOptions().setTimeout(WAIT_MS));
        page.waitForTimeout(1500);
        double longest = ((Number) page.evaluate("window.benchLongest")).doubleValue();
        page.close();
        return longest;
    }

    private static void lighthouse(String url) throws IOException, InterruptedException {
        Path folder = Path.of(System.getProperty("bench.lighthouseDir", "/tmp/lh"));
        Path cli = folder.resolve("node_modules/lighthouse/cli/index.js");
        if (!Files.isRegularFile(cli)) {
            System.out.println("Lighthouse: not found at " + cli + " (install it there with npm install lighthouse)");
            return;
        }
        System.out.printf(Locale.ROOT, "%nLighthouse mobile performance of %s, load before: %s%n", url, load());
        List<Integer> scores = new ArrayList<>();
        for (int run = 1; run <= LIGHTHOUSE_RUNS; run++) {
            Path report = Files.createTempFile("lighthouse", ".json");
            ProcessBuilder command = new ProcessBuilder("node", cli.toString(), url, "--form-factor=mobile",
                    "--only-categories=performance", "--output=json", "--output-path=" + report, "--quiet",
                    "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking "
                            + "--disable-component-update --disable-sync --no-first-run")
                    .inheritIO();
            command.environment().put("CHROME_PATH", Browser.SYSTEM_CHROMIUM.toString());
            int exit = command.start().waitFor();
            JsonNode json = Files.size(report) == 0 ? null : new ObjectMapper().readTree(report.toFile());
            Files.delete(report);
            JsonNode score = json == null ? null : json.at("/categories/performance/score");
            if (exit != 0 || score == null || !score.isNumber()) {
                System.out.println("Lighthouse run " + run + " failed (exit " + exit + ")");
                continue;
            }
            int points = (int) Math.round(score.asDouble() * 100);
            scores.add(points);
            // the metrics the score is made of, as Lighthouse shows them
            StringBuilder metrics = new StringBuilder();
            for (String audit : METRICS) {
                metrics.append(", ").append(audit).append(' ')
                        .append(json.at("/audits/" + audit + "/displayValue").asText("?").replace('\u00a0', ' '));
            }
            System.out.printf(Locale.ROOT, "run %d: %d%s%n", run, points, metrics);
        }
        if (!scores.isEmpty()) {
            List<Integer> sorted = scores.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "median: %d (the promise: at least 90), load after: %s%n",
                    sorted.get(sorted.size() / 2), load());
        }
    }

    /** The 1, 5 and 15 minute load averages, as uptime prints them. */
    private static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + ", " + parts[1] + ", " + parts[2];
    }
}
