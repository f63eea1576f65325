package org.divelive.e2e;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;

/**
 * The English a Chinese page shows where it should speak Chinese: every word of two or more Latin letters in the
 * text, aria-labels, titles and placeholders inside the given elements, unless it is a name or a symbol the Chinese
 * course keeps (ReLU, Fashion-MNIST, log, NaN) or sits in code or a formula.
 */
final class EnglishOnChinesePages {
    /** Names, function symbols and values that a Chinese page writes in Latin letters too. */
    private static final Set<String> KEPT = Set.of("softmax", "log-sum-exp", "ReLU", "sigmoid", "tanh", "Xavier",
            "Fashion-MNIST", "MLP", "SGD", "WebAssembly", "SIMD", "NaN", "Infinity", "log", "ln", "exp", "max",
            "KL", "AND", "OR", "NAND", "XOR", "CSV", "DiveLive",
            // the language switch's and the search's name for the other language
            "English",
            // the two models' Java names the linear regression widget reports
            "LinearRegressionScratch", "Regressor", "Linear");

    private static final String ALWAYS_SKIPPED = "code, pre, script, style, .katex";

    private EnglishOnChinesePages() {
    }

    /**
     * Each English word in the elements {@code scope} selects, skipping those inside {@code skip} (a selector),
     * with the text it stands in, as "word in «text»".
     */
    static List<String> in(Page page, String scope, String skip) {
        List<?> found = (List<?>) page.evaluate("([scope, skip, kept]) => {"
                + " const out = []; const seen = new Set();"
                + " const note = (text, el) => { if (!text || el.closest(skip)) return;"
                + "  for (const m of text.replace(/\\S+:\\/\\/\\S+/g, '').matchAll(/[A-Za-z]{2,}(?:-[A-Za-z]+)*/g))"
                + "   if (!kept.includes(m[0]) && !seen.has(m[0] + text)) { seen.add(m[0] + text);"
                + "    out.push(m[0] + ' in «' + text.trim().slice(0, 80) + '»'); } };"
                + " for (const root of document.querySelectorAll(scope)) {"
                + "  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); let node;"
                + "  while ((node = walker.nextNode())) note(node.textContent, node.parentElement);"
                + "  for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]'))"
                + "   for (const a of ['aria-label', 'title', 'placeholder']) note(el.getAttribute(a), el); }"
                + " return out; }", List.of(scope, skip.isEmpty() ? ALWAYS_SKIPPED : ALWAYS_SKIPPED + ", " + skip,
                List.copyOf(KEPT)));
        return found.stream().map(String::valueOf).toList();
    }
}
