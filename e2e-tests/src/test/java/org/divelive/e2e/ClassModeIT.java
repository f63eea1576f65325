package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class mode in Chromium: an instructor creates a class and watches its dashboard while two learners, each in a
 * browser context of their own, join, train, and submit the lesson's assignment; the server verifies one as passed
 * and one as failed, and the dashboard shows both without a reload. A name with HTML in it stays text everywhere.
 */
class ClassModeIT extends BrowserTest {
    private static final String ADMIN = "e2e-admin-token-of-a-class";
    private static final String HOSTILE_NAME = "<img src=x onerror=\"document.title='pwned'\">Ada";
    private static final LocatorAssertions.HasTextOptions VERIFIED = new LocatorAssertions.HasTextOptions()
            .setTimeout(120_000);

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        Path content = WidgetLesson.write(dir, "class-softmax", String.join("\n",
                "```assignment",
                "id: quick-softmax",
                "widget: softmax-train",
                "title: Softmax regression past 0.6",
                "lock: epochs=2; batchSize=100; seed=42; trainSubset=2000",
                "start: learningRate=0.1",
                "target: testAccuracy >= 0.6",
                "ceilings: epochs=2; trainSubset=2000",
                "---",
                "Choose the learning rate.",
                "```",
                "",
                "```exercise",
                "What is $2 + 2$?",
                "= 4",
                "---",
                "Four.",
                "```"));
        // the same lesson in Chinese, so the Chinese dashboard has Chinese titles to show for it and its assignment
        writeChinese(content, "01-class-softmax.md", String.join("\n", "---", "title: 班级测试课",
                "order: 1", "---", "", "```assignment", "id: quick-softmax", "widget: softmax-train",
                "title: softmax 回归超过 0.6", "lock: epochs=2; batchSize=100; seed=42; trainSubset=2000",
                "start: learningRate=0.1", "target: testAccuracy >= 0.6", "ceilings: epochs=2; trainSubset=2000",
                "---", "选择“学习率 η”。", "```", ""));
        serve(Site.withContent(content, ADMIN));
    }

    private static void writeChinese(Path content, String file, String text) {
        try {
            Files.createDirectories(content.resolve("zh"));
            Files.writeString(content.resolve("zh").resolve(file), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Creates a class on the instructor page and returns its join path. */
    private String createClass(Page instructor, String name) {
        instructor.navigate(site.url("/instructor"));
        instructor.locator(".admin-form input[name=token]").fill(ADMIN);
        instructor.locator(".admin-form button").click();
        instructor.locator(".create-form input[name=name]").fill(name);
        instructor.locator(".create-form button").click();
        Locator row = classRow(instructor, name);
        assertThat(row.locator("td").first()).hasText(name);
        return row.locator("a.join-url").getAttribute("href");
    }

    /** The instructor page's row of the class (each test makes one, and they share the server). */
    private static Locator classRow(Page instructor, String name) {
        return instructor.locator(".class-table tbody tr").filter(new Locator.FilterOptions().setHasText(name)).first();
    }

    /** Joins in a fresh browser context and returns its page, on the lesson. */
    private Page join(String joinPath, String name) {
        Page learner = browser.newPage(errors);
        learner.navigate(site.url(joinPath));
        learner.locator(".join-form input[name=name]").fill(name);
        learner.locator(".join-form button").click();
        assertThat(learner.locator(".recovery-code")).hasText(java.util.regex.Pattern.compile("[2-9A-Z]{5}-[2-9A-Z]{5}"));
        learner.navigate(site.url("/lessons/class-softmax"));
        assertThat(learner.locator(".learner-badge")).hasText(name + " · Class <i>one</i>");
        return learner;
    }

    /** The assignment's widget, scrolled to (a widget mounts as it comes near the window). */
    private static Locator widget(Page page) {
        Locator widget = page.locator(".assignment [data-widget=softmax-train]");
        widget.evaluate("widget => widget.scrollIntoView()");
        return widget;
    }

    @Test
    void twoLearnersSubmitOnePassesOneFailsAndTheDashboardShowsBothLive() {
        String joinPath = createClass(page, "Class <i>one</i>");
        classRow(page, "Class <i>one</i>").locator("td").first().locator("a").click();
        assertThat(page.locator(".dashboard-title")).hasText("Class <i>one</i>");
        assertThat(page.locator(".live-state")).hasText("live");

        Page ada = join(joinPath, HOSTILE_NAME);
        Page alan = join(joinPath, "Alan");
        // locked fields are read-only in the widget
        assertTrue(widget(ada).locator("[data-field=epochs]").isDisabled());
        assertThat(widget(ada).locator("[data-field=epochs]")).hasValue("2");

        // Ada trains in her page first, then submits the book's learning rate
        assertThat(widget(ada).locator("button[data-role=play]")).isEnabled(new LocatorAssertions.IsEnabledOptions()
                .setTimeout(30_000));
        widget(ada).locator("button[data-role=play]").click();
        assertThat(widget(ada).locator("[data-out=status]")).hasText("Finished after epoch 2. Press Reset to train again.", VERIFIED);
        ada.locator(".assignment-submit").click();

        // Alan submits a learning rate far too small to learn anything in two epochs
        widget(alan).locator("[data-field=learningRate]").fill("0.00001");
        alan.locator(".assignment-submit").click();

        assertThat(ada.locator(".assignment-status")).containsText("Passed: train accuracy", containsVerified());
        assertThat(alan.locator(".assignment-status")).containsText("Not passed: train accuracy", containsVerified());
        assertThat(ada.locator(".assignment-best")).containsText("Your best submission: passed, test accuracy");

        // progress of a joined learner reaches the class
        ada.locator(".done-toggle").click();
        ada.locator(".exercise-number").fill("4");
        ada.locator(".exercise-check").click();

        Locator rows = page.locator(".progress-table tbody tr");
        assertThat(rows).hasCount(2);
        Locator adaRow = rows.filter(new Locator.FilterOptions().setHasText("Ada"));
        assertThat(adaRow.locator(".learner-name")).hasText(HOSTILE_NAME);
        assertThat(adaRow.locator("td[data-assignment=quick-softmax]")).containsText("passed");
        assertThat(adaRow.locator("td.cell-done")).hasText("✓ 1/1");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Alan")).locator("td[data-assignment]"))
                .containsText("failed");
        assertThat(page.locator(".assignment-table tbody tr td").nth(2)).hasText("2");
        assertThat(page.locator("canvas.scatter")).hasAttribute("data-points", "2");
        assertEquals(0, page.locator(".progress-table img").count(), "a name's markup stays text");
        assertEquals(List.of(), List.of(page.title(), ada.title()).stream().filter(t -> t.contains("pwned")).toList());
        ada.close();
        alan.close();
    }

    private static LocatorAssertions.ContainsTextOptions containsVerified() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);
    }

    @Test
    void aReaderWhoNeverJoinedCannotSubmitAndSendsNothing() {
        page.navigate(site.url("/lessons/class-softmax"));
        assertThat(page.locator(".assignment-submit")).isDisabled();
        assertThat(page.locator(".assignment-status")).hasText("Join a class to submit (use the link your "
                + "instructor gave you).");
        List<String> requests = new java.util.ArrayList<>();
        page.onRequest(request -> requests.add(request.url()));
        page.locator(".done-toggle").click();
        page.locator(".exercise-number").fill("4");
        page.locator(".exercise-check").click();
        assertThat(page.locator(".exercise-feedback")).hasText("Correct!");
        // the clicks scroll the lesson's widget into view, which mounts it and fetches its Fashion-MNIST slice: that
        // download names no one; any other API call would tell the server about a reader who never joined
        assertEquals(List.of(), requests.stream()
                .filter(url -> url.contains("/api/") && !url.contains("/api/data/")).toList());
    }

    /**
     * The instructor's and the dashboard's pages in both languages, every word the language's, with no serious or
     * critical axe-core finding in the light or the dark theme; the dashboard's chart takes the theme on ☾.
     */
    @Test
    void theClassPagesReadInBothLanguagesPassAxeInLightAndDarkAndTheChartFollowsTheTheme() throws Exception {
        String joinPath = createClass(page, "Zweisprachig");
        long classId = Long.parseLong(classRow(page, "Zweisprachig").getAttribute("data-class-id"));
        Page learner = browser.newPage(errors);
        learner.navigate(site.url("/zh" + joinPath));
        assertThat(learner.locator("h1")).hasText("加入班级");
        assertThat(learner.locator(".language-switch")).hasAttribute("href", joinPath);
        // the class's name is the instructor's, in whatever language they chose; a recovery code is no word
        List<String> english = new java.util.ArrayList<>(EnglishOnChinesePages.in(learner, "main", ".class-name"));
        learner.locator(".join-form input[name=name]").fill("小林");
        learner.locator(".join-form button").click();
        assertThat(learner.locator(".join-status")).hasText("已用“小林”加入。");
        english.addAll(EnglishOnChinesePages.in(learner, "main", ".class-name, .recovery-code"));
        Page again = browser.newPage(errors);
        again.navigate(site.url("/zh" + joinPath));
        refusedJoin(again, "小林", "本班已有人使用这个名字：请换一个；如果那就是你，请在下面用恢复码继续。", english);
        refusedJoin(again, "   ", "请输入名字：只有空格不算名字。", english);
        List<String> accessibility = new java.util.ArrayList<>();
        learner.navigate(site.url("/lessons/class-softmax"));
        assertThat(learner.locator(".learner-badge")).hasText("小林 · Zweisprachig");
        accessibility.addAll(CourseIT.seriousAccessibilityProblemsLightAndDark(learner, "a lesson with its badge"));
        learner.navigate(site.url("/zh/join/NOSUCHCODE"));
        assertThat(learner.locator(".join-status")).hasText("没有班级使用这个加入码，请检查讲师给你的链接。");
        errors.removeIf(error -> error.contains("status of 404") && error.contains("/api/join/NOSUCHCODE"));
        learner.close();

        for (String language : List.of("en", "zh")) {
            String prefix = language.equals("en") ? "" : "/zh";
            String otherPrefix = language.equals("en") ? "/zh" : "";
            page.navigate(site.url(prefix + "/instructor"));
            assertThat(page.locator(".language-switch")).hasAttribute("href", otherPrefix + "/instructor");
            assertThat(page.locator("html")).hasAttribute("lang", language.equals("en") ? "en" : "zh-CN");
            assertThat(page.locator("h1")).hasText(language.equals("en") ? "Classes" : "班级");
            assertThat(classRow(page, "Zweisprachig").locator("td").nth(3)).hasText(language.equals("en") ? "open"
                    : "开放");
            accessibility.addAll(CourseIT.seriousAccessibilityProblemsLightAndDark(page, prefix + "/instructor"));

            page.navigate(site.url(prefix + "/instructor/classes/" + classId));
            assertThat(page.locator(".live-state")).hasText(language.equals("en") ? "live" : "实时");
            assertThat(page.locator(".progress-table tbody tr")).hasCount(1);
            assertThat(page.locator(".progress-table thead th").first()).hasText(language.equals("en") ? "Learner"
                    : "学员");
            assertThat(page.locator(".join-link")).containsText(prefix + joinPath);
            assertThat(page.locator(".language-switch")).hasAttribute("href",
                    otherPrefix + "/instructor/classes/" + classId);
            accessibility.addAll(CourseIT.seriousAccessibilityProblemsLightAndDark(page,
                    prefix + "/instructor/classes/" + classId));
            if (language.equals("zh")) {
                // the lesson, its assignment, the target and the scatter's menus in Chinese
                assertThat(page.locator(".progress-table thead th a")).hasText("班级测试课");
                assertThat(page.locator(".assignment-table tbody td").nth(0)).hasText("softmax 回归超过 0.6");
                assertThat(page.locator(".assignment-table tbody td").nth(1)).hasText("测试准确率 >= 0.6");
                assertThat(page.locator(".scatter-assignment option")).hasText("softmax 回归超过 0.6");
                assertThat(page.locator(".scatter-setting option")).hasText("学习率 η");
                // the class's name is the instructor's, a learner's their own
                english.addAll(EnglishOnChinesePages.in(page, "main", ".dashboard-title, .learner-name"));
            }
        }
        assertEquals(List.of(), english, "English on the Chinese class pages");
        assertEquals(List.of(), accessibility, "axe-core: serious or critical");

        String ticks = "() => Object.values(Chart.instances).map(c => c.scales.x.options.ticks.color)";
        String muted = "() => getComputedStyle(document.documentElement).getPropertyValue('--muted').trim()";
        page.locator(".theme-toggle").click();
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        assertEquals(List.of(page.evaluate(muted)), page.evaluate(ticks), "the scatter's ticks in the dark theme");
        page.locator(".theme-toggle").click();
        assertThat(page.locator("html")).hasAttribute("data-theme", "light");
        assertEquals(List.of(page.evaluate(muted)), page.evaluate(ticks), "and back in the light one");
        page.locator(".language-switch").click();
        page.waitForURL(site.url("/instructor/classes/" + classId));
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.navigate(site.url("/zh/instructor"));
        classRow(page, "Zweisprachig").locator("button", new Locator.LocatorOptions().setHasText("关闭")).click();
        assertThat(classRow(page, "Zweisprachig").locator("td").nth(3)).hasText("已关闭");
        again.navigate(site.url("/zh" + joinPath));
        List<String> closedEnglish = new java.util.ArrayList<>();
        refusedJoin(again, "小原", "这个班级已关闭，不再接收新学员。请讲师重新开放。", closedEnglish);
        assertEquals(List.of(), closedEnglish, "English on the Chinese join page of a closed class");
        again.close();
    }

    /** Joins as {@code name} on the open join page, which refuses with {@code sentence}; adds its English words. */
    private void refusedJoin(Page join, String name, String sentence, List<String> english) {
        join.locator(".join-form input[name=name]").fill(name);
        join.locator(".join-form button").click();
        assertThat(join.locator(".join-status")).hasText(sentence);
        english.addAll(EnglishOnChinesePages.in(join, "main", ".class-name"));
        errors.removeIf(error -> error.contains("/learners") && (error.contains("status of 409")
                || error.contains("status of 400")));
    }

    /**
     * A learner continues on a second device with the recovery code: the page says the first device stays signed in,
     * and it does; the second device shows the done mark the first one made, pulled from the server.
     */
    @Test
    void aSecondDeviceKeepsTheFirstSignedInAndShowsTheDoneMarksTheServerKeeps() {
        String joinPath = createClass(page, "Two devices");
        Page first = browser.newPage(errors);
        first.navigate(site.url(joinPath));
        first.locator(".join-form input[name=name]").fill("Barbara");
        first.locator(".join-form button").click();
        Locator code = first.locator(".recovery-code");
        assertThat(code).hasText(java.util.regex.Pattern.compile("[2-9A-Z]{5}-[2-9A-Z]{5}"));
        String recovery = code.textContent();
        first.navigate(site.url("/lessons/class-softmax"));
        assertThat(first.locator("html")).hasAttribute("data-learner-synced", "true");
        first.waitForResponse(response -> response.url().contains("/api/learner/lessons/class-softmax")
                && response.status() == 200, () -> first.locator(".done-toggle").click());

        Page second = browser.newPage(errors);
        second.navigate(site.url(joinPath));
        second.locator(".recover summary").click();
        second.locator(".recover-form input[name=name]").fill("Barbara");
        second.locator(".recover-form input[name=recoveryCode]").fill(recovery);
        second.locator(".recover-form button").click();
        assertThat(second.locator(".join-status")).hasText("Welcome back, Barbara. This browser now continues your "
                + "progress; your other devices stay signed in too.");
        second.navigate(site.url("/lessons/class-softmax"));
        assertThat(second.locator(".done-toggle")).hasAttribute("aria-pressed", "true");
        assertThat(second.locator(".learner-badge")).hasText("Barbara · Two devices");

        first.reload();
        assertThat(first.locator("html")).hasAttribute("data-learner-synced", "true");
        assertThat(first.locator(".learner-badge")).hasText("Barbara · Two devices");
        first.close();
        second.close();
    }
}
