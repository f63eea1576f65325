package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntropyKlWidgetIT extends LoneWidgetTest {

    EntropyKlWidgetIT() {
        super("entropy", "entropy-kl");
    }

    private static String bits(double nats) {
        return round4(nats / Math.log(2)) + " bits = " + round4(nats) + " nats";
    }

    /** Four significant digits without trailing zeros, as the page writes numbers. */
    private static String round4(double x) {
        String text = new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
        return text;
    }

    @Test
    void theDefaultsAreTheLessonsDryTownAndItsFirstNewcomersUniformBelief() {
        open("");
        double[] p = {0.5, 0.25, 0.125, 0.125};
        double entropy = 0;
        double divergence = 0;
        for (double pi : p) {
            entropy -= pi * Math.log(pi);
            divergence += pi * Math.log(pi / 0.25);
        }
        assertThat(out("entropy")).hasText(bits(entropy));
        // under a uniform Q every outcome costs log₂ 4 = 2 bits, whatever P is
        assertThat(out("cross-entropy")).hasText(bits(Math.log(4)));
        assertThat(out("kl")).hasText(bits(divergence));
        for (int i = 0; i < 4; i++) {
            assertThat(out("bits-" + i)).hasText("2");
            assertThat(out("q-" + i)).hasText("0.25");
        }
        assertThat(out("p-0")).hasText("0.5");
        assertThat(out("entropy")).hasText("1.75 bits = 1.213 nats");
        assertThat(out("kl")).hasText("0.25 bits = 0.1733 nats");
        assertThat(out("status")).containsText("KL(P‖Q) = " + round4(divergence / Math.log(2)) + " extra bits");
    }

    @Test
    void slidingQToPTakesTheDivergenceToZeroAndTheCrossEntropyToTheEntropy() {
        open("#entropy-kl:p1=14,p2=2,p3=2,p4=2,q1=2,q2=4,q3=6,q4=8,towardP=0");
        double klAtStart = Double.parseDouble(out("kl").textContent().split(" ")[0]);
        field("towardP").fill("0.5");
        double klHalfWay = Double.parseDouble(out("kl").textContent().split(" ")[0]);
        assertTrue(klHalfWay < klAtStart / 2, "convex along the line: " + klHalfWay + " vs " + klAtStart);
        field("towardP").fill("1");
        assertThat(out("kl")).hasText("0 bits = 0 nats");
        assertEquals(out("entropy").textContent(), out("cross-entropy").textContent());
        assertThat(out("status")).containsText("Q equals P");
        assertThat(out("q-0")).hasText("0.7");
        assertThat(widget.locator("output[data-shows=towardP]")).hasText("1");
    }

    @Test
    void anOutcomeQCallsImpossibleCostsInfinitelyManyBits() {
        open("");
        field("q4").fill("0");
        assertThat(out("bits-3")).hasText("∞");
        assertThat(out("cross-entropy")).hasText("∞ bits = ∞ nats");
        assertThat(out("status")).containsText("its surprisal is ∞");
        // the other way round stays finite: P gives every outcome Q allows a probability above 0
        assertTrue(Double.isFinite(Double.parseDouble(out("reverse-kl").textContent().split(" ")[0])));
    }

    @Test
    void aPWithNoWeightIsNamedBesideItsFirstSlider() {
        open("#entropy-kl:p1=0,p2=0,p3=0,p4=0,q1=25,q2=25,q3=25,q4=25,towardP=0");
        assertThat(widget.locator("[data-error-for=p1]")).hasText("Give at least one of these outcomes a weight above 0.");
    }

    @Test
    void aMovedSliderGoesIntoTheHashAndTheLinkReopensIt() {
        open("");
        commit("p1", "12");
        String url = page.url();
        assertTrue(url.contains("#entropy-kl:p1=12,p2=4,"), url);
        reopenInAFreshTab(url);
        assertThat(field("p1")).hasValue("12");
        assertThat(out("p-0")).hasText("0.6");
    }
}
