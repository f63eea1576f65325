package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;

/**
 * What the end-to-end test classes of the server share beyond {@link PageTest}: one real server for the class (the
 * subclass's {@code @BeforeAll} calls {@link #serve}).
 */
abstract class BrowserTest extends PageTest {
    protected static Site site;

    /** Starts the browser beside the class's server. */
    protected static void serve(Site started) {
        site = started;
        startBrowser();
    }

    /** Opens a page of the site and waits until the (first) widget of that name on it has mounted. */
    protected Locator mountedWidget(String path, String name) {
        page.navigate(site.url(path));
        Locator widget = page.locator("[data-widget=" + name + "]").first();
        widget.evaluate("widget => widget.scrollIntoView()"); // a widget mounts as it comes near the window
        assertThat(widget).hasAttribute("data-mounted", "true");
        return widget;
    }

    /**
     * Scrolls through the page as a reader would, and waits until every widget has mounted (each mounts as it comes
     * near the window) and every formula is typeset (in slices, after the page has loaded).
     */
    protected static void readToTheEnd(Page page) {
        page.evaluate("async () => { for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {"
                + " scrollTo(0, y); await new Promise(done => setTimeout(done, 30)); } }");
        Locator widgets = page.locator("article [data-widget]");
        for (int i = 0; i < widgets.count(); i++) {
            assertThat(widgets.nth(i)).hasAttribute("data-mounted", "true");
        }
        assertThat(page.locator("article .math:not(.typeset)")).hasCount(0);
    }

    @AfterAll
    static void stopServer() {
        site.close();
    }
}
