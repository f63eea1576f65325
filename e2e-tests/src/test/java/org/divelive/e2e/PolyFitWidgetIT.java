package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolyFitWidgetIT extends WidgetTest {
    private static final LocatorAssertions.HasTextOptions RUN = new LocatorAssertions.HasTextOptions()
            .setTimeout(30_000);
    @TempDir
    static Path dir;

    PolyFitWidgetIT() {
        super("/lessons/poly", "poly-fit");
    }

    @BeforeAll
    static void start() {
        serveLesson(dir, "poly", "<div data-widget=\"poly-fit\"></div>");
    }

    private double number(String name) {
        return Double.parseDouble(out(name).textContent());
    }

    @Test
    void theCubicEndsWithSmallCloseTrainAndTestLosses() {
        open("");
        assertThat(out("train-loss")).hasText("–");
        widget.locator("button[data-role=play]").click();
        assertThat(out("status")).containsText("Finished 400 epochs", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(30_000));
        assertThat(out("epoch")).hasText("400");
        double train = number("train-loss");
        double test = number("test-loss");
        // the noise alone costs ½·0.1² = 0.005; measured here: train ≈ 0.0041, test ≈ 0.0057
        assertTrue(train < 0.02 && test < 0.02, "train " + train + ", test " + test);
        assertTrue(test < 2 * train, "train " + train + ", test " + test);
    }

    @Test
    void degreeTwentyOnTenExamplesTestsFarWorseThanItTrains() {
        open("#poly-fit:degree=20,trainSize=10,epochs=1500");
        assertFields("degree", "20", "trainSize", "10");
        assertThat(out("status")).containsText("degree-20 polynomial on 10 training examples");
        widget.locator("button[data-role=play]").click();
        assertThat(out("epoch")).hasText("1500", RUN);
        double train = number("train-loss");
        double test = number("test-loss");
        // measured here: train ≈ 0.0066, test ≈ 0.36, a ratio of ≈ 54
        assertTrue(test > 20 * train, "train " + train + ", test " + test);
    }

    @Test
    void aChangedSettingGoesIntoTheHashAndALinkWithItReproducesTheSetup() {
        open("");
        field("degree").fill("7");
        field("degree").dispatchEvent("change");
        field("trainSize").fill("30");
        field("trainSize").dispatchEvent("change");
        assertThat(out("status")).containsText("degree-7 polynomial on 30 training examples");
        String url = page.url();
        assertTrue(url.contains("#poly-fit:degree=7,trainSize=30,"), url);
        page.close();
        page = browser.newPage(errors); // a fresh tab follows the link

        open(url.substring(url.indexOf('#')));
        assertThat(field("degree")).hasValue("7");
        assertThat(field("trainSize")).hasValue("30");
    }

    @Test
    void anOutOfRangeDegreeIsNamedBesideItsField() {
        open("");
        field("degree").fill("25");
        field("degree").dispatchEvent("change");
        assertThat(widget.locator("[data-error-for=degree]")).hasText("Degree (1–20) must be a whole number from 1 to 20.");
        assertThat(field("degree")).hasAttribute("aria-invalid", "true");
    }
}
