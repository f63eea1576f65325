package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SgdLinregWidgetIT extends WidgetTest {
    SgdLinregWidgetIT() {
        super("/lessons/linear-regression", "sgd-linreg");
    }

    @BeforeAll
    static void start() {
        serve(Site.embedded());
    }

    @BeforeEach
    void openLesson() {
        open("");
    }

    /** Types {@code text} into the learning-rate field and commits it, as leaving the field does. */
    private Locator typeLearningRate(String text) {
        Locator rate = widget.locator("input[data-field=learningRate]");
        rate.fill(text);
        rate.dispatchEvent("change");
        return rate;
    }

    private Locator button(String role) {
        return widget.locator("button[data-role=" + role + "]");
    }

    @Test
    void theConciseLessonsWidgetTrainsTheConciseModel() {
        assertThat(out("implementation")).containsText("LinearRegressionScratch");
        widget = mountedWidget("/lessons/linear-regression-concise", "sgd-linreg");
        assertThat(out("implementation")).containsText("Regressor(Linear(2 → 1))");
        button("step").click();
        assertThat(out("step")).hasText("1");
        assertThat(out("batch")).hasText("100");
    }

    @Test
    void stepTrainsOneMinibatchAndShowsItsNumbers() {
        String initialW = out("w").textContent();
        button("step").click();
        assertThat(out("step")).hasText("1");
        assertThat(out("epoch")).hasText("1");
        assertThat(out("batch")).hasText("10");
        assertThat(out("loss")).not().hasText("–");
        assertNotEquals(initialW, out("w").textContent());
        assertThat(out("update-w")).containsText("w ← [");
        assertThat(out("update-w")).containsText("0.03 ×");

        button("step").click();
        assertThat(out("step")).hasText("2");
    }

    @Test
    void playThenPauseConvergesToTheTrueParameters() {
        button("play").click();
        assertThat(button("play")).hasText("Pause");
        // loss < 1e-3 is printed in exponent form: d.ddde-4 or smaller
        assertThat(out("loss")).hasText(Pattern.compile("e-(4|5|6|7)$"),
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        button("play").click();
        assertThat(button("play")).hasText("Play");

        String stepAfterPause = out("step").textContent();
        page.waitForTimeout(300); // the only wait: proving that nothing moves while paused
        assertEquals(stepAfterPause, out("step").textContent(), "paused training stays paused");

        double loss = number("loss");
        assertTrue(loss < 1e-3, "loss " + loss);
        double[] w = parseVector(out("w").textContent());
        assertEquals(2.0, w[0], 0.05);
        assertEquals(-3.4, w[1], 0.05);
        assertEquals(4.2, number("b"), 0.05);
    }

    @Test
    void theLossSurfaceShowsOnePathPointPerStep() {
        Locator surface = widget.locator("canvas[data-role=surface]");
        assertThat(surface).isVisible();
        assertThat(surface).hasAttribute("data-path-points", "0");
        // b starts at 0, and the caption says the surface is drawn at the current b
        assertThat(out("surface-b")).hasText("0");
        for (int k = 1; k <= 3; k++) {
            button("step").click();
            assertThat(surface).hasAttribute("data-path-points", String.valueOf(k));
        }
        assertThat(out("surface-b")).hasText(out("b").textContent());
        button("epoch").click();
        assertThat(out("step")).hasText("100");
        assertThat(surface).hasAttribute("data-path-points", "100");
        button("reset").click();
        assertThat(surface).hasAttribute("data-path-points", "0");
    }

    @Test
    void anInvalidLearningRateIsNamedAndNothingStarts() {
        Locator rate = typeLearningRate("-1");
        button("play").click();
        assertThat(widget.locator("[data-error-for=learningRate]"))
                .hasText("Learning rate η must be a number greater than 0.");
        assertThat(rate).hasAttribute("aria-invalid", "true");
        assertThat(button("play")).hasText("Play");
        assertThat(out("step")).hasText("0");

        rate.fill(""); // what a number input holds when the text is not a number
        button("step").click();
        assertThat(widget.locator("[data-error-for=learningRate]")).hasText("Learning rate η: type a number, such as 0.1 (a decimal comma, 0,1, works too).");
        assertThat(out("step")).hasText("0");

        Locator batch = widget.locator("input[data-field=batchSize]");
        rate.fill("0.03");
        batch.fill("5000");
        button("step").click();
        assertThat(widget.locator("[data-error-for=batchSize]"))
                .hasText("Batch size |B| must be a whole number from 1 to 1000, the number of training examples.");
        batch.fill("0");
        button("step").click();
        assertThat(widget.locator("[data-error-for=batchSize]")).hasText("Batch size |B| must be a whole number from 1 to 1000, the number of training examples.");
        assertThat(out("step")).hasText("0");
    }

    @Test
    void aTooLargeLearningRateStopsWithAMessageInWords() {
        typeLearningRate("5");
        button("epoch").click();
        assertThat(out("status")).containsText("Lower the learning rate");
    }

    @Test
    void aWidgetNameThePageDoesNotKnowShowsAVisibleErrorBox() {
        // the server refuses such lessons; this is the page's own guard, for markup that reaches it anyway
        page.evaluate("() => { document.querySelector('article').insertAdjacentHTML('beforeend',"
                + " '<div data-widget=\"no-such-widget\"></div>'); main([]); }");
        assertThat(page.locator("[data-widget=no-such-widget] .widget-error"))
                .containsText("Unknown widget \"no-such-widget\". Known widgets: sgd-linreg");
        assertEquals(1, page.locator("[data-widget=sgd-linreg] .widget-buttons").count(),
                "mounting again leaves the mounted widgets alone");
    }

    private static double[] parseVector(String text) {
        String[] parts = text.replace("[", "").replace("]", "").split(",");
        return new double[] {Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())};
    }
}
