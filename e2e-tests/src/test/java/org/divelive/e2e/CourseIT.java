package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser.NewPageOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole course as a reader meets it, in both languages, and the comforts of the site around it. */
class CourseIT extends BrowserTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Browsers reading the lessons side by side: on two cores, two keep both busy while one waits for its page. */
    private static final int READERS = 2;

    @BeforeAll
    static void start() {
        serve(Site.embedded());
    }

    /** Every lesson file of the embedded course, as "/lessons/slug" and "/zh/lessons/slug". */
    private static List<String> lessonPaths() throws IOException {
        List<String> paths = new ArrayList<>();
        Path content = Path.of("..", "content");
        for (String language : List.of("en", "zh")) {
            try (Stream<Path> files = Files.list(content.resolve(language))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d+-.+\\.md")).sorted()
                        .forEach(n -> paths.add((language.equals("en") ? "" : "/zh") + "/lessons/"
                                + n.replaceFirst("^\\d+-", "").replace(".md", "")));
            }
        }
        return paths;
    }

    /**
     * The lessons shared among a few browsers side by side, each taking one page after the other in one tab, so axe's
     * pass over every page stays quick; a Chinese lesson's widgets speak Chinese.
     */
    @Test
    void everyPageRendersInBothLanguagesWithMathWidgetsWorkingLinksAndNoSeriousAccessibilityProblem()
            throws Exception {
        List<String> paths = lessonPaths();
        assertEquals(30, paths.size(), "15 lessons in English and Chinese: " + paths);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(
                com.microsoft.playwright.options.ColorScheme.LIGHT));
        // filled side by side by the readers below
        List<String> accessibility = Collections.synchronizedList(new ArrayList<>());
        List<String> english = Collections.synchronizedList(new ArrayList<>());
        for (String index : List.of("/", "/zh/")) {
            page.navigate(site.url(index));
            accessibility.addAll(seriousAccessibilityProblemsLightAndDark(page, index));
        }
        Set<String> links = new ConcurrentSkipListSet<>();
        visitSideBySide(paths, READERS, new NewPageOptions().setColorScheme(
                com.microsoft.playwright.options.ColorScheme.LIGHT), (page, path) -> {
            assertEquals(200, page.navigate(site.url(path)).status(), path);
            readToTheEnd(page);
            assertEquals(0, page.locator("article .widget-error").count(), path + " has a widget error");
            int formulas = page.locator("article .math").count();
            assertEquals(formulas, page.locator("article .math .katex").count(), path + ": every formula typeset");
            assertEquals(0, page.locator("article .katex-error").count(), path + ": no formula KaTeX rejects");
            String text = page.locator("article").innerText();
            assertFalse(text.contains("$$") || text.contains("\\(") || text.contains("\\frac"),
                    path + " shows raw TeX");
            assertTrue(page.locator("article .exercise").count() >= 2, path + " has its exercises");
            accessibility.addAll(seriousAccessibilityProblemsLightAndDark(page, path));
            if (path.startsWith("/zh/")) {
                // the widgets, the captions (of figures and included code) and an exercise's own words; the
                // exercise's question, choices and explanation are lesson prose
                EnglishOnChinesePages.in(page, "article [data-widget], article figcaption, article .exercise",
                        ".exercise-question, .exercise-explanation, .exercise-choices label")
                        .forEach(word -> english.add(path + ": " + word));
            }
            for (Object href : (List<?>) page.evaluate(
                    "() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")) {
                String url = href.toString().replaceFirst("#.*$", "");
                if (url.startsWith(site.url("/"))) {
                    links.add(url);
                }
            }
        });
        assertEquals(List.of(), accessibility, "axe-core: serious or critical");
        assertEquals(List.of(), english, "English in the widgets, captions and exercises of Chinese lessons");
        for (String link : links) {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, response.statusCode(), "broken internal link " + link);
        }
    }

    /** axe-core's serious and critical findings on the page as it is, one line per rule. */
    private static List<String> seriousAccessibilityProblems(Page page, String where, String options)
            throws IOException {
        if ((Boolean) page.evaluate("() => typeof axe === 'undefined'")) {
            try (var axe = CourseIT.class.getResourceAsStream("/axe/axe.min.js")) {
                page.evaluate(new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        List<?> found = (List<?>) page.evaluate("async () => (await axe.run(document, Object.assign({ resultTypes: ['violations'] }, " + options + ")))"
                + ".violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')"
                + " + ' ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('')).join(' | '))");
        return found.stream().map(problem -> where + ": " + problem).toList();
    }

    /** axe's serious and critical findings on the page in the light and in the dark theme (also for ClassModeIT). */
    static List<String> seriousAccessibilityProblemsLightAndDark(Page page, String path) throws IOException {
        List<String> problems = new ArrayList<>(seriousAccessibilityProblems(page, path + " light", "{}"));
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(
                com.microsoft.playwright.options.ColorScheme.DARK));
        // the theme changes colours only, so in the dark the rules about colour are all that can find something new
        problems.addAll(seriousAccessibilityProblems(page, path + " dark",
                "{ runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } }"));
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(
                com.microsoft.playwright.options.ColorScheme.LIGHT));
        return problems;
    }

    @Test
    void chartsTakeTheNewThemeWhenTheReaderSwitchesItAndShowTheirDataAsATable() {
        page.navigate(site.url("/lessons/linear-regression"));
        readToTheEnd(page);
        String ticks = "() => Object.values(Chart.instances).map(c => c.scales.x.options.ticks.color + ' '"
                + " + c.scales.x.options.grid.color)";
        String muted = "() => getComputedStyle(document.documentElement).getPropertyValue('--muted').trim() + ' '"
                + " + getComputedStyle(document.documentElement).getPropertyValue('--border').trim()";
        page.locator(".theme-toggle").click();
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        List<?> dark = (List<?>) page.evaluate(ticks);
        assertFalse(dark.isEmpty(), "the lesson has charts");
        dark.forEach(colors -> assertEquals(page.evaluate(muted), colors, "ticks and grid in the dark theme"));
        page.locator(".theme-toggle").click();
        ((List<?>) page.evaluate(ticks)).forEach(colors -> assertEquals(page.evaluate(muted), colors,
                "ticks and grid back in the light theme"));

        page.locator("[data-widget=sgd-linreg] button[data-role=step]").click();
        Locator table = page.locator("[data-widget=sgd-linreg] .chart-data").first();
        table.locator("summary").click();
        assertThat(table.locator("tbody tr").first()).isVisible();
    }

    @Test
    void theLanguageSwitchKeepsTheLessonAndTheSection() {
        page.navigate(site.url("/lessons/linear-regression"));
        page.locator("article h2").nth(2).evaluate("heading => heading.scrollIntoView()");
        assertThat(page.locator(".toc a[aria-current=true]")).hasText(page.locator("article h2").nth(2).innerText());
        // a reader's click; Playwright's own click would first scroll the page to "show" the sticky header link
        page.locator(".language-switch").evaluate("link => link.click()");
        page.waitForURL("**/zh/lessons/linear-regression#*");
        String id = page.url().substring(page.url().indexOf('#') + 1);
        String zhThird = page.locator("article h2").nth(2).getAttribute("id");
        assertEquals(zhThird, java.net.URLDecoder.decode(id, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");

        page.locator(".language-switch").click();
        page.waitForURL("**/lessons/linear-regression**");
        assertFalse(page.url().contains("/zh/"));
    }

    @Test
    void searchFindsLessonsByAChineseAndAnEnglishTerm() {
        page.navigate(site.url("/"));
        Locator search = page.locator(".search-input");
        search.fill("交叉熵");
        assertThat(page.locator(".search-results a").first()).isVisible();
        assertThat(page.locator(".search-results")).containsText("中文");
        search.fill("minibatch");
        assertThat(page.locator(".search-results a").first()).containsText("Linear regression");
        search.fill("zzzz-nothing");
        assertThat(page.locator(".search-results")).containsText("No lesson matches");
    }

    @Test
    void anExerciseAnsweredRightAndWrongGivesTheMatchingFeedback() {
        page.navigate(site.url("/lessons/linear-regression"));
        Locator choice = page.locator(".exercise[data-exercise=choice]").first();
        String right = choice.getAttribute("data-answer");
        Locator wrong = choice.locator("input[type=radio]:not([value='" + right + "'])").first();
        wrong.check();
        choice.locator(".exercise-check").click();
        assertThat(choice.locator(".exercise-feedback")).hasText("Not quite. Have another look.");
        // the explanation gives the answer away: it waits for a right answer or "Show answer"
        assertThat(choice.locator(".exercise-explanation")).isHidden();
        choice.locator("input[type=radio][value='" + right + "']").check();
        choice.locator(".exercise-check").click();
        assertThat(choice.locator(".exercise-feedback")).hasText("Correct!");
        assertThat(choice.locator(".exercise-explanation")).isVisible();

        Locator number = page.locator(".exercise[data-exercise=number]").first();
        number.locator(".exercise-number").fill("123456789");
        number.locator(".exercise-check").click();
        assertThat(number.locator(".exercise-feedback")).hasText("Not quite. Have another look.");
        number.locator(".exercise-number").fill(number.getAttribute("data-answer"));
        number.locator(".exercise-check").click();
        assertThat(number.locator(".exercise-feedback")).hasText("Correct!");
    }

    @Test
    void darkModeFollowsTheSystemAndTheToggleRemembersTheChoice() {
        Page dark = browser.newPage(errors, new NewPageOptions().setColorScheme(
                com.microsoft.playwright.options.ColorScheme.DARK));
        dark.navigate(site.url("/"));
        String background = (String) dark.evaluate("() => getComputedStyle(document.body).backgroundColor");
        assertEquals("rgb(18, 22, 29)", background, "the system's dark scheme applies");
        dark.locator(".theme-toggle").click();
        assertThat(dark.locator("html")).hasAttribute("data-theme", "light");
        dark.reload();
        assertEquals("rgb(255, 255, 255)", dark.evaluate("() => getComputedStyle(document.body).backgroundColor"),
                "the choice is kept across pages");
        dark.close();
    }

    @Test
    void doneMarksCopyButtonsAndNeighbourLinksWork() {
        page.navigate(site.url("/lessons/linear-regression"));
        page.locator(".done-toggle").click();
        assertThat(page.locator(".done-toggle")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator(".lesson-nav .next")).containsText("Linear regression from scratch");
        assertTrue(page.locator("article .code-block .copy-button").count() > 0, "code blocks have copy buttons");
        // the button sits above the code, never over it, and the code is highlighted by the server
        Locator block = page.locator("article .code-block").first();
        double buttonBottom = block.locator(".copy-button").boundingBox().y + block.locator(".copy-button")
                .boundingBox().height;
        assertTrue(buttonBottom <= block.locator("pre").boundingBox().y + 0.5, "the copy button covers no code");
        assertTrue(block.locator("pre .tok-keyword").count() > 0, "Java keywords are highlighted");
        page.navigate(site.url("/"));
        assertThat(page.locator(".lesson-list li[data-slug=linear-regression]")).hasClass(
                java.util.regex.Pattern.compile("done"));
        assertThat(page.locator(".lesson-list li[data-slug=linear-regression-scratch]")).not().hasClass(
                java.util.regex.Pattern.compile("done"));
    }

    @Test
    void onAPhoneTheTextTakesTheWidthAndNothingOverflows() {
        Page phone = browser.newPage(errors, new NewPageOptions().setViewportSize(390, 844));
        phone.navigate(site.url("/lessons/softmax-scratch"));
        assertThat(phone.locator(".toc")).isHidden();
        Number overflow = (Number) phone.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "no sideways scrolling of the page");

        // what is wider than the phone scrolls in a box the keyboard reaches, named, with a hint shown above it
        // checked in one snapshot: a box may be re-marked while formulas are typeset and fonts arrive
        phone.waitForFunction("() => Array.from(document.querySelectorAll('article .scrolls')).some(box =>"
                + " box.getAttribute('tabindex') === '0' && box.getAttribute('role') === 'region'"
                + " && getComputedStyle(box, '::before').content.includes('⇆'))");

        // search results stay inside the window
        phone.locator(".search-input").fill("softmax");
        Locator results = phone.locator(".search-results");
        assertThat(results.locator("a").first()).isVisible();
        var box = results.boundingBox();
        assertTrue(box.x >= 0 && box.x + box.width <= 390, "results within the phone's width: " + box.x + "+" + box.width);
        phone.close();
    }

    @Test
    void aBrokenLessonShowsItsFileAndLineWhileTheOthersRender(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("en/01-good.md"), "---\ntitle: Good\norder: 1\n---\n\nFine, $x^2$.\n");
        Files.writeString(content.resolve("en/02-bad-widget.md"),
                "---\ntitle: Bad\norder: 2\n---\n\nText.\n\n<div data-widget=\"nope\"></div>\n");
        Files.writeString(content.resolve("en/03-bad-front.md"), "---\norder: 3\n---\n\nNo title.\n");
        Files.writeString(content.resolve("en/04-bad-include.md"),
                "---\ntitle: Include\norder: 4\n---\n\n```java include=\"optim/Sgd.java#missing\"\n```\n");
        try (Site instructor = Site.withContent(content)) {
            assertEquals(500, page.navigate(instructor.url("/lessons/bad-widget")).status());
            assertThat(page.locator(".problem")).containsText("en/02-bad-widget.md, line 8: unknown widget \"nope\"");
            page.navigate(instructor.url("/lessons/bad-front"));
            assertThat(page.locator(".problem")).containsText("en/03-bad-front.md, line 1");
            page.navigate(instructor.url("/lessons/bad-include"));
            assertThat(page.locator(".problem")).containsText("en/04-bad-include.md, line 6");
            assertEquals(200, page.navigate(instructor.url("/lessons/good")).status());
            assertThat(page.locator("article .math .katex")).hasCount(1);
            page.navigate(instructor.url("/"));
            assertThat(page.locator(".lesson-list li")).hasCount(1); // the broken ones are left out and logged

            // an edit shows on the next load, without a restart
            Files.writeString(content.resolve("en/01-good.md"), "---\ntitle: Better\norder: 1\n---\n\nEdited.\n");
            Files.setLastModifiedTime(content.resolve("en/01-good.md"),
                    java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
            page.navigate(instructor.url("/lessons/good"));
            assertThat(page.locator("article h1")).hasText("Better");
        }
        // the browser logs each 500 it was shown; those three were the point of this test
        errors.removeIf(error -> error.contains("status of 500"));
    }

    @Test
    void numberAnswersReadThousandsSeparatorsAndDecimalCommas() {
        page.navigate(site.url("/lessons/mlp-scratch"));
        Locator parameters = page.locator(".exercise[data-answer='203530.0']");
        parameters.locator(".exercise-number").fill("203.53");
        parameters.locator(".exercise-check").click();
        assertThat(parameters.locator(".exercise-feedback")).hasText("Not quite. Have another look.");
        parameters.locator(".exercise-number").fill("203,530");
        parameters.locator(".exercise-check").click();
        assertThat(parameters.locator(".exercise-feedback")).hasText("Correct!");

        page.navigate(site.url("/zh/lessons/linear-regression"));
        Locator step = page.locator(".exercise[data-exercise=number]").first();
        assertEquals("0.6", step.getAttribute("data-answer"));
        step.locator(".exercise-number").fill("0,6");
        step.locator(".exercise-check").click();
        assertThat(step.locator(".exercise-feedback")).hasText("正确！");
    }

    @Test
    void figuresLoadWithAltTextAndCaptionAndTurnDarkWithThePage(@TempDir Path content) throws IOException {
        page.navigate(site.url("/zh/lessons/perceptron-and-mlp"));
        Locator figures = page.locator("article figure.lesson-figure");
        assertEquals(3, figures.count(), "the MLP, XOR and tent figures");
        for (int i = 0; i < figures.count(); i++) {
            Locator image = figures.nth(i).locator("img");
            image.scrollIntoViewIfNeeded();
            page.waitForFunction("image => image.complete && image.naturalWidth > 0", image.elementHandle());
            assertFalse(image.getAttribute("alt").isBlank());
            assertFalse(figures.nth(i).locator("figcaption").textContent().isBlank());
        }
        String light = (String) page.evaluate("() => getComputedStyle(document.querySelector('.lesson-figure img'))"
                + ".filter");
        assertEquals("none", light);
        page.locator(".theme-toggle").click();
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        assertTrue(((String) page.evaluate("() => getComputedStyle(document.querySelector('.lesson-figure img'))"
                + ".filter")).startsWith("invert(1)"), "the dark theme inverts the drawing's lightness");
        page.locator(".theme-toggle").click();

        // an instructor's folder serves its own figures
        Files.createDirectories(content.resolve("en"));
        Files.createDirectories(content.resolve("figures"));
        Files.writeString(content.resolve("figures/box.en.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#1c4f8a\"/></svg>");
        Files.writeString(content.resolve("en/01-boxes.md"), "---\ntitle: Boxes\norder: 1\n---\n\n"
                + "![A blue box](figures/box.en.svg \"A box\")\n");
        try (Site instructor = Site.withContent(content)) {
            assertEquals(200, page.navigate(instructor.url("/lessons/boxes")).status());
            Locator image = page.locator("article figure img[alt='A blue box']");
            page.waitForFunction("image => image.complete && image.naturalWidth === 40", image.elementHandle());
            assertThat(page.locator("article figcaption")).hasText("A box");
        }
    }
}
