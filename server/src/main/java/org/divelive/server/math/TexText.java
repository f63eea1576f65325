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
    /**
     * Command name = what it reads as, separated by ";" (a value may be a space, or empty to drop the command); the
     * one-character commands that would clash with that format follow in a map of their own.
     */
    private static final Map<String, String> SYMBOLS = symbols(
            "alpha=α;beta=β;gamma=γ;delta=δ;epsilon=ε;varepsilon=ε;eta=η;theta=θ;lambda=λ;mu=μ;pi=π;"
            + "rho=ρ;sigma=σ;tau=τ;phi=φ;psi=ψ;omega=ω;Sigma=Σ;Delta=Δ;Theta=Θ;sum=Σ;prod=Π;cdot=·;"
            + "times=×;top=ᵀ;infty=∞;leq=≤;le=≤;geq=≥;ge=≥;neq=≠;approx=≈;to=→;rightarrow=→;leftarrow=←;"
            + "partial=∂;nabla=∇;in=∈;ell=ℓ;pm=±;mid=|;lVert=‖;rVert=‖;ldots=…;cdots=⋯;dots=…;sqrt=√;"
            + "propto=∝;sim=∼;log=log;exp=exp;ln=ln;max=max;min=min;quad= ;qquad= ;left=;right=;big=;Big=;",
            Map.of("|", "‖", ",", " ", ";", " ", "!", "", "{", "{", "}", "}", "$", "$", "%", "%"));
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

    private static Map<String, String> symbols(String table, Map<String, String> punctuation) {
        Map<String, String> symbols = new java.util.HashMap<>(punctuation);
        for (String entry : table.split(";")) {
            int equals = entry.indexOf('=');
            symbols.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
        return Map.copyOf(symbols);
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
