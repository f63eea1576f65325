package org.divelive.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeHighlighterTest {
    @Test
    void javaKeywordsTypesStringsNumbersAndCommentsGetTheirSpans() {
        String html = CodeHighlighter.html("float[] w = new float[784]; // the weights\nString s = \"a<b\";", "java");
        assertEquals("<span class=\"tok-keyword\">float</span>[] w = <span class=\"tok-keyword\">new</span> "
                + "<span class=\"tok-keyword\">float</span>[<span class=\"tok-number\">784</span>]; "
                + "<span class=\"tok-comment\">// the weights</span>\n<span class=\"tok-type\">String</span> s = "
                + "<span class=\"tok-string\">&quot;a&lt;b&quot;</span>;", html);
    }

    @Test
    void aNumberInsideAnIdentifierOrAHexFloatStaysWhole() {
        String html = CodeHighlighter.html("x2 = 0x1p126f * 1e-3;", "java");
        assertTrue(html.startsWith("x2 = <span class=\"tok-number\">0x1p126f</span>"), html);
        assertTrue(html.contains("<span class=\"tok-number\">1e-3</span>"), html);
    }

    @Test
    void aBlockCommentSpansLinesAndHidesTheKeywordsInIt() {
        String html = CodeHighlighter.html("/* if\n   return */ int a;", "java");
        assertTrue(html.startsWith("<span class=\"tok-comment\">/* if\n   return */</span>"), html);
    }

    @Test
    void pythonAndShellHaveTheirOwnCommentsAndKeywords() {
        assertEquals("<span class=\"tok-keyword\">def</span> f(x):  <span class=\"tok-comment\"># square</span>",
                CodeHighlighter.html("def f(x):  # square", "python"));
        assertEquals("java -jar divelive.jar --port <span class=\"tok-number\">7070</span> "
                + "<span class=\"tok-comment\"># local</span>\n<span class=\"tok-keyword\">echo</span> "
                + "<span class=\"tok-type\">$HOME</span>",
                CodeHighlighter.html("java -jar divelive.jar --port 7070 # local\necho $HOME", "shell"));
    }

    @Test
    void anUnknownLanguageIsOnlyEscaped() {
        assertFalse(CodeHighlighter.knows("haskell"));
        assertEquals("a &lt; b", CodeHighlighter.html("a < b", "haskell"));
    }
}
