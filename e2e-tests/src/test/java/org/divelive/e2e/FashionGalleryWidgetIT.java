package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gallery on real Fashion-MNIST test images, in an English and a Chinese lesson of its own. */
class FashionGalleryWidgetIT extends BrowserTest {
    private static final String WIDGET = "<div data-widget=\"fashion-gallery\" data-per-class=\"4\"></div>\n";

    @TempDir
    static Path content;

    @BeforeAll
    static void start() throws IOException {
        lesson("en", "Gallery");
        lesson("zh", "图库");
        serve(Site.withContent(content));
    }

    private static void lesson(String language, String title) throws IOException {
        Files.createDirectories(content.resolve(language));
        Files.writeString(content.resolve(language).resolve("01-x.md"),
                "---\ntitle: " + title + "\norder: 1\n---\n\n" + WIDGET);
    }

    private Locator open(String path) {
        return mountedWidget(path, "fashion-gallery");
    }

    @Test
    void showsTheChosenNumberOfImagesOfEveryClassWithTheirNames() {
        Locator widget = open("/lessons/x");
        Locator figures = widget.locator(".gallery-grid figure");
        assertThat(figures).hasCount(40);
        assertThat(widget.locator("[data-out=status]")).hasText("40 test images");
        assertThat(widget.locator("figure[data-label='9'] figcaption")).hasText(new String[] {
                "ankle boot", "ankle boot", "ankle boot", "ankle boot"});
        assertThat(widget.locator("figure[data-label='0'] figcaption").first()).hasText("t-shirt/top");
        // a drawn image is not blank: the canvas holds the 28×28 picture
        assertEquals(28, ((Number) widget.locator("canvas").first().evaluate("c => c.width")).intValue());
        Object ink = widget.locator("canvas").first().evaluate("c => { var d = c.getContext('2d')"
                + ".getImageData(0, 0, 28, 28).data; var dark = 0; for (var i = 0; i < d.length; i += 4) {"
                + " if (d[i] < 200) { dark++; } } return dark; }");
        assertEquals(true, ((Number) ink).intValue() > 50, "dark pixels: " + ink);
    }

    @Test
    void filteringToOneClassShowsOnlyThatClassAndTheHashKeepsTheFilter() {
        Locator widget = open("/lessons/x");
        assertThat(widget.locator(".gallery-grid figure")).hasCount(40);
        widget.locator("select[data-field=show]").selectOption("3");
        Locator figures = widget.locator(".gallery-grid figure");
        assertThat(figures).hasCount(4);
        assertThat(widget.locator("figure:not([data-label='3'])")).hasCount(0);
        assertThat(widget.locator("figcaption").first()).hasText("dress");
        assertEquals("#fashion-gallery:show=3,perClass=4", page.evaluate("() => location.hash"));

        Locator perClass = widget.locator("input[data-field=perClass]");
        perClass.fill("7");
        perClass.dispatchEvent("change");
        assertThat(figures).hasCount(7);
        perClass.fill("500");
        perClass.dispatchEvent("change");
        assertThat(widget.locator("[data-error-for=perClass]"))
                .hasText("Images per class must be a whole number from 1 to 80.");
    }

    @Test
    void aLinkWithAFilterOpensTheGalleryFiltered() {
        Locator widget = open("/lessons/x#fashion-gallery:show=7,perClass=2");
        assertThat(widget.locator("select[data-field=show]")).hasValue("7");
        assertThat(widget.locator("input[data-field=perClass]")).hasValue("2");
        assertThat(widget.locator("figcaption")).hasText(new String[] {"sneaker", "sneaker"});
    }

    @Test
    void withoutTheDataSetTheServersMessageIsShown() {
        page.route("**/api/data/fashion-mnist/**", route -> route.fulfill(new Route.FulfillOptions().setStatus(503)
                .setContentType("application/json").setBody("{\"error\": \"Fashion-MNIST was not found: install it\"}")));
        Locator widget = open("/lessons/x");
        assertThat(widget.locator("[data-out=status]"))
                .hasText("The data set is not available: Fashion-MNIST was not found: install it");
        assertThat(widget.locator(".gallery-grid figure")).hasCount(0);
        // the browser itself logs the failed download; that one console line is the point of this test
        errors.removeIf(error -> error.contains("status of 503"));
    }

    @Test
    void aChineseLessonNamesTheClassesInChinese() {
        Locator widget = open("/zh/lessons/x#fashion-gallery:show=all,perClass=1");
        assertThat(widget.locator("figcaption")).hasCount(10);
        assertThat(widget.locator("figure[data-label='0'] figcaption")).hasText("T恤/上衣");
        assertThat(widget.locator("figure[data-label='9'] figcaption")).hasText("短靴");
        assertThat(widget.locator("select[data-field=show] option").first()).hasText("全部类别");
    }
}
