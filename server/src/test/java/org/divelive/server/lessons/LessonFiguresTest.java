package org.divelive.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures in lesson text: how they render, what a lesson must say about them, and a missing file. */
class LessonFiguresTest {
    @TempDir
    Path content;
    private LessonCatalog catalog;

    @BeforeEach
    void writeFigure() throws IOException {
        Files.createDirectories(content.resolve("en"));
        Files.createDirectories(content.resolve("figures"));
        Files.writeString(content.resolve("figures/tent.en.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        catalog = new LessonCatalog(content, new LessonRenderer(new CodeRegions(content), List.of()));
    }

    private Lesson lesson(String body) throws IOException {
        Files.writeString(content.resolve("en/01-test.md"), "---\ntitle: Test\norder: 1\n---\n\n" + body);
        return catalog.find("en", "test").orElseThrow();
    }

    private String problem(String body) throws IOException {
        Files.writeString(content.resolve("en/01-test.md"), "---\ntitle: Test\norder: 1\n---\n\n" + body);
        return assertThrows(BrokenLessonException.class, () -> catalog.find("en", "test")).getMessage();
    }

    @Test
    void aFigureParagraphBecomesAFigureWithAltTextCaptionAndTheSitesUrl() throws IOException {
        Lesson lesson = lesson("Before.\n\n![A tent & its <peak>](figures/tent.en.svg \"The tent, drawn\")\n\nAfter.\n");
        assertTrue(lesson.html().contains("<figure class=\"lesson-figure\"><img src=\"/figures/tent.en.svg\" "
                + "alt=\"A tent &amp; its &lt;peak&gt;\" loading=\"lazy\"><figcaption>The tent, drawn</figcaption>"
                + "</figure>"), lesson.html());
        assertEquals(List.of("tent.en.svg"), lesson.figures());
        assertEquals(Files.readString(content.resolve("figures/tent.en.svg")),
                Files.readString(catalog.figure("tent.en.svg").orElseThrow()));
    }

    @Test
    void aFigureNeedsAltTextACaptionItsOwnParagraphAndAFileInTheFiguresFolder() throws IOException {
        assertEquals("en/01-test.md, line 6: the figure 'figures/tent.en.svg' needs a caption; write a figure in a "
                + "paragraph of its own as ![alt text](figures/name.svg \"caption\")",
                problem("![A tent](figures/tent.en.svg)\n"));
        assertTrue(problem("![](figures/tent.en.svg \"The tent\")\n").contains("needs an alt text"));
        assertTrue(problem("See ![A tent](figures/tent.en.svg \"The tent\") here.\n")
                .contains("line 6: an image inside a sentence"));
        assertTrue(problem("![A tent](https://example.org/tent.svg \"The tent\")\n")
                .contains("must be a file in the lessons' figures folder"));
        assertTrue(problem("![A tent](figures/../en/01-test.md \"The tent\")\n")
                .contains("must be a file in the lessons' figures folder"));
        assertEquals("en/01-test.md: the figure figures/tents.en.svg is not in the folder figures/ beside en/; add "
                + "the file or correct its name", problem("![A tent](figures/tents.en.svg \"The tent\")\n"));
    }

    @Test
    void onlyFileNamesOfTheFiguresFolderFindAFigure() {
        for (String name : List.of("../en/01-test.md", "tent.en.svg/", "TENT.en.svg", "tent.en.svg.md", "", "..")) {
            assertTrue(catalog.figure(name).isEmpty(), name);
        }
    }
}
