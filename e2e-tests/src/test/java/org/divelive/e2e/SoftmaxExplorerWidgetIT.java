package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftmaxExplorerWidgetIT extends LoneWidgetTest {

    SoftmaxExplorerWidgetIT() {
        super("softmax", "softmax-explorer");
    }

    @Test
    void movingALogitSliderChangesTheProbabilitiesAndTheLoss() {
        open("");
        // defaults z = [3, 1, 0.2, −1], τ = 1, y = class 1: softmax gives 0.8234 for class 1
        assertThat(out("p-0")).hasText("0.8234");
        assertThat(out("loss")).hasText("0.1943");
        String before = out("p-1").textContent();
        field("z2").fill("4");
        assertThat(widget.locator("output[data-shows=z2]")).hasText("4");
        assertNotEquals(before, out("p-1").textContent());
        double p2 = number("p-1");
        double p1 = number("p-0");
        assertTrue(p2 > p1, "the largest logit has the largest probability: " + p2 + " vs " + p1);

        field("label").selectOption("2");
        // −log p₂ = log Σ exp(z) − z₂ for z = [3, 4, 0.2, −1]
        double loss = Math.log(Math.exp(3) + Math.exp(4) + Math.exp(0.2) + Math.exp(-1)) - 4;
        assertThat(out("loss")).hasText(String.valueOf(round4(loss)));
        assertThat(widget.locator(".softmax-bar-row.is-label")).hasAttribute("data-class", "1");
    }

    @Test
    void aHighTemperatureFlattensTheProbabilities() {
        open("#softmax-explorer:z1=3,z2=1,z3=0.2,z4=-1,range=10,label=1,temperature=10");
        assertThat(field("temperature")).hasValue("10");
        assertThat(out("scaled-0")).hasText("0.3");
        double p = number("p-0");
        assertTrue(p > 0.25 && p < 0.35, "τ = 10 brings p near 1/4, was " + p);
    }

    @Test
    void theOverflowButtonOverflowsAlsoAfterTheReaderRaisedTheTemperature() {
        open("#softmax-explorer:z1=3,z2=1,z3=0.2,z4=-1,range=10,label=1,temperature=5");
        press("overflow");
        assertThat(field("temperature")).hasValue("1");
        assertThat(out("naive-sum")).hasText("NaN");
        assertThat(out("verdict")).containsText("The naive softmax broke down");
        assertThat(widget.locator("dt").first()).hasText("Cross-entropy −log py");
        assertThat(widget.locator("dt sub").first()).hasText("y");
    }

    @Test
    void atLogitsOfPlusMinus1000TheNaiveSoftmaxIsNaNAndTheStableOneSumsToOne() {
        open("");
        assertThat(out("naive-0")).hasText(out("stable-0").textContent());
        press("overflow");
        assertFields("range", "1000", "z1", "1000", "z2", "-1000");
        assertOuts("naive-0", "NaN", "naive-sum", "NaN", "naive-loss", "NaN");
        assertOuts("stable-0", "1", "stable-1", "0", "stable-sum", "1", "stable-loss", "0");
        assertThat(out("verdict")).containsText("The naive softmax broke down");

        // a label whose exp underflowed: the naive loss is −log 0 = ∞, the stable one exactly 2000
        field("label").selectOption("2");
        assertOuts("naive-loss", "∞", "stable-loss", "2000");
        double sum = 0;
        for (int j = 0; j < 4; j++) {
            double p = number("stable-" + j);
            assertTrue(Double.isFinite(p));
            sum += p;
        }
        assertEquals(1, sum, 1e-9);
    }

    @Test
    void theHashRoundTripsLogitsLabelAndTemperature() {
        open("#softmax-explorer:z1=1000,z2=-1000,z3=0,z4=5,range=1000,label=3,temperature=1.2");
        assertFields("z1", "1000", "z2", "-1000", "z4", "5", "label", "3", "temperature", "1.2");
        assertThat(widget.locator("output[data-shows=z1]")).hasText("1000");
        // 1000/1.2 = 833.3 is beyond the 709 where exp overflows
        assertThat(out("scaled-0")).hasText("833.3");
        assertThat(out("naive-0")).hasText("NaN");

        field("z4").fill("7");
        field("temperature").fill("1.5");
        field("label").selectOption("4");
        assertEquals("#softmax-explorer:z1=1000,z2=-1000,z3=0,z4=7,range=1000,label=4,temperature=1.5",
                page.evaluate("() => decodeURIComponent(location.hash)"));
        page.reload();
        assertThat(widget).hasAttribute("data-mounted", "true");
        assertFields("z4", "7", "temperature", "1.5", "label", "4");

        // back to ±10: the logits move to the edge of the smaller range
        field("range").selectOption("10");
        assertFields("z1", "10", "z2", "-10");
    }

    private static double round4(double x) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", x));
    }
}
