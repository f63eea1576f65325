package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every widget of the course used with the keyboard alone (issue 11, "Must be true" 5): Tab reaches each of its
 * controls in the order they stand, each shows where the focus is, buttons answer Space and Enter, sliders the arrow
 * keys, and a control that a run disables hands the focus on within the widget instead of dropping it to the page.
 * Only set-up (opening the lesson, bringing the widget into view so it mounts) is not done with keys. And a reader
 * who asked for less motion gets no animation and nothing that starts by itself.
 */
class KeyboardIT extends BrowserTest {
    private static final LocatorAssertions.HasTextOptions RUN = new LocatorAssertions.HasTextOptions()
            .setTimeout(60_000);
    /** Describes a control {@code e} by its role or field name, as the widget's markup names it (the page allows no eval). */
    private static final String DESCRIBE = "const describe = e => e.dataset.role || e.dataset.field"
            + " || e.tagName.toLowerCase();";
    private Locator widget;

    @BeforeAll
    static void start() {
        serve(Site.embedded());
    }

    private Locator open(String path, String name) {
        widget = mountedWidget(path, name);
        return widget;
    }

    private Locator button(String role) {
        return widget.locator("button[data-role=" + role + "]");
    }

    private Locator out(String name) {
        return widget.locator("[data-out=\"" + name + "\"]");
    }

    private Locator field(String name) {
        return widget.locator("[data-field=" + name + "]");
    }

    private boolean focused(Locator control) {
        return (boolean) control.evaluate("e => e === document.activeElement");
    }

    /** What holds the focus now, described as {@link #DESCRIBE} does, or "outside" when it is not in the widget. */
    private String focusInWidget() {
        return (String) widget.evaluate("w => { " + DESCRIBE + " return w.contains(document.activeElement)"
                + " ? describe(document.activeElement) : 'outside'; }");
    }

    /** Presses Tab (then, if it has gone past, Shift+Tab) until {@code control} has the focus, and checks it shows. */
    private void tabTo(Locator control) {
        for (String key : new String[] {"Tab", "Shift+Tab"}) {
            for (int i = 0; i < 120 && !focused(control); i++) {
                page.keyboard().press(key);
            }
        }
        assertTrue(focused(control), "Tab reaches " + control);
        assertFocusShows();
    }

    /** Presses {@code key} on the focused control and waits until {@code shows} has {@code text}. */
    private void press(String key, Locator shows, String text) {
        page.keyboard().press(key);
        assertThat(shows).hasText(text);
    }

    /** Presses {@code key} on the focused control and waits until {@code shows} changes; answers its text before. */
    private String pressAndSeeChange(String key, Locator shows) {
        String before = shows.textContent();
        page.keyboard().press(key);
        assertThat(shows).not().hasText(before);
        return before;
    }

    /** The focused element is drawn with a focus ring: an outline or a box shadow. */
    private void assertFocusShows() {
        String ring = (String) page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? 'outline'"
                + " : s.boxShadow !== 'none' ? 'shadow' : 'none'; }");
        assertNotEquals("none", ring, "the focused " + page.evaluate("() => document.activeElement.outerHTML")
                + " shows no focus ring");
    }

    /**
     * Tabs from the top of the page into the widget and through it, and checks that every control it offers (enabled
     * and shown) is met once, in the order of the page, each with its focus ring.
     */
    private void assertTabReachesEveryControlInOrder() {
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        int presses = 0;
        while (focusInWidget().equals("outside")) {
            page.keyboard().press("Tab");
            assertTrue(++presses < 400, "Tab from the top of the page reaches the widget");
        }
        List<String> met = new ArrayList<>();
        for (String control = focusInWidget(); !control.equals("outside"); control = focusInWidget()) {
            assertFocusShows();
            met.add(control);
            page.keyboard().press("Tab");
        }
        @SuppressWarnings("unchecked")
        List<String> offered = (List<String>) widget.evaluate("w => { " + DESCRIBE + " return Array.from("
                + "w.querySelectorAll('button, input, select, textarea, summary, a[href], [tabindex]')).filter(e =>"
                + " !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0).map(describe); }");
        assertTrue(offered.size() > 0, "the widget has controls");
        assertEquals(offered, met);
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', value = {
        "/lessons/linear-regression | sgd-linreg",
        "/lessons/softmax-regression | softmax-explorer",
        "/lessons/information-theory | entropy-kl",
        "/lessons/fashion-mnist | fashion-gallery",
        "/lessons/softmax-scratch#softmax-train:epochs=1,trainSubset=1000 | softmax-train",
        "/lessons/perceptron-and-mlp | playground-2d",
        "/lessons/perceptron-and-mlp | activation-plot",
        "/lessons/mlp-scratch#mlp-train:epochs=1,trainSubset=1000 | mlp-train",
        "/lessons/model-selection | poly-fit",
        "/lessons/weight-decay | weight-decay",
        "/lessons/autograd | autograd-graph",
        "/zh/lessons/weight-decay | weight-decay",
    })
    void tabReachesEveryControlOfTheWidgetInOrderEachWithItsFocusRing(String path, String name) {
        open(path, name);
        if (name.endsWith("-train")) {
            // its buttons are enabled once the images have arrived
            assertThat(button("play")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(30_000));
        }
        assertTabReachesEveryControlInOrder();
    }

    @Test
    void theLinearRegressionTrainsStepsAndResetsFromTheKeyboardAndResetKeepsTheFocus() {
        open("/lessons/linear-regression", "sgd-linreg");
        tabTo(button("step"));
        press("Space", out("step"), "1");
        press("Enter", out("step"), "2");
        tabTo(button("epoch"));
        press("Enter", out("epoch"), "1");
        tabTo(button("play"));
        press("Space", button("play"), "Pause");
        press("Space", button("play"), "Play");
        tabTo(button("reset"));
        press("Enter", out("step"), "0");
        assertTrue(focused(button("reset")), "Reset keeps the focus");
        // a typed setting: the learning rate, typed with its decimal comma and left with Tab
        tabTo(field("learningRate"));
        page.keyboard().press("Control+A");
        page.keyboard().type("0,3");
        page.keyboard().press("Tab");
        assertTrue(page.url().contains("learningRate=0.3") || page.url().contains("learningRate=0%2C3"),
                "the typed rate reaches the address: " + page.url());
    }

    @Test
    void theSoftmaxExplorersSlidersMoveWithTheArrowKeysAndItsButtonAnswersEnter() {
        open("/lessons/softmax-regression", "softmax-explorer");
        String loss = out("loss").textContent();
        tabTo(field("z1"));
        page.keyboard().press("ArrowRight");
        assertThat(field("z1")).hasValue("3.1");
        assertThat(out("loss")).not().hasText(loss);
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        assertThat(field("z1")).hasValue("2.9");
        tabTo(button("overflow"));
        page.keyboard().press("Enter");
        assertThat(field("range")).hasValue("1000");
        assertThat(out("verdict")).containsText("naive softmax broke down");
    }

    @Test
    void theEntropyWidgetsSlidersMoveWithTheArrowKeys() {
        open("/lessons/information-theory", "entropy-kl");
        String kl = out("kl").textContent();
        tabTo(field("towardP"));
        press("End", out("kl"), "0 bits = 0 nats");
        page.keyboard().press("Home");
        assertThat(out("kl")).hasText(kl);
        tabTo(field("q4"));
        String before = field("q4").inputValue();
        page.keyboard().press("ArrowUp");
        assertNotEquals(before, field("q4").inputValue());
    }

    @Test
    void theActivationPlotsPointMovesWithTheArrowKeys() {
        open("/lessons/perceptron-and-mlp", "activation-plot");
        tabTo(field("x"));
        pressAndSeeChange("ArrowRight", out("x"));
    }

    @Test
    void thePolynomialFitPlaysToTheEndAndKeepsTheFocusOnPlay() {
        open("/lessons/model-selection#poly-fit:epochs=20", "poly-fit");
        tabTo(button("play"));
        page.keyboard().press("Enter");
        assertThat(out("status")).hasText(Pattern.compile("Finished 20 epochs"), RUN);
        assertTrue(focused(button("play")), "the finished run leaves the focus on Play");
        page.keyboard().press("Enter");
        assertThat(out("status")).hasText(Pattern.compile("Finished 20 epochs"), RUN);
        tabTo(button("reset"));
        press("Space", out("epoch"), "0");
    }

    @Test
    void theWeightDecayRunHandsTheFocusBackToRunWhenItEnds() {
        open("/lessons/weight-decay#weight-decay:epochs=20", "weight-decay");
        tabTo(button("run"));
        page.keyboard().press("Enter");
        assertThat(out("status")).containsText("Done: λ = 3", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(60_000));
        assertThat(widget.locator("[data-role=runs] tbody tr")).hasCount(1);
        assertTrue(focused(button("run")), "Run has the focus again once its run is done");
        page.keyboard().press("Space");
        assertThat(widget.locator("[data-role=runs] tbody tr")).hasCount(2, new LocatorAssertions.HasCountOptions()
                .setTimeout(60_000));
    }

    @Test
    void theAutogradGraphStepsBackwardFromTheKeyboard() {
        open("/lessons/autograd", "autograd-graph");
        tabTo(button("step"));
        String steps = pressAndSeeChange("Enter", out("steps"));
        tabTo(button("run"));
        page.keyboard().press("Enter");
        assertThat(out("steps")).hasText(Pattern.compile("^(\\d+) / \\1$"));
        tabTo(button("reset"));
        page.keyboard().press("Enter");
        assertThat(out("steps")).hasText(steps);
    }

    @Test
    void thePlaygroundTrainsAnEpochAndChangesItsDataFromTheKeyboard() {
        open("/lessons/perceptron-and-mlp", "playground-2d");
        tabTo(button("epoch"));
        press("Enter", out("epoch"), "1");
        tabTo(field("noise"));
        String noise = field("noise").inputValue();
        page.keyboard().press("ArrowRight");
        assertNotEquals(noise, field("noise").inputValue());
        tabTo(field("dataset"));
        page.keyboard().press("ArrowDown"); // a closed select changes its choice with the arrow keys
        assertNotEquals("xor", field("dataset").inputValue());
        assertThat(out("epoch")).hasText("0");
    }

    @Test
    void theGalleryChangesWhatItShowsFromTheKeyboard() {
        open("/lessons/fashion-mnist", "fashion-gallery");
        assertThat(out("status")).containsText("test images");
        String shown = out("status").textContent();
        tabTo(field("show"));
        page.keyboard().press("ArrowDown");
        assertThat(out("status")).not().hasText(shown);
    }

    @Test
    void aClassifierRunThatEndsLeavesTheFocusOnResetAndResetGivesItBackToPlay() {
        open("/lessons/softmax-scratch#softmax-train:batchSize=100,epochs=1,trainSubset=1000", "softmax-train");
        assertThat(button("play")).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(30_000));
        tabTo(button("step"));
        press("Enter", out("step"), "1");
        tabTo(button("play"));
        page.keyboard().press("Space");
        assertThat(out("status")).containsText("Finished", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(60_000));
        assertThat(button("play")).isDisabled();
        assertTrue(focused(button("reset")), "the ended run hands the focus to Reset, not to the page: "
                + focusInWidget());
        press("Enter", out("step"), "0");
        assertTrue(focused(button("play")), "Reset gives the focus back to Play: " + focusInWidget());
    }

    @Test
    void withLessMotionNothingAnimatesAndNoWidgetStartsByItself() {
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        for (String[] lesson : new String[][] {{"/lessons/linear-regression", "sgd-linreg"},
                {"/lessons/perceptron-and-mlp", "playground-2d"}, {"/lessons/model-selection", "poly-fit"}}) {
            open(lesson[0], lesson[1]);
            readToTheEnd(page);
            page.waitForTimeout(500); // the only wait: proving that nothing starts by itself
            assertThat(out("epoch")).hasText("0");
            assertEquals(0, ((Number) page.evaluate("() => document.getAnimations().length")).intValue(),
                    "no animation or transition runs");
            // what the reader starts still runs
            tabTo(button("play"));
            page.keyboard().press("Enter");
            assertThat(out("epoch")).not().hasText("0", RUN);
            page.keyboard().press("Enter");
        }
        assertTrue((boolean) page.evaluate("() => matchMedia('(prefers-reduced-motion: reduce)').matches"));
        String transition = (String) page.evaluate("() => getComputedStyle(document.querySelector('button'))"
                + ".transitionDuration");
        if (!transition.matches("0s(, 0s)*")) {
            fail("a button keeps a transition: " + transition);
        }
    }
}
