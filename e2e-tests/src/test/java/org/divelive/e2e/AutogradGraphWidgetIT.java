package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

class AutogradGraphWidgetIT extends LoneWidgetTest {
    /** ℓ = ½(w₁x₁ + w₂x₂ + b − y)² is 13 nodes: 6 inputs, 2 products, 2 sums, a difference, a square, a half. */
    private static final int NODES = 13;
    private static final String[] INPUTS = {"w1", "w2", "x1", "x2", "b", "y"};

    AutogradGraphWidgetIT() {
        super("autograd", "autograd-graph");
    }

    private Locator grad(String node) {
        return widget.locator("[data-node=" + node + "] [data-grad]");
    }

    private void stepBackward() {
        press("step");
    }

    @Test
    void steppingPropagatesOneNodeAtATimeUntilDlDbIsTheResidual() {
        open("");
        assertThat(widget.locator("[data-node]")).hasCount(NODES);
        assertThat(out("residual")).hasText("-3.25");
        assertThat(grad("b")).hasText("–");

        stepBackward();
        assertThat(widget.locator("[data-propagated]")).hasCount(1);
        assertThat(widget.locator("[data-node=loss][data-current]")).hasCount(1);
        assertThat(grad("loss")).hasText("1");
        // the output ½·(r²) has one input, so one local gradient is shown: ∂ℓ/∂(r²) = ½
        assertThat(widget.locator("[data-local-gradient]")).hasCount(1);

        for (int k = 2; k <= NODES; k++) {
            stepBackward();
            assertThat(widget.locator("[data-propagated]")).hasCount(k);
            assertThat(out("steps")).hasText(k + " / " + NODES);
        }
        assertThat(grad("b")).hasText(out("residual").textContent());
        assertThat(grad("w1")).hasText("-6.5");   // r·x₁ = −3.25 · 2
        assertThat(out("status")).containsText("is final");
        stepBackward();
        assertThat(out("status")).containsText("complete");
    }

    /**
     * On a phone the graph keeps the size it was drawn at and its box scrolls sideways: shrunk to 390 px, its
     * smallest text (the local gradients) would be 7 px.
     */
    @Test
    void onAPhoneTheGraphsSmallestTextStaysTwelvePixelsAndItsBoxScrolls() {
        page.setViewportSize(390, 844);
        open("");
        stepBackward(); // the first local gradient, the graph's smallest text, appears
        Number smallest = (Number) widget.locator("svg.ag-graph").evaluate("svg => {"
                + " const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                + " return Math.min(...Array.from(svg.querySelectorAll('text'),"
                + "  t => parseFloat(getComputedStyle(t).fontSize) * scale)); }");
        assertTrue(smallest.doubleValue() >= 12, "smallest text on a phone: " + smallest + " px");
        Locator box = widget.locator(".ag-scroll");
        assertTrue((Boolean) box.evaluate("box => box.scrollWidth > box.clientWidth"), "the graph's box scrolls");
    }

    @Test
    void theFiniteDifferencesAgreeWithTheBackwardPass() {
        open("");
        for (String input : INPUTS) {
            Locator row = widget.locator("[data-role=check] tr[data-input=" + input + "]");
            double backward = Double.parseDouble(row.locator("[data-col=backward]").textContent());
            double numeric = Double.parseDouble(row.locator("[data-col=numeric]").textContent());
            double difference = Double.parseDouble(row.locator("[data-col=difference]").textContent());
            assertTrue(difference < 1e-6, input + ": difference " + difference);
            assertEquals(backward, numeric, 1e-5 * Math.max(1, Math.abs(backward)), input);
        }
    }

    @Test
    void theHashSetsTheInputsAndAChangedInputRebuildsTheGraph() {
        open("#autograd-graph:w1=1,w2=2,x1=3,x2=4,b=5,y=6");
        String[] expected = {"1", "2", "3", "4", "5", "6"};
        for (int i = 0; i < INPUTS.length; i++) {
            assertThat(field(INPUTS[i])).hasValue(expected[i]);
        }
        // ŷ = 1·3 + 2·4 + 5 = 16, r = 10, ℓ = 50
        assertThat(out("prediction")).hasText("16");
        assertThat(out("residual")).hasText("10");
        assertThat(out("loss")).hasText("50");

        press("run");
        assertThat(widget.locator("[data-propagated]")).hasCount(NODES);
        assertThat(grad("b")).hasText("10");

        Locator y = field("y");
        y.fill("16");
        y.dispatchEvent("change");
        assertThat(out("loss")).hasText("0");
        assertThat(widget.locator("[data-propagated]")).hasCount(0);
        assertTrue(page.url().endsWith("#autograd-graph:w1=1,w2=2,x1=3,x2=4,b=5,y=16"), page.url());
    }
}
