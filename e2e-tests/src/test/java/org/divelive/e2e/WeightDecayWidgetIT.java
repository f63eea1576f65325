package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

class WeightDecayWidgetIT extends LoneWidgetTest {
    private static final LocatorAssertions.HasCountOptions RUN = new LocatorAssertions.HasCountOptions()
            .setTimeout(30_000);

    WeightDecayWidgetIT() {
        super("decay", "weight-decay");
    }

    private Locator lambda() {
        return field("weightDecay");
    }

    private Locator rows() {
        return widget.locator("[data-role=runs] tbody tr");
    }

    private double cell(String lambda, String column) {
        return Double.parseDouble(widget.locator("tr[data-lambda=\"" + lambda + "\"] td[data-col=" + column + "]")
                .textContent());
    }

    private int series(String chart) {
        return ((Number) page.evaluate("canvas => Chart.getChart(canvas).data.datasets.length",
                widget.locator("canvas[data-role=" + chart + "]").elementHandle())).intValue();
    }

    @Test
    void decayingWeightsOverlaidOnAPlainRunEndWithLowerTestLossAndSmallerNorm() {
        open("");
        lambda().fill("0");
        press("run");
        assertThat(rows()).hasCount(1, RUN);
        lambda().fill("3");
        press("run");
        assertThat(rows()).hasCount(2, RUN);
        assertThat(out("status")).containsText("Done: λ = 3");

        assertEquals(4, series("loss-chart"), "train and test loss of two runs");
        assertEquals(2, series("norm-chart"), "‖w‖ of two runs");
        // measured here: test loss 85 vs 0.074, ‖w‖ 13 vs 0.35
        assertTrue(cell("3", "test") < cell("0", "test") / 10, "test loss with λ = 3 vs 0");
        assertTrue(cell("3", "norm") < cell("0", "norm") / 10, "‖w‖ with λ = 3 vs 0");
        assertTrue(cell("3", "train") > cell("0", "train"), "λ = 0 fits the 20 training examples better");

        press("clear");
        assertThat(rows()).hasCount(0);
        assertEquals(0, series("loss-chart"));
    }

    @Test
    void theHashCarriesLambda() {
        open("#weight-decay:weightDecay=7.5,epochs=20");
        assertThat(lambda()).hasValue("7.5");
        press("run");
        assertThat(rows()).hasCount(1, RUN);
        assertThat(widget.locator("tr[data-lambda=\"7.5\"]")).hasCount(1);
        lambda().fill("2");
        lambda().dispatchEvent("change");
        String url = page.url();
        assertTrue(url.endsWith("#weight-decay:weightDecay=2,epochs=20"), url);
    }

    @Test
    void aNegativeLambdaIsNamedAndNothingRuns() {
        open("");
        lambda().fill("-1");
        press("run");
        assertThat(widget.locator("[data-error-for=weightDecay]")).containsText("must be a number from 0 to 1000.");
        assertThat(rows()).hasCount(0);
    }
}
