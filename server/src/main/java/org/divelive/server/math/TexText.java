package org.divelive.server.math;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula's TeX as plain text a reader can follow, for places that cannot typeset (search snippets): commands
 * become their symbols ({@code \eta} η, {@code \top} ᵀ), fonts and text wrappers drop away, {@code \frac{a}{b}}
 * reads a/b, simple sub- and superscripts turn into Unicode ones. Not a TeX engine: what it does not know it shows
 * without the backslash.
 */
public final class TexText {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Sigma", "Σ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
            Map.entry("sum", "Σ"), Map.entry("prod", "Π"), Map.entry("cdot", "·"), Map.entry("times", "×"),
            Map.entry("top", "ᵀ"), Map.entry("infty", "∞"), Map.entry("leq", "≤"), Map.entry("le", "≤"),
            Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("approx", "≈"),
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
            Map.entry("partial", "∂"), Map.entry("nabla", "∇"), Map.entry("in", "∈"), Map.entry("ell", "ℓ"),
            Map.entry("pm", "±"), Map.entry("mid", "|"), Map.entry("lVert", "‖"), Map.entry("rVert", "‖"),
            Map.entry("|", "‖"), Map.entry("ldots", "…"), Map.entry("cdots", "⋯"), Map.entry("dots", "…"),
            Map.entry("sqrt", "√"), Map.entry("propto", "∝"), Map.entry("sim", "∼"), Map.entry("log", "log"),
            Map.entry("exp", "exp"), Map.entry("ln", "ln"), Map.entry("max", "max"), Map.entry("min", "min"),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry(",", " "), Map.entry(";", " "),
            Map.entry("!", ""), Map.entry("left", ""), Map.entry("right", ""), Map.entry("big", ""),
            Map.entry("Big", ""), Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("$", "$"), Map.entry("%", "%"));
    private static final String SUPERSCRIPTS = "0123456789+-=()niT";
    private static final String SUPERSCRIPT_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀ";
    private static final String SUBSCRIPTS = "0123456789+-=()ijk";
    private static final String SUBSCRIPT_CHARS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ᵢⱼₖ";

    /** A font or text wrapper around a group without braces in it: the group's text is what is read. */
    private static final Pattern WRAPPER = Pattern.compile(
            "\\\\(?:mathbf|mathrm|mathit|mathcal|mathbb|boldsymbol|text|textrm|textbf|operatorname|hat|bar|tilde)"
                    + "\\s*\\{([^{}]*)\\}");
    private static final Pattern FRACTION = Pattern.compile("\\\\[dt]?frac\\s*\\{([^{}]*)\\}\\s*\\{([^{}]*)\\}");
    private static final Pattern SCRIPT = Pattern.compile("([\\^_])(?:\\{([^{}]*)\\}|([A-Za-z0-9]))");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|.)");

    private TexText() {
    }

    public static String of(String tex) {
        String text = tex;
        String before;
        do { // innermost groups first, until nothing changes
            before = text;
            text = replace(WRAPPER, text, m -> m.group(1));
            text = replace(FRACTION, text, m -> operand(m.group(1)) + "/" + operand(m.group(2)));
            text = replace(SCRIPT, text, m -> script(m.group(1).equals("^"), m.group(2) != null ? m.group(2)
                    : m.group(3)));
        } while (!text.equals(before));
        text = replace(COMMAND, text, m -> SYMBOLS.getOrDefault(m.group(1), m.group(1)));
        return text.replace("^ᵀ", "ᵀ").replace("{", "").replace("}", "").replace("&", " ").replaceAll("\\s+", " ")
                .trim();
    }

    private static String operand(String part) {
        String trimmed = part.trim();
        return trimmed.matches("[\\p{L}\\p{N}.]*") ? trimmed : "(" + trimmed + ")";
    }

    private static String script(boolean up, String content) {
        String from = up ? SUPERSCRIPTS : SUBSCRIPTS;
        String to = up ? SUPERSCRIPT_CHARS : SUBSCRIPT_CHARS;
        StringBuilder out = new StringBuilder();
        for (char c : content.toCharArray()) {
            int at = from.indexOf(c);
            if (at < 0) { // not every letter has a Unicode script form: say it the TeX way
                return (up ? "^" : "_") + (content.length() == 1 ? content : "(" + content + ")");
            }
            out.append(to.charAt(at));
        }
        return out.toString();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
