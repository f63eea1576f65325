package org.divelive.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCatalogTest {
    @TempDir
    Path content;
    private LessonCatalog catalog;

    @BeforeEach
    void writeLessons() throws IOException {
        Files.createDirectories(content.resolve("en"));
        write("en/02-second.md", "---\ntitle: Second\norder: 2\n---\n\nTwo.\n");
        write("en/01-first.md", "---\ntitle: \"First: the start\"\norder: 1\n---\n\nOne $x$.\n");
        write("en/notes.txt", "not a lesson");
        Files.writeString(content.resolve("secret.md"), "---\ntitle: Secret\norder: 1\n---\n");
        catalog = new LessonCatalog(content, new LessonRenderer(new CodeRegions(content), List.of("sgd-linreg")));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(content.resolve(name), text);
    }

    @Test
    void listsLessonsInFrontMatterOrder() {
        List<Lesson> lessons = catalog.list("en");
        assertEquals(List.of("first", "second"), lessons.stream().map(Lesson::slug).toList());
        assertEquals("First: the start", lessons.get(0).title());
        assertTrue(lessons.get(0).html().contains("<span class=\"math math-inline\">x</span>"));
    }

    @Test
    void renderedLessonsAreCachedUntilTheFileChanges() throws IOException {
        Lesson first = catalog.find("en", "first").orElseThrow();
        assertSame(first, catalog.find("en", "first").orElseThrow(), "served from the cache");

        write("en/01-first.md", "---\ntitle: First, edited\norder: 1\n---\n\nOne.\n");
        Files.setLastModifiedTime(content.resolve("en/01-first.md"), FileTime.from(Instant.now().plusSeconds(5)));
        Lesson edited = catalog.find("en", "first").orElseThrow();
        assertNotSame(first, edited);
        assertEquals("First, edited", edited.title());
    }

    @Test
    void hostileOrUnknownSlugsFindNothing() {
        for (String slug : List.of("../secret", "..", "%2e%2e", "/etc/passwd", "../../etc/passwd", "first/../second",
                "FIRST", "first.md", "", "secret")) {
            assertTrue(catalog.find("en", slug).isEmpty(), slug);
        }
        assertTrue(catalog.find("../en", "first").isEmpty());
        assertTrue(catalog.find("fr", "first").isEmpty());
    }

    @Test
    void aBrokenLessonNamesItsFileAndLeavesTheOthersWorking() throws IOException {
        write("en/03-broken.md", "---\norder: 3\n---\n\nNo title.\n");
        BrokenLessonException e = assertThrows(BrokenLessonException.class, () -> catalog.find("en", "broken"));
        assertEquals("en/03-broken.md, line 1: the front matter at the top of the file needs a 'title:' line "
                + "(between the two '---' lines)", e.getMessage());
        assertEquals(2, catalog.list("en").size());
        assertTrue(catalog.find("en", "first").isPresent());

        write("en/04-bad-order.md", "---\ntitle: Bad\norder: soon\n---\n");
        assertEquals("en/04-bad-order.md, line 1: front matter 'order' must be a whole number, was 'soon'",
                assertThrows(BrokenLessonException.class, () -> catalog.find("en", "bad-order")).getMessage());
    }
}
