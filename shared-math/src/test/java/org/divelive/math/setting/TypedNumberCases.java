package org.divelive.math.setting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of typed numbers ({@code typed-numbers.tsv}) that both readers of the course's one number rule are tested
 * against: {@link Setting#parse} here, and the exercises' page script in the browser (e2e-tests), so they cannot drift.
 */
public final class TypedNumberCases {
    /** What a person types, and the number it is, or null when it is not read as one. */
    public record Case(String typed, Double number) {
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private TypedNumberCases() {
    }

    public static List<Case> all() {
        try (InputStream in = TypedNumberCases.class.getResourceAsStream("typed-numbers.tsv")) {
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                String number = line.substring(tab + 1);
                cases.add(new Case(unescape(line.substring(0, tab)), number.equals("-") ? null : Double.valueOf(number)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table writes invisible and look-alike characters as {@code \}{@code uXXXX}. */
    private static String unescape(String text) {
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(out, String.valueOf((char) Integer.parseInt(escape.group(1), 16)));
        }
        return escape.appendTail(out).toString();
    }
}
