package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LessonPagesIT extends BrowserTest {

    @BeforeAll
    static void start() {
        serve(Site.embedded());
    }

    @Test
    void theIndexListsTheLinearRegressionLessonAndLinksToIt() {
        Response response = page.navigate(site.url("/"));
        assertEquals(200, response.status());
        assertThat(page.locator(".lesson-list a").first()).containsText("Linear regression");
        page.locator(".lesson-list a").first().click();
        assertThat(page).hasURL(site.url("/lessons/linear-regression"));
        assertThat(page.locator("article h1")).hasText("Linear regression");
    }

    @Test
    void theLessonsMathIsTypesetByKatexWithNoRawTexLeft() {
        page.navigate(site.url("/lessons/linear-regression"));
        readToTheEnd(page);
        assertThat(page.locator("[data-widget=sgd-linreg]")).hasAttribute("data-mounted", "true");
        int formulas = page.locator(".math").count();
        assertTrue(formulas > 20, "the lesson has its formulas, found " + formulas);
        assertEquals(formulas, page.locator(".math .katex").count(), "every formula typeset");
        assertEquals(0, page.locator(".katex-error").count(), "no formula KaTeX could not parse");
        String text = page.locator("article").innerText();
        assertFalse(text.contains("$$"), "no raw $$ in the text");
        assertFalse(text.contains("\\("), "no raw \\( in the text");
        assertFalse(text.contains("\\frac"), "no raw TeX commands in the text");
    }

    @Test
    void anUnknownLessonGetsTheNotFoundPage() {
        Response response = page.navigate(site.url("/lessons/no-such-lesson"));
        assertEquals(404, response.status());
        assertThat(page.locator("h1")).hasText("Page not found");
        expectNotFoundInTheConsole();
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
        expectNotFoundInTheConsole();
    }

    /** The browser logs every 404 it is shown; in these two tests those are the point. */
    private void expectNotFoundInTheConsole() {
        errors.removeIf(error -> error.contains("status of 404"));
    }
}
