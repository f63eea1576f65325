package org.divelive.server.lessons;

import static org.divelive.server.pages.Html.escape;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syntax highlighting done once, when a lesson is rendered, so the page needs no script for it: code becomes
 * escaped HTML with {@code <span class="tok-…">} around comments, strings, numbers, keywords and type names (the
 * stylesheet colours them per theme). Java, Python and shell; any other language is only escaped. A lexer, not a
 * parser: one pattern per language whose alternatives are tried left to right at each position, which is enough
 * for the short, well-formed excerpts lessons show.
 */
public final class CodeHighlighter {
    private static final String NUMBER = "0[xX][0-9a-fA-F_.]+(?:[pP][+-]?\\d+)?[fFdDlL]?"
            + "|(?:\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)(?:[eE][+-]?\\d+)?[fFdDlLjJ]?";
    private static final String IDENTIFIER = "[A-Za-z_$][A-Za-z0-9_$]*";

    private record Language(Pattern tokens, Set<String> keywords, boolean capitalizedAreTypes) {
    }

    /** A C-like language's tokens: its comments and strings, then annotations or decorators, words, numbers. */
    private static Pattern tokens(String comment, String string) {
        return Pattern.compile("(?<comment>" + comment + ")|(?<string>" + string + ")|(?<type>@" + IDENTIFIER + ")"
                + "|(?<word>" + IDENTIFIER + ")|(?<number>" + NUMBER + ")", Pattern.DOTALL);
    }

    private static final Language JAVA = new Language(tokens("//[^\\n]*|/\\*.*?\\*/",
            "\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'"),
            Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "continue",
                    "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "if",
                    "implements", "import", "instanceof", "int", "interface", "long", "new", "package", "private",
                    "protected", "public", "record", "return", "sealed", "permits", "short", "static", "super",
                    "switch", "this", "throw", "throws", "try", "var", "void", "volatile", "while", "yield", "true",
                    "false", "null"),
            true);

    private static final Language PYTHON = new Language(tokens("#[^\\n]*",
            "(?:[rbfuRBFU]{1,2})?(?:\"\"\".*?\"\"\"|'''.*?'''|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*')"),
            Set.of("and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
                    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
                    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "True",
                    "False", "None"),
            false);

    /** Shell: a {@code #} starts a comment only at a word's start; variables are shown as types. */
    private static final Language SHELL = new Language(Pattern.compile(
            "(?<comment>(?<![^\\s;])#[^\\n]*)"
                    + "|(?<string>\"(?:\\\\.|[^\"\\\\])*\"|'[^']*')"
                    + "|(?<type>\\$\\{[^}\\n]*\\}|\\$[A-Za-z_0-9@#?*!$-]+)"
                    + "|(?<word>(?<![\\w./-])[A-Za-z_][\\w-]*)"
                    + "|(?<number>(?<![\\w./-])\\d+(?![\\w.]))", Pattern.DOTALL),
            Set.of("if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
                    "in", "function", "return", "export", "local", "set", "cd", "echo", "exit"),
            false);

    private static final Map<String, Language> LANGUAGES = Map.of("java", JAVA, "python", PYTHON, "py", PYTHON,
            "shell", SHELL, "sh", SHELL, "bash", SHELL, "console", SHELL);

    private CodeHighlighter() {
    }

    /** Whether {@code language} (a fenced block's info word, e.g. "java") is one this class highlights. */
    public static boolean knows(String language) {
        return LANGUAGES.containsKey(language.toLowerCase(Locale.ROOT));
    }

    /** {@code code} as HTML: escaped, with token spans if the language is known. */
    public static String html(String code, String language) {
        Language lexer = LANGUAGES.get(language.toLowerCase(Locale.ROOT));
        if (lexer == null) {
            return escape(code);
        }
        StringBuilder out = new StringBuilder(code.length() * 2);
        Matcher token = lexer.tokens().matcher(code);
        int plainFrom = 0;
        while (token.find()) {
            String kind = kind(token, lexer);
            if (kind == null) {
                continue; // an ordinary identifier: part of the plain text around it
            }
            out.append(escape(code.substring(plainFrom, token.start())));
            out.append("<span class=\"tok-").append(kind).append("\">").append(escape(token.group()))
                    .append("</span>");
            plainFrom = token.end();
        }
        return out.append(escape(code.substring(plainFrom))).toString();
    }

    private static String kind(Matcher token, Language lexer) {
        for (String group : new String[] {"comment", "string", "type", "number"}) {
            if (token.group(group) != null) {
                return group;
            }
        }
        String word = token.group("word");
        if (lexer.keywords().contains(word)) {
            return "keyword";
        }
        boolean capitalized = Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase);
        return lexer.capitalizedAreTypes() && capitalized ? "type" : null;
    }
}
