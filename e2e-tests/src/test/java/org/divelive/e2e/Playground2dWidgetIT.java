package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

class Playground2dWidgetIT extends LoneWidgetTest {
    private static final LocatorAssertions.ContainsTextOptions RUN = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(90_000);

    Playground2dWidgetIT() {
        super("playground", "playground-2d");
    }

    /** The decision map's colour at a point of the canvas, as fractions of its width from the top left. */
    @SuppressWarnings("unchecked")
    private List<Integer> colourAt(double across, double down) {
        return (List<Integer>) widget.locator("canvas[data-role=boundary]").evaluate("(canvas, at) => Array.from("
                + "canvas.getContext('2d').getImageData(Math.floor(at[0] * canvas.width), Math.floor(at[1] *"
                + " canvas.height), 1, 1).data).slice(0, 3)", List.of(across, down));
    }

    /** Blue (class 1) has more blue than red; orange (class 0) more red than blue. */
    private static boolean blue(List<Integer> rgb) {
        return rgb.get(2) > rgb.get(0) + 60;
    }

    private static boolean orange(List<Integer> rgb) {
        return rgb.get(0) > rgb.get(2) + 60;
    }

    @Test
    void theDefaultMlpLearnsXorAndItsMapColoursTheQuadrants() {
        open("");
        assertThat(out("status")).containsText("200 training points, 200 test points");
        assertThat(widget.locator("[data-role=units] canvas")).hasCount(4);
        press("play");
        assertThat(out("status")).containsText("Finished 200 epochs", RUN);
        assertThat(out("epoch")).hasText("200");
        // measured on the JVM with the same code and seed: test accuracy 0.965, test loss 0.103
        assertTrue(number("test-accuracy") > 0.9, out("test-accuracy").textContent());
        assertTrue(number("test-loss") < 0.25, out("test-loss").textContent());
        // x₁·x₂ < 0 is class 1 (blue): top left and bottom right; x₁·x₂ > 0 class 0 (orange)
        assertTrue(blue(colourAt(0.2, 0.2)), "top left " + colourAt(0.2, 0.2));
        assertTrue(blue(colourAt(0.8, 0.8)), "bottom right " + colourAt(0.8, 0.8));
        assertTrue(orange(colourAt(0.8, 0.2)), "top right " + colourAt(0.8, 0.2));
        assertTrue(orange(colourAt(0.2, 0.8)), "bottom left " + colourAt(0.2, 0.8));
    }

    @Test
    void aPerceptronStaysAtChanceOnXor() {
        open("#playground-2d:network=perceptron");
        assertThat(out("status")).containsText("its boundary is a straight line");
        assertThat(widget.locator("[data-role=units] canvas")).hasCount(0);
        assertThat(out("units-caption")).containsText("no hidden unit");
        press("play");
        assertThat(out("status")).containsText("Finished 200 epochs", RUN);
        // a straight line cannot put opposite quadrants together: about half right, a loss near ln 2 ≈ 0.693
        assertTrue(number("test-accuracy") < 0.65, out("test-accuracy").textContent());
        assertTrue(number("train-loss") > 0.6, out("train-loss").textContent());
    }

    @Test
    void oneEpochAtATimeMovesTheCurvesAndTheReadouts() {
        open("#playground-2d:dataset=circle");
        press("epoch");
        assertThat(out("epoch")).hasText("1");
        assertThat(out("status")).containsText("Paused after epoch 1");
        assertTrue(number("train-loss") > 0, out("train-loss").textContent());
    }

    @Test
    void aChangedSettingGoesIntoTheHashAndALinkWithItReproducesTheSetup() {
        open("");
        field("dataset").selectOption("spirals");
        field("activation").selectOption("relu");
        assertThat(out("status")).containsText("Press Play");
        String url = page.url();
        assertTrue(url.contains("#playground-2d:dataset=spirals,") && url.contains("activation=relu"), url);
        reopenInAFreshTab(url);
        assertFields("dataset", "spirals", "activation", "relu");
    }

    @Test
    void tooManyUnitsAreNamedBesideTheField() {
        open("");
        commit("hidden", "20");
        assertThat(widget.locator("[data-error-for=hidden]"))
                .hasText("Hidden layers: each layer can have at most 8 units here.");
    }
}
