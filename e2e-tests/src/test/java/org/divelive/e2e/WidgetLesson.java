package org.divelive.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-lesson content folder holding a widget's markup, for the widget tests: served at /lessons/SLUG. */
final class WidgetLesson {
    private WidgetLesson() {
    }

    /** Writes {@code content/en/01-SLUG.md} under {@code dir} and returns the content folder. */
    static Path write(Path dir, String slug, String widgetHtml) {
        Path content = dir.resolve("content");
        try {
            Files.createDirectories(content.resolve("en"));
            Files.writeString(content.resolve("en").resolve("01-" + slug + ".md"),
                    "---\ntitle: " + slug + "\norder: 1\n---\n\nA widget under test.\n\n" + widgetHtml + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }
}
