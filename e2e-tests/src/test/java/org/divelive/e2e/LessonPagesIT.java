package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LessonPagesIT {
    private static Site site;
    private static Browser browser;
    private List<String> errors;
    private Page page;

    @BeforeAll
    static void start() {
        site = Site.embedded();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
    }

    @BeforeEach
    void openPage() {
        errors = Browser.errorList();
        page = browser.newPage(errors);
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @Test
    void theIndexListsTheLinearRegressionLessonAndLinksToIt() {
        Response response = page.navigate(site.url("/"));
        assertEquals(200, response.status());
        assertThat(page.locator(".lesson-list a").first()).containsText("Linear regression");
        page.locator(".lesson-list a").first().click();
        assertThat(page).hasURL(site.url("/lessons/linear-regression"));
        assertThat(page.locator("article h1")).hasText("Linear regression");
        assertEquals(List.of(), errors);
    }

    @Test
    void theLessonsMathIsTypesetByKatexWithNoRawTexLeft() {
        page.navigate(site.url("/lessons/linear-regression"));
        assertThat(page.locator("[data-widget=sgd-linreg]")).hasAttribute("data-mounted", "true");
        int formulas = page.locator(".math").count();
        assertTrue(formulas > 20, "the lesson has its formulas, found " + formulas);
        assertEquals(formulas, page.locator(".math .katex").count(), "every formula typeset");
        assertEquals(0, page.locator(".katex-error").count(), "no formula KaTeX could not parse");
        String text = page.locator("article").innerText();
        assertFalse(text.contains("$$"), "no raw $$ in the text");
        assertFalse(text.contains("\\("), "no raw \\( in the text");
        assertFalse(text.contains("\\frac"), "no raw TeX commands in the text");
        assertEquals(List.of(), errors);
    }

    @Test
    void anUnknownLessonGetsTheNotFoundPage() {
        Response response = page.navigate(site.url("/lessons/no-such-lesson"));
        assertEquals(404, response.status());
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Test
    void pathTraversalAttemptsGetNotFound() {
        for (String path : List.of("/lessons/..%2F..%2Fetc%2Fpasswd", "/lessons/%2e%2e%2f%2e%2e%2fpom.xml",
                "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd", "/lessons//etc/passwd",
                "/client/%2e%2e/%2e%2e/%2e%2e/etc/passwd")) {
            Response response = page.navigate(site.url(path));
            assertEquals(404, response.status(), path);
            assertFalse(page.content().contains("root:x:0"), path + " read a file outside the site");
        }
    }
}
