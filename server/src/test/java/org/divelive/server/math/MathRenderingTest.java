package org.divelive.server.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.divelive.server.lessons.CodeRegions;
import org.divelive.server.lessons.LessonRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MathRenderingTest {
    private final LessonRenderer renderer = new LessonRenderer(new CodeRegions(Path.of(".")), List.of());

    private String render(String markdown) {
        return renderer.renderFragment(markdown).trim();
    }

    /** What each case shows, its Markdown and the exact fragment that Markdown must render to. */
    static Stream<Arguments> inlineCases() {
        return Stream.of(
                Arguments.of("TeX escapes survive untouched", "set $\\{x \\mid x > 0\\}$",
                        "<p>set <span class=\"math math-inline\">\\{x \\mid x &gt; 0\\}</span></p>"),
                Arguments.of("a TeX thin space survives", "$a\\,b$",
                        "<p><span class=\"math math-inline\">a\\,b</span></p>"),
                Arguments.of("an escaped dollar is a price, not math", "costs \\$5 and \\$6", "<p>costs $5 and $6</p>"),
                Arguments.of("plain dollar amounts are not math", "between $5 and $6", "<p>between $5 and $6</p>"),
                Arguments.of("a dollar followed by a space opens no math", "a $ 3 fee, and $ 4 more",
                        "<p>a $ 3 fee, and $ 4 more</p>"),
                Arguments.of("a dollar inside inline code is code", "run `echo $HOME and $PATH` now",
                        "<p>run <code>echo $HOME and $PATH</code> now</p>"),
                Arguments.of("HTML inside math is escaped", "$a<b$",
                        "<p><span class=\"math math-inline\">a&lt;b</span></p>"),
                Arguments.of("an unclosed dollar stays text", "just $x here", "<p>just $x here</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inlineCases")
    void rendersExactly(String what, String markdown, String html) {
        assertEquals(html, render(markdown));
    }

    @Test
    void underscoresAndStarsInMathAreNotEmphasis() {
        String html = render("$x_1 + y_2 = z_3$ and $a*b*c$ and _real emphasis_");
        assertTrue(html.contains("<span class=\"math math-inline\">x_1 + y_2 = z_3</span>"), html);
        assertTrue(html.contains("<span class=\"math math-inline\">a*b*c</span>"), html);
        assertTrue(html.contains("<em>real emphasis</em>"), html);
    }

    @Test
    void aDollarInsideFencedCodeIsCode() {
        String html = render("```\nprice = $x$\n```");
        assertTrue(html.contains("price = $x$"), html);
        assertFalse(html.contains("math"), html);
    }

    @Test
    void displayMathSpansLinesAndKeepsDoubleBackslashes() {
        String html = render("$$\n\\begin{aligned} a &= b \\\\\n c &= d_1 \\end{aligned}\n$$");
        assertEquals("<p><span class=\"math math-display\">\n\\begin{aligned} a &amp;= b \\\\\n"
                + "c &amp;= d_1 \\end{aligned}\n</span></p>", html); // Markdown drops a paragraph line's indent
    }
}
