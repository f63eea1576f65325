package org.divelive.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A widget test whose site has one lesson, /lessons/SLUG, holding nothing but the widget. One test instance serves the
 * class, so that its {@code @BeforeAll} knows the slug and the widget's name (static fields, such as the
 * {@code @TempDir}, are filled in before it; instance fields are not).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoneWidgetTest extends WidgetTest {
    private final String slug;
    private final String widgetName;
    @TempDir
    static Path dir;

    /** The widget {@code widgetName} alone on the lesson at /lessons/SLUG. */
    protected LoneWidgetTest(String slug, String widgetName) {
        super("/lessons/" + slug, widgetName);
        this.slug = slug;
        this.widgetName = widgetName;
    }

    @BeforeAll
    void serveTheLesson() {
        serve(Site.withContent(WidgetLesson.write(dir, slug, "<div data-widget=\"" + widgetName + "\"></div>")));
    }
}
