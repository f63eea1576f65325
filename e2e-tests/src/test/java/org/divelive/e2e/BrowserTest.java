package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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

    /** Opens a page of the site and waits until the named widget on it has mounted. */
    protected Locator mountedWidget(String path, String name) {
        page.navigate(site.url(path));
        Locator widget = page.locator("[data-widget=" + name + "]");
        assertThat(widget).hasAttribute("data-mounted", "true");
        return widget;
    }

    @AfterAll
    static void stopServer() {
        site.close();
    }
}
