package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

class PolyFitWidgetIT extends LoneWidgetTest {
    private static final LocatorAssertions.HasTextOptions RUN = new LocatorAssertions.HasTextOptions()
            .setTimeout(30_000);

    PolyFitWidgetIT() {
        super("poly", "poly-fit");
    }

    @Test
    void theCubicEndsWithSmallCloseTrainAndTestLosses() {
        open("");
        assertThat(out("train-loss")).hasText("–");
        press("play");
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
        press("play");
        assertThat(out("epoch")).hasText("1500", RUN);
        double train = number("train-loss");
        double test = number("test-loss");
        // measured here: train ≈ 0.0066, test ≈ 0.36, a ratio of ≈ 54
        assertTrue(test > 20 * train, "train " + train + ", test " + test);
    }

    @Test
    void aChangedSettingGoesIntoTheHashAndALinkWithItReproducesTheSetup() {
        open("");
        commit("degree", "7");
        commit("trainSize", "30");
        assertThat(out("status")).containsText("degree-7 polynomial on 30 training examples");
        String url = page.url();
        assertTrue(url.contains("#poly-fit:degree=7,trainSize=30,"), url);
        reopenInAFreshTab(url);
        assertFields("degree", "7", "trainSize", "30");
    }

    @Test
    void anOutOfRangeDegreeIsNamedBesideItsField() {
        open("");
        commit("degree", "25");
        assertThat(widget.locator("[data-error-for=degree]")).hasText("Degree (1–20) must be a whole number from 1 to 20.");
        assertThat(field("degree")).hasAttribute("aria-invalid", "true");
    }
}
