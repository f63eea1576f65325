package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

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

    /** Serves a site whose one lesson, at /lessons/SLUG, holds {@code widgetHtml}: for a {@code @BeforeAll}. */
    protected static void serveLesson(Path dir, String slug, String widgetHtml) {
        serve(Site.withContent(WidgetLesson.write(dir, slug, widgetHtml)));
    }

    /** Opens the widget's lesson with {@code hash} ("" for none) and waits until the widget has mounted. */
    protected void open(String hash) {
        widget = mountedWidget(lessonPath + hash, widgetName);
    }

    protected Locator out(String name) {
        return widget.locator("[data-out=\"" + name + "\"]");
    }

    protected Locator field(String name) {
        return widget.locator("[data-field=" + name + "]");
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
