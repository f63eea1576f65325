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

/** Code includes, exercises and widget checks, rendered from lesson text, with their error messages. */
class LessonBlocksTest {
    @TempDir
    Path sources;
    private LessonRenderer renderer;

    @BeforeEach
    void writeSource() throws IOException {
        Files.createDirectories(sources.resolve("optim"));
        Files.writeString(sources.resolve("optim/Sgd.java"), String.join("\n",
                "class Sgd {",
                "    // region sgd-step",
                "    void step() {",
                "        theta -= eta * g;   // θ ← θ − η·g, with <generics>",
                "    }",
                "    // endregion",
                "}"));
        renderer = new LessonRenderer(new CodeRegions(sources), List.of("sgd-linreg"));
    }

    private Lesson render(String body) {
        return renderer.render("en", "test", "en/01-test.md", "---\ntitle: Test\norder: 1\n---\n\n" + body);
    }

    private String problem(String body) {
        return assertThrows(BrokenLessonException.class, () -> render(body)).getMessage();
    }

    @Test
    void anIncludeShowsTheRegionOfTheRealSourceDedentedAndEscaped() {
        String html = render("Text.\n\n```java include=\"optim/Sgd.java#sgd-step\"\n```\n").html();
        assertTrue(html.contains("<pre><code class=\"language-java\"><span class=\"tok-keyword\">void</span> step() {\n"
                + "    theta -= eta * g;   <span class=\"tok-comment\">// θ ← θ − η·g, with &lt;generics&gt;</span>\n}"
                + "</code></pre>"), html);
        assertTrue(html.contains("<figcaption>Source in <code>shared-math</code>: <code>optim/Sgd.java</code>, region "
                + "<code>sgd-step</code></figcaption>"), html);
        String chinese = renderer.render("zh", "test", "zh/01-test.md", "---\ntitle: 测试\norder: 1\n---\n\n"
                + "```java include=\"optim/Sgd.java#sgd-step\"\n```\n\n```exercise\n几？\n= 4\n---\n四。\n```\n").html();
        assertTrue(chinese.contains("<figcaption><code>shared-math</code> 中的源代码：<code>optim/Sgd.java</code>，区域 "
                + "<code>sgd-step</code></figcaption>"), chinese);
        assertTrue(chinese.contains("aria-label=\"你的答案\"") && chinese.contains(">检查</button>"), chinese);
    }

    @Test
    void aMissingRegionOrFileIsABrokenLessonNamingTheLine() {
        assertEquals("en/01-test.md, line 8: include=\"optim/Sgd.java#no-such\": optim/Sgd.java has no region "
                + "'no-such' (a line '// region no-such' followed by '// endregion')",
                problem("Text.\n\n```java include=\"optim/Sgd.java#no-such\"\n```\n"));
        assertEquals("en/01-test.md, line 6: include=\"nn/Gone.java#x\": there is no source file nn/Gone.java "
                + "in shared-math", problem("```java include=\"nn/Gone.java#x\"\n```\n"));
        assertTrue(problem("```java include=\"../../../etc/passwd#x\"\n```\n").contains("must look like"));
    }

    @Test
    void anUnknownWidgetIsABrokenLessonNamingTheLine() {
        assertEquals("en/01-test.md, line 8: unknown widget \"no-such-widget\"; the page knows sgd-linreg",
                problem("Text.\n\n<div data-widget=\"no-such-widget\"></div>\n"));
        assertTrue(render("<div data-widget=\"sgd-linreg\" data-lr=\"0.1\"></div>\n").html()
                .contains("data-widget=\"sgd-linreg\""));
    }

    @Test
    void aChoiceExerciseRendersItsChoicesAndHidesTheExplanation() {
        String html = render("```exercise\nWhich is $x^2$ at $x = 3$?\n- [ ] 6\n- [x] 9\n---\n$3 \\cdot 3 = 9$.\n```\n")
                .html();
        assertTrue(html.contains("data-exercise=\"choice\" data-answer=\"1\""), html);
        assertTrue(html.contains("<span class=\"math math-inline\">x^2</span>"), html);
        assertTrue(html.contains("<input type=\"radio\" name=\"exercise-6\" value=\"1\"> <span>9</span>"), html);
        assertTrue(html.contains("<div class=\"exercise-explanation\" hidden><p><span class=\"math math-inline\">"
                + "3 \\cdot 3 = 9</span>.</p>"), html);
        assertTrue(html.contains(">Check</button>"), html);
    }

    @Test
    void aNumericExerciseCarriesItsAnswerAndTolerance() {
        String html = render("```exercise\nHow much is 0.1 × 2?\n= 0.2 ± 0.001\n---\nTwo tenths.\n```\n").html();
        assertTrue(html.contains("data-exercise=\"number\" data-answer=\"0.2\" data-tolerance=\"0.001\""), html);
        String zh = renderer.render("zh", "test", "zh/01-test.md",
                "---\ntitle: 测试\norder: 1\n---\n\n```exercise\n一加一？\n= 2\n---\n二。\n```\n").html();
        assertTrue(zh.contains(">检查</button>"), zh);
    }

    @Test
    void malformedExercisesSayWhatToFix() {
        assertTrue(problem("```exercise\nQ?\n- [x] a\n- [x] b\n---\nwhy\n```\n")
                .endsWith("line 9: an exercise has a second right answer [x]; mark exactly one choice"));
        assertTrue(problem("```exercise\nQ?\n- [ ] a\n- [ ] b\n---\nwhy\n```\n")
                .contains("no choice of this exercise is marked right"));
        assertTrue(problem("```exercise\nQ?\n= 3\n```\n").contains("needs '---' and an explanation"));
        assertTrue(problem("```exercise\nQ?\n---\nwhy\n```\n").contains("either choices"));
    }

    @Test
    void sectionsAndSearchTextAreTakenFromTheRenderedLesson() {
        Lesson lesson = render("## First part\n\nSome $x_1$ text.\n\n## Second: *more*\n\nMore <b>text</b>.\n");
        assertEquals(List.of(new Section("first-part", "First part"), new Section("second-more", "Second: more")),
                lesson.sections());
        // a formula is searchable as plain text, so a snippet has no hole where it stood
        assertEquals("First part Some x₁ text. Second: more More text .", lesson.text());
    }
}
