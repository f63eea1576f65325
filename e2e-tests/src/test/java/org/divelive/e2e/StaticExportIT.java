package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.divelive.server.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code divelive export} of the real course, served by a plain static file server under a sub-path, as a university
 * web space would ({@code /~teacher/course/}): the pages render in both languages, math is typeset, widgets mount and
 * in-page training trains, with no console error, no request outside the sub-path and none to an API.
 */
class StaticExportIT extends PageTest {
    private static final String SUB_PATH = "/~teacher/course/";
    @TempDir
    static Path exported;
    private static String exportReport;
    private static StaticFileServer files;

    @BeforeAll
    static void exportAndServe() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exitCode = cli.execute("export", "--out", exported.toString());
        assertEquals(0, exitCode, err.toString());
        exportReport = out.toString();

        files = new StaticFileServer(exported, SUB_PATH);
        startBrowser();
    }

    private static String url(String file) {
        return files.url(file);
    }

    @AfterAll
    static void stopFileServer() {
        files.close();
    }

    /** The page's console errors fail the test in {@link PageTest}. */
    @AfterEach
    void nothingOutsideTheExport() {
        for (String path : files.requests()) {
            assertFalse(path.startsWith("/api/"), "a request to the API: " + path);
            assertTrue(path.startsWith(SUB_PATH), "a request outside the export's folder: " + path);
        }
    }

    @Test
    void theExportSaysWhatItWrote() throws IOException {
        assertTrue(Pattern.compile("Exported 15 English and 15 Chinese lessons from the embedded course to .*: "
                + "\\d+ files, \\d+\\.\\d MB\\.").matcher(exportReport).find(), exportReport);
        long written;
        try (Stream<Path> all = Files.walk(exported)) {
            written = all.filter(Files::isRegularFile).count();
        }
        assertTrue(exportReport.contains(": " + written + " files"), written + " files on disk: " + exportReport);
    }

    @Test
    void everyLessonRendersInBothLanguagesWithMathAndMountedWidgets() throws IOException {
        List<String> lessons = new ArrayList<>();
        for (String folder : List.of("lessons", "zh/lessons")) {
            try (Stream<Path> pages = Files.list(exported.resolve(folder))) {
                pages.map(p -> folder + "/" + p.getFileName()).sorted().forEach(lessons::add);
            }
        }
        assertEquals(30, lessons.size(), lessons.toString());
        for (String lesson : lessons) {
            assertEquals(200, page.navigate(url(lesson)).status(), lesson);
            BrowserTest.readToTheEnd(page);
            assertEquals(0, page.locator("article .widget-error").count(), lesson + " has a widget error");
            int formulas = page.locator("article .math").count();
            assertTrue(formulas > 0, lesson + " has math");
            assertEquals(formulas, page.locator("article .math .katex").count(), lesson + ": every formula typeset");
            // server-only controls have no server to talk to in this export
            Locator serverButtons = page.locator("article button[data-role=server], article button[data-role=load]");
            for (int i = 0; i < serverButtons.count(); i++) {
                assertThat(serverButtons.nth(i)).isHidden();
            }
        }
    }

    @Test
    void theIndexLinksLessonsAndTheLanguageSwitchAndSearchWorkUnderTheSubPath() {
        page.navigate(url(""));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.locator(".lesson-list a").first().click();
        page.waitForURL(url("lessons/linear-regression.html"));
        assertThat(page.locator("article .katex").first()).isVisible();

        page.locator(".language-switch").evaluate("link => link.click()");
        page.waitForURL("**" + SUB_PATH + "zh/lessons/linear-regression.html**");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator("article .katex").first()).isVisible();

        Locator search = page.locator(".search-input");
        search.fill("交叉熵");
        Locator hit = page.locator(".search-results a").first();
        assertThat(hit).isVisible();
        hit.click();
        page.waitForURL(Pattern.compile(Pattern.quote(url("")) + "(zh/)?lessons/[a-z-]+\\.html.*"));
        assertThat(page.locator("article h1")).isVisible();
    }

    @Test
    void softmaxRegressionTrainsInThePageFromTheExportedData() {
        page.navigate(url("lessons/softmax-scratch.html#softmax-train:learningRate=0.1,batchSize=100,epochs=1,"
                + "trainSubset=1000,seed=42"));
        // the lesson's own widget (its assignment has a second one further down)
        Locator softmax = page.locator("[data-widget=softmax-train]").first();
        Locator play = softmax.locator("button[data-role=play]");
        assertThat(play).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(30_000));
        softmax.locator("button[data-role=step]").click();
        assertThat(softmax.locator("[data-out=step]")).hasText("1");
        play.click();
        assertThat(softmax.locator("[data-out=status]")).hasText("Finished after epoch 1. Press Reset to train again.", new LocatorAssertions.HasTextOptions()
                .setTimeout(60_000));
        double accuracy = Double.parseDouble(softmax.locator("[data-out=test-accuracy]").textContent());
        assertTrue(accuracy > 0.5, "one epoch on 1,000 images learns something: test accuracy " + accuracy);
        assertTrue(files.requests().contains(SUB_PATH + "data/fashion-mnist/train-1000.dlfm.gz"),
                files.requests().toString());
        // a plain web host sends no cross-origin isolation: the worker trains alone, in its unshared build
        assertEquals(false, page.evaluate("crossOriginIsolated"));
        assertEquals("WebAssembly SIMD", softmax.getAttribute("data-engine"));
        assertTrue(files.requests().contains(SUB_PATH + "client/worker.wasm")
                && files.requests().stream().noneMatch(r -> r.contains("-shared") || r.contains("kernel-helper")),
                files.requests().toString());
    }

    @Test
    void onAHostThatSendsTheReadmesTwoHeadersTheMlpTrainsWithTheKernelHelper() throws IOException {
        Map<String, String> isolation = Map.of("Cross-Origin-Opener-Policy", "same-origin",
                "Cross-Origin-Embedder-Policy", "require-corp");
        try (StaticFileServer isolated = new StaticFileServer(exported, SUB_PATH, isolation)) {
            page.navigate(isolated.url("lessons/mlp-scratch.html#mlp-train:epochs=1,trainSubset=1000,seed=42"));
            Locator mlp = page.locator("[data-widget=mlp-train]").first();
            mlp.evaluate("widget => widget.scrollIntoView()");
            Locator play = mlp.locator("button[data-role=play]");
            assertThat(play).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(30_000));
            assertEquals(true, page.evaluate("crossOriginIsolated"));
            play.click();
            assertThat(mlp.locator("[data-out=status]")).hasText("Finished after epoch 1. Press Reset to train again.",
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertEquals("WebAssembly SIMD", mlp.getAttribute("data-engine"));
            List<String> requests = isolated.requests();
            assertTrue(requests.contains(SUB_PATH + "client/worker-shared.wasm")
                    && requests.contains(SUB_PATH + "static/kernel-helper.js"), requests.toString());
        }
    }
}
