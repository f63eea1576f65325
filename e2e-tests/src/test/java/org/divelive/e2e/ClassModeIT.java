package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        serve(Site.withContent(content, ADMIN));
    }

    /** Creates a class on the instructor page and returns its join path. */
    private String createClass(Page instructor, String name) {
        instructor.navigate(site.url("/instructor"));
        instructor.locator(".admin-form input[name=token]").fill(ADMIN);
        instructor.locator(".admin-form button").click();
        instructor.locator(".create-form input[name=name]").fill(name);
        instructor.locator(".create-form button").click();
        Locator row = instructor.locator(".class-table tbody tr").first();
        assertThat(row.locator("td").first()).hasText(name);
        return row.locator("a.join-url").getAttribute("href");
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
        page.locator(".class-table tbody tr").first().locator("td").first().locator("a").click();
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

        assertThat(ada.locator(".assignment-status")).containsText("Passed: testAccuracy", containsVerified());
        assertThat(alan.locator(".assignment-status")).containsText("Not passed: testAccuracy", containsVerified());
        assertThat(ada.locator(".assignment-best")).containsText("Your best submission: passed");

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
        assertEquals(List.of(), requests.stream().filter(url -> url.contains("/api/")).toList());
    }
}
