package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.divelive.server.limits.Limits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §4: a server that refuses a page's event stream (429: this browser's address already holds as many as
 * one client may, here one) still has the run followed, by polling its state, to the end.
 */
class ServerRunPollingIT extends BrowserTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        Limits oneStreamPerClient = Limits.defaults().withEventStreams(4000, 1);
        serve(Site.withContent(WidgetLesson.write(dir, "poll", "<div data-widget=\"softmax-train\" data-batch-size=\"100\" data-epochs=\"1\" "
                + "data-train-subset=\"1000\"></div>"), oneStreamPerClient));
    }

    @Test
    void aRefusedEventStreamFallsBackToPollingTheRunToItsEnd() {
        LocatorAssertions.ContainsTextOptions whileTraining = new LocatorAssertions.ContainsTextOptions()
                .setTimeout(120_000);
        page.navigate(site.url("/lessons/poll#softmax-train:trainSubset=2000"));
        Locator widget = page.locator("[data-widget=softmax-train]");
        Locator status = widget.locator("[data-out=status]");
        assertThat(widget.locator("button[data-role=server]")).isEnabled(
                new LocatorAssertions.IsEnabledOptions().setTimeout(30_000));

        // another run, long, whose live stream this page holds: the one stream this client may have
        @SuppressWarnings("unchecked")
        Map<String, Object> holder = (Map<String, Object>) page.evaluate("async () => {"
                + " const answer = await fetch('/api/runs', { method: 'POST', headers: { 'Content-Type': "
                + "'application/json' }, body: JSON.stringify({ model: 'softmax', epochs: 50 }) });"
                + " const run = await answer.json();"
                + " await new Promise(open => { window.held = new EventSource(run.events); window.held.onopen = open; });"
                + " return { id: String(run.id), token: run.cancelToken }; }");

        widget.locator("button[data-role=server]").click();
        assertThat(status).containsText("the page asks every few seconds", whileTraining);

        // the long run gives way; the widget's run trains and its end arrives by polling
        page.evaluate("h => { window.held.close(); return fetch('/api/runs/' + h.id + '/cancel', { method: 'POST',"
                + " headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + h.token },"
                + " body: '{}' }).then(answer => answer.status); }", holder);
        assertThat(status).containsText(": finished", whileTraining);
        Object serverPoints = widget.locator("[data-role=chart]").evaluate(
                "canvas => Chart.getChart(canvas).data.datasets[4].data.length");
        assertEquals(1, ((Number) serverPoints).intValue(), "the polled epoch is drawn");
        assertThat(widget.locator("button[data-role=load]")).isEnabled();

        // the browser reports the refused stream itself; that is the only console error
        assertTrue(errors.stream().allMatch(error -> error.contains("429")), errors.toString());
        assertTrue(!errors.isEmpty(), "the stream was refused");
        errors.clear();
    }
}
