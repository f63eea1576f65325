package org.divelive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test class shares, whatever serves its pages: one Chromium for the class (the subclass's
 * {@code @BeforeAll} calls {@link #startBrowser}), and a fresh page per test whose console errors fail the test.
 */
abstract class PageTest {
    protected static Browser browser;
    protected final List<String> errors = Browser.errorList();
    protected Page page;

    protected static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
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
