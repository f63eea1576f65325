package org.divelive.server.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.divelive.server.lessons.CodeRegions;
import org.divelive.server.lessons.LessonRenderer;
import org.junit.jupiter.api.Test;

class MathRenderingTest {
    private final LessonRenderer renderer = new LessonRenderer(new CodeRegions(Path.of(".")), List.of());

    private String render(String markdown) {
        return renderer.renderFragment(markdown).trim();
    }

    @Test
    void texEscapesSurviveUntouched() {
        assertEquals("<p>set <span class=\"math math-inline\">\\{x \\mid x &gt; 0\\}</span></p>",
                render("set $\\{x \\mid x > 0\\}$"));
        assertEquals("<p><span class=\"math math-inline\">a\\,b</span></p>", render("$a\\,b$"));
    }

    @Test
    void underscoresAndStarsInMathAreNotEmphasis() {
        String html = render("$x_1 + y_2 = z_3$ and $a*b*c$ and _real emphasis_");
        assertTrue(html.contains("<span class=\"math math-inline\">x_1 + y_2 = z_3</span>"), html);
        assertTrue(html.contains("<span class=\"math math-inline\">a*b*c</span>"), html);
        assertTrue(html.contains("<em>real emphasis</em>"), html);
    }

    @Test
    void anEscapedDollarIsAPriceNotMath() {
        assertEquals("<p>costs $5 and $6</p>", render("costs \\$5 and \\$6"));
    }

    @Test
    void plainDollarAmountsAreNotMath() {
        assertEquals("<p>between $5 and $6</p>", render("between $5 and $6"));
        assertEquals("<p>a $ 3 fee, and $ 4 more</p>", render("a $ 3 fee, and $ 4 more"));
    }

    @Test
    void aDollarInsideInlineCodeIsCode() {
        assertEquals("<p>run <code>echo $HOME and $PATH</code> now</p>", render("run `echo $HOME and $PATH` now"));
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

    @Test
    void htmlInsideMathIsEscaped() {
        assertEquals("<p><span class=\"math math-inline\">a&lt;b</span></p>", render("$a<b$"));
    }

    @Test
    void anUnclosedDollarStaysText() {
        assertEquals("<p>just $x here</p>", render("just $x here"));
    }
}
