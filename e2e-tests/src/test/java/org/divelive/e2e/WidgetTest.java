package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;

/**
 * What the widget tests share beyond {@link BrowserTest}: the one widget under test, opened at its lesson with a URL
 * hash, and its outputs ({@code data-out}) and fields ({@code data-field}) by name.
 */
abstract class WidgetTest extends BrowserTest {
    private final String lessonPath;
    private final String widgetName;
    protected Locator widget;

    /** The widget {@code widgetName} as it stands on the page at {@code lessonPath}, e.g. /lessons/poly. */
    protected WidgetTest(String lessonPath, String widgetName) {
        this.lessonPath = lessonPath;
        this.widgetName = widgetName;
    }

    /** Opens the widget's lesson with {@code hash} ("" for none) and waits until the widget has mounted. */
    protected void open(String hash) {
        widget = mountedWidget(lessonPath + hash, widgetName);
    }

    /** Clicks the widget's button with {@code data-role} {@code role}. */
    protected void press(String role) {
        widget.locator("button[data-role=" + role + "]").click();
    }

    protected Locator out(String name) {
        return widget.locator("[data-out=\"" + name + "\"]");
    }

    /** An output's text read as a number. */
    protected double number(String name) {
        return Double.parseDouble(out(name).textContent());
    }

    protected Locator field(String name) {
        return widget.locator("[data-field=" + name + "]");
    }

    /** Types {@code value} into a field and commits it, as leaving the field does. */
    protected void commit(String name, String value) {
        field(name).fill(value);
        field(name).dispatchEvent("change");
    }

    /** Opens the widget at {@code url}'s hash in a fresh tab, as a reader following a shared link does. */
    protected void reopenInAFreshTab(String url) {
        page.close();
        page = browser.newPage(errors);
        open(url.substring(url.indexOf('#')));
    }

    /** Waits until each output shows its text: pairs of an output's name and its text. */
    protected void assertOuts(String... namesAndTexts) {
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            assertThat(out(namesAndTexts[i])).hasText(namesAndTexts[i + 1]);
        }
    }

    /** Waits until each field holds its value: pairs of a field's name and its value. */
    protected void assertFields(String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            assertThat(field(namesAndValues[i])).hasValue(namesAndValues[i + 1]);
        }
    }
}
