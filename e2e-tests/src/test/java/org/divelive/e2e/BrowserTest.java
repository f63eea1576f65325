package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every end-to-end test class shares: one real server and one Chromium for the class (the subclass's
 * {@code @BeforeAll} calls {@link #serve}), and a fresh page per test whose console errors fail the test.
 */
abstract class BrowserTest {
    protected static Site site;
    protected static Browser browser;
    protected final List<String> errors = Browser.errorList();
    protected Page page;

    /** Starts the browser beside the class's server. */
    protected static void serve(Site started) {
        site = started;
        browser = new Browser();
    }

    /** Opens a page of the site and waits until the named widget on it has mounted. */
    protected Locator mountedWidget(String path, String name) {
        page.navigate(site.url(path));
        Locator widget = page.locator("[data-widget=" + name + "]");
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
    static void stopBrowserAndServer() {
        browser.close();
        site.close();
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(errors);
    }

    @AfterEach
    void closePageWithoutConsoleErrors() {
        page.close();
        assertEquals(List.of(), errors);
    }
}
