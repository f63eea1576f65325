package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivationPlotWidgetIT extends WidgetTest {
    @TempDir
    static Path content;

    ActivationPlotWidgetIT() {
        super("/lessons/x", "activation-plot");
    }

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("en/01-x.md"),
                "---\ntitle: Activations\norder: 1\n---\n\n<div data-widget=\"activation-plot\"></div>\n");
        Files.writeString(content.resolve("en/02-relu.md"), "---\ntitle: ReLU\norder: 2\n---\n\n"
                + "<div data-widget=\"activation-plot\" data-function=\"relu\" data-hide=\"function\"></div>\n");
        serve(Site.withContent(content));
    }

    /** The second lesson, whose widget is fixed to ReLU. */
    private void openReluLesson() {
        widget = mountedWidget("/lessons/relu", "activation-plot");
    }

    /** The curves in the function's chart: "label:points", plus ":dashed" for a dashed one. */
    private Object datasets(String function) {
        return widget.locator("canvas[data-chart=" + function + "]").evaluate("c => Chart.getChart(c).data.datasets.map("
                + "d => d.label + ':' + d.data.length + (d.borderDash && d.borderDash.length ? ':dashed' : ''))");
    }

    @Test
    void atZeroTheReadoutShowsEachFunctionAndItsSlopeAsTheLayersDefineThem() {
        open("");
        field("x").fill("0");
        assertOuts("x", "0", "sigmoid-value", "0.5", "sigmoid-slope", "0.25", "tanh-value", "0", "tanh-slope", "1");
        // ReLU's kink takes the left slope: ReLU′(0) = 0 in shared-math's Relu
        assertOuts("relu-value", "0", "relu-slope", "0");
    }

    @Test
    void movingTheSliderChangesTheReadout() {
        open("");
        assertOuts("relu-value", "1", "relu-slope", "1", "sigmoid-value", "0.7311");
        field("x").fill("-2");
        assertThat(widget.locator("output[data-shows=x]")).hasText("-2");
        assertOuts("relu-value", "0", "relu-slope", "0", "sigmoid-value", "0.1192", "sigmoid-slope", "0.105",
                "tanh-value", "-0.964", "tanh-slope", "0.07065");
        field("x").press("ArrowRight");
        assertThat(out("x")).hasText("-1.9");
    }

    @Test
    void allThreeFunctionsAreDrawnSolidWithTheirDerivativesDashedAndTheMarkerOnThem() {
        open("");
        assertEquals(List.of("ReLU:241", "ReLU′:241:dashed", "at the chosen x:2"), datasets("relu"));
        assertEquals(List.of("sigmoid σ:241", "σ′:241:dashed", "at the chosen x:2"), datasets("sigmoid"));
        assertEquals(List.of("tanh:241", "tanh′:241:dashed", "at the chosen x:2"), datasets("tanh"));
        assertThat(widget.locator("figure[data-function]:visible")).hasCount(3);
        // the marker sits on the curves at the chosen x = 1: ReLU(1) = 1 and ReLU′(1) = 1
        assertEquals(List.of("1", "1"), widget.locator("canvas[data-chart=relu]").evaluate(
                "c => Chart.getChart(c).data.datasets[2].data.map(p => String(p.y))"));
    }

    @Test
    void choosingOneFunctionDrawsOnlyItAndTheHashRoundTripsTheChoice() {
        open("");
        field("function").selectOption("tanh");
        assertThat(widget.locator("tr[data-function=relu]")).isHidden();
        assertThat(widget.locator("figure[data-function=relu]")).isHidden();
        assertThat(widget.locator("tr[data-function=tanh]")).isVisible();
        assertThat(widget.locator("figure[data-function=tanh]")).isVisible();
        commit("x", "0.5");
        assertEquals("#activation-plot:function=tanh,x=0.5", page.evaluate("() => location.hash"));

        page.navigate("about:blank"); // a new hash alone would not load the page again
        open("#activation-plot:function=sigmoid,x=-3");
        assertFields("function", "sigmoid", "x", "-3");
        assertThat(out("sigmoid-value")).hasText("0.04743");
        assertThat(widget.locator("tr[data-function=tanh]")).isHidden();
        assertThat(widget.locator("figure[data-function]:visible")).hasCount(1);
        assertThat(widget.locator("figure[data-function=sigmoid]")).isVisible();
    }

    @Test
    void theLessonsAttributeChoosesTheFunctionAndCanHideTheChoice() {
        openReluLesson();
        assertThat(field("function")).hasValue("relu");
        assertThat(field("function")).isHidden();
        assertThat(widget.locator("figure[data-function]:visible")).hasCount(1);
        assertThat(widget.locator("figure[data-function=relu]")).isVisible();
        assertThat(widget.locator("tr[data-function]:visible")).hasCount(1);
    }
}
