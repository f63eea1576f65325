package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a classifier widget promises between runs (issue 11, defect 18) and around a server run (issue 14 §4): a
 * finished run says so and offers only Reset, a larger subset is fetched rather than ignored, Reset empties the
 * pictures and keeps the replaced run's summary, loaded server weights fill the readouts, and a server run can be
 * cancelled, also by closing the page.
 */
class ClassifierRunStatesIT extends BrowserTest {
    private static final LocatorAssertions.ContainsTextOptions LONG =
            new LocatorAssertions.ContainsTextOptions().setTimeout(90_000);

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        serve(Site.withContent(WidgetLesson.write(dir, "runs", "<div data-widget=\"softmax-train\" data-batch-size=\"100\" data-epochs=\"2\" "
                + "data-train-subset=\"1000\"></div>")));
    }

    private Locator widget;

    private Locator ready(String hash) {
        page.navigate(site.url("/lessons/runs" + hash));
        widget = page.locator("[data-widget=softmax-train]");
        assertThat(button("play")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(30_000));
        return widget;
    }

    private Locator button(String role) {
        return widget.locator("button[data-role=" + role + "]");
    }

    private Locator out(String name) {
        return widget.locator("[data-out=" + name + "]");
    }

    @Test
    void aFinishedRunOffersOnlyResetAndResetClearsItsPicturesButKeepsItsSummary() {
        ready("");
        button("play").click();
        assertThat(out("status")).hasText("Finished after epoch 2. Press Reset to train again.",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(button("play")).isDisabled();
        assertThat(button("step")).isDisabled();
        // and looks it: a disabled button loses the accent fill and says it cannot be pressed
        assertThat(button("play")).hasCSS("cursor", "not-allowed");
        assertThat(button("reset")).hasCSS("cursor", "pointer");
        assertNotEquals(button("play").evaluate("b => getComputedStyle(b).backgroundColor"),
                button("reset").evaluate("b => getComputedStyle(b).backgroundColor"));
        assertThat(widget.locator(".weight-grid canvas")).hasCount(10);
        String accuracy = out("test-accuracy").textContent();

        button("reset").click();
        assertThat(button("play")).isEnabled();
        assertThat(widget.locator(".weight-grid canvas")).hasCount(0);
        assertThat(widget.locator(".confusion tr")).hasCount(0);
        assertThat(widget.locator(".mistakes figure")).hasCount(0);
        assertThat(out("previous")).isVisible();
        assertThat(out("previous")).hasText("Previous run (same settings): test accuracy " + accuracy
                + " after 2 epochs.");
    }

    @Test
    void aSubsetAboveTheLoadedImagesIsFetchedAndTrainedOn() {
        ready("");
        Locator subset = widget.locator("[data-field=trainSubset]");
        subset.fill("2000");
        subset.dispatchEvent("change");
        assertThat(out("status")).containsText("Ready", LONG);
        button("epoch").click();
        // 2,000 images in minibatches of 100: twenty steps make the epoch (1,000 would have made ten)
        assertThat(out("epoch")).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(out("step")).hasText("20");
    }

    @Test
    void loadedServerWeightsFillTheReadouts() {
        ready("#softmax-train:trainSubset=2000,epochs=1");
        button("server").click();
        assertThat(out("status")).containsText("finished", LONG);
        button("load").click();
        assertThat(out("status")).containsText("test accuracy", LONG);
        assertThat(out("epoch")).hasText("1");
        assertThat(out("test-accuracy")).not().hasText("–");
    }

    @Test
    void theCancelButtonCancelsTheServerRun() {
        ready("#softmax-train:epochs=50");
        button("server").click();
        assertThat(button("cancel")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        button("cancel").click();
        assertThat(out("status")).containsText("cancelled", LONG);
        assertThat(button("cancel")).isHidden();
    }

    @Test
    void closingThePageCancelsItsServerRun() {
        ready("#softmax-train:epochs=50");
        button("server").click();
        assertThat(out("status")).containsText("Run #", LONG);
        String status = out("status").textContent();
        String id = status.replaceFirst("(?s).*#(\\d+).*", "$1");
        page.close();

        page = browser.newPage(errors);
        page.navigate(site.url("/lessons/runs"));
        // asks the run's state until it has ended: the closed page's cancel arrives on its own time
        Object ended = page.evaluate("async id => { for (;;) {"
                + " const run = await (await fetch('/api/runs/' + id)).json();"
                + " if (run.status !== 'queued' && run.status !== 'running') { return run.status; }"
                + " await new Promise(done => setTimeout(done, 200)); } }", id);
        assertEquals("cancelled", ended);
    }
}
