package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The promises a learner's links, forms and exercises make (issue 11, defects 16, 17, 19, 20 and 22), on the
 * embedded course in both languages: a section link lands on its section, a setup link reproduces the setup and
 * lands on its widget, a rejected value is a sentence in the page's language that does not move the form, and an
 * exercise keeps its answer to itself until it is right or asked for.
 */
class SetupLinksAndMessagesIT extends BrowserTest {
    @BeforeAll
    static void start() {
        serve(Site.embedded());
    }

    private Locator linreg(String path) {
        return mountedWidget(path, "sgd-linreg");
    }

    private double top(String selector) {
        return ((Number) page.evaluate("s => document.querySelector(s).getBoundingClientRect().top", selector))
                .doubleValue();
    }

    /** Where the widget's buttons are within the widget, whatever the scrolling and the page above it. */
    private double buttonsWithinWidget(String widget) {
        return ((Number) page.evaluate("w => { const root = document.querySelector(w);"
                + " return root.querySelector('.widget-buttons').getBoundingClientRect().top"
                + " - root.getBoundingClientRect().top; }", widget)).doubleValue();
    }

    @Test
    void aSectionLinkKeepsItsSectionAndLandsOnIt() {
        page.navigate(site.url("/lessons/fashion-mnist#the-idx-file-format"));
        assertThat(page.locator("html")).hasAttribute("data-typeset", "done");
        assertEquals("#the-idx-file-format", page.evaluate("() => location.hash"));
        double heading = top("#the-idx-file-format");
        assertTrue(heading >= 0 && heading < 200, "the section's heading is at the top of the window: " + heading);
    }

    @Test
    void aSharedSetupKeepsItsListOfLayersAndLandsOnItsWidget() {
        page.navigate(site.url("/lessons/mlp-concise#mlp-train:hidden=256%2C128,learningRate=0.05"));
        Locator mlp = page.locator("[data-widget=mlp-train]");
        assertThat(mlp).hasAttribute("data-mounted", "true");
        assertThat(mlp.locator("[data-field=hidden]")).hasValue("256,128");
        assertThat(mlp.locator("[data-field=learningRate]")).hasValue("0.05");
        double widgetTop = top("[data-widget=mlp-train]");
        assertTrue(widgetTop >= 0 && widgetTop < 200, "the widget is at the top of the window: " + widgetTop);

        // links written before the encoding, with the list's comma bare, still give the whole list
        page.navigate("about:blank");
        page.navigate(site.url("/lessons/mlp-concise#mlp-train:hidden=256,128,epochs=3"));
        assertThat(mlp.locator("[data-field=hidden]")).hasValue("256,128");
        assertThat(mlp.locator("[data-field=epochs]")).hasValue("3");
    }

    @Test
    void anEditReachesTheAddressWithoutLeavingTheFieldAndTheSectionStays() {
        Locator widget = linreg("/lessons/linear-regression#the-model");
        widget.locator("[data-field=learningRate]").fill("0.05");
        page.waitForURL("**/lessons/linear-regression#the-model;sgd-linreg:learningRate=0.05,*");
        assertThat(widget.locator("[data-field=learningRate]")).isFocused(); // typed, never left
    }

    @Test
    void aPercentSignInTheAddressIsNamedBesideItsFieldInsteadOfBreakingTheWidget() {
        Locator widget = linreg("/lessons/linear-regression#sgd-linreg:learningRate=5%,seed=7");
        assertThat(widget.locator("[data-field=learningRate]")).hasValue("5%");
        assertThat(widget.locator("[data-field=seed]")).hasValue("7");
        widget.locator("button[data-role=step]").click();
        assertThat(widget.locator("[data-error-for=learningRate]"))
                .hasText("Learning rate η: type a number, such as 0.1 (a decimal comma, 0,1, works too).");
    }

    @Test
    void theLanguageSwitchTakesTheSetupAlong() {
        linreg("/lessons/linear-regression#sgd-linreg:learningRate=0.05,batchSize=20");
        page.locator(".language-switch").evaluate("link => link.click()");
        page.waitForURL("**/zh/lessons/linear-regression#**");
        Locator zh = page.locator("[data-widget=sgd-linreg]");
        assertThat(zh).hasAttribute("data-mounted", "true");
        assertThat(zh.locator("[data-field=learningRate]")).hasValue("0.05");
        assertThat(zh.locator("[data-field=batchSize]")).hasValue("20");
    }

    @Test
    void aRejectedValueIsALearnersSentenceInThePagesLanguageAndTheFormStaysPut() {
        Locator widget = linreg("/lessons/linear-regression");
        String linregWidget = "[data-widget=sgd-linreg]";
        double before = buttonsWithinWidget(linregWidget);
        widget.locator("[data-field=seed]").fill("1.5");
        widget.locator("button[data-role=step]").click();
        assertThat(widget.locator("[data-error-for=seed]")).hasText("Seed must be a whole number, such as 42.");
        assertEquals(before, buttonsWithinWidget(linregWidget), "the message floats: the buttons did not move");

        Locator zh = linreg("/zh/lessons/linear-regression");
        zh.locator("[data-field=batchSize]").fill("0");
        zh.locator("button[data-role=step]").click();
        assertThat(zh.locator("[data-error-for=batchSize]"))
                .hasText("批量大小 |B|必须是 1 到 1000 之间的整数（1000 是训练样本的数量）。");
        zh.locator("[data-field=batchSize]").fill("10");
        zh.locator("[data-field=learningRate]").fill("abc");
        zh.locator("button[data-role=step]").click();
        assertThat(zh.locator("[data-error-for=learningRate]")).hasText("学习率 η：请输入一个数，例如 0.1（也可以写成 0,1）。");
    }

    @Test
    void aDecimalCommaIsReadInAWidgetAsInTheExercises() {
        Locator widget = linreg("/lessons/linear-regression");
        widget.locator("[data-field=learningRate]").fill("0,3");
        widget.locator("button[data-role=step]").click();
        assertThat(widget.locator("[data-out=step]")).hasText("1");
        assertThat(widget.locator("[data-error-for=learningRate]")).isEmpty();
    }

    @Test
    void aDivergingRunSaysTheStepTheCountersShowAndItsPathStaysOnThePlot() {
        Locator widget = linreg("/lessons/linear-regression#sgd-linreg:learningRate=3");
        widget.locator("button[data-role=epoch]").click();
        assertThat(widget.locator("[data-out=status]")).containsText("the loss became");
        String status = widget.locator("[data-out=status]").textContent();
        String steps = widget.locator("[data-out=step]").textContent();
        assertTrue(status.startsWith("After step " + steps + " "), status + " / Step " + steps);
        Locator surface = widget.locator("canvas[data-role=surface]");
        String[] window = surface.getAttribute("data-window").split(" ");
        String[] last = surface.getAttribute("data-last-point").split(" ");
        double w1 = Double.parseDouble(last[0]);
        double w2 = Double.parseDouble(last[1]);
        assertTrue(w1 >= Double.parseDouble(window[0]) && w1 <= Double.parseDouble(window[1])
                && w2 >= Double.parseDouble(window[2]) && w2 <= Double.parseDouble(window[3]),
                "w = (" + w1 + ", " + w2 + ") inside the window " + String.join(" ", window));
        assertTrue(Math.abs(w1) > 5 || Math.abs(w2) > 6.5, "the path left the opening window, which grew");
    }

    @Test
    void aWrongAnswerKeepsTheExplanationClosedAndAnAnswerSurvivesAReload() {
        page.navigate(site.url("/lessons/linear-regression"));
        Locator number = page.locator(".exercise[data-exercise=number]").first();
        Locator explanation = number.locator(".exercise-explanation");
        number.locator(".exercise-number").fill("123456789");
        number.locator(".exercise-check").click();
        assertThat(number.locator(".exercise-feedback")).hasText("Not quite. Have another look.");
        assertThat(explanation).isHidden();

        number.locator(".exercise-number").fill(number.getAttribute("data-answer").replace('.', ','));
        number.locator(".exercise-check").click();
        assertThat(number.locator(".exercise-feedback")).hasText("Correct!");
        assertThat(explanation).isVisible();

        // not a number: said as such, and no longer in a right answer's colours
        number.locator(".exercise-number").fill("3/5");
        number.locator(".exercise-check").click();
        assertThat(number).not().hasClass(java.util.regex.Pattern.compile("answered-right"));
        assertThat(number).hasClass(java.util.regex.Pattern.compile("answer-unread"));

        Locator choice = page.locator(".exercise[data-exercise=choice]").first();
        choice.locator(".exercise-show").click();
        assertThat(choice.locator(".exercise-explanation")).isVisible();

        page.reload();
        assertThat(number.locator(".exercise-number")).hasValue(number.getAttribute("data-answer").replace('.', ','));
        assertThat(number.locator(".exercise-feedback")).hasText("Correct!");
        assertThat(choice.locator(".exercise-explanation")).isVisible();
        assertThat(choice.locator(".exercise-show")).isHidden();
    }

    @Test
    void chineseExercisesSayTheirOwnWords() {
        page.navigate(site.url("/zh/lessons/linear-regression"));
        Locator number = page.locator(".exercise[data-exercise=number]").first();
        number.locator(".exercise-number").fill("3/5");
        number.locator(".exercise-check").click();
        assertThat(number.locator(".exercise-feedback")).containsText("这不是一个能读懂的数");
        assertThat(number.locator(".exercise-show")).hasText("显示答案");
    }
}
