package org.divelive.server.lessons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Named regions of the real shared-math source ({@code // region NAME} … {@code // endregion}), so that the code a
 * lesson shows is the code that runs. A reference is {@code path/File.java#name}, relative to the package root
 * {@code org/divelive/math}; the server jar carries those sources.
 */
public final class CodeRegions {
    private static final Pattern REFERENCE = Pattern.compile("([A-Za-z0-9_]+/)*[A-Za-z0-9_]+\\.java#[a-z0-9-]+");

    private final Path root;

    public CodeRegions(Path root) {
        this.root = root;
    }

    /** The region's lines without their common indentation; IllegalArgumentException says what is missing. */
    public String region(String reference) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("include=\"" + reference + "\" must look like "
                    + "\"optim/Sgd.java#sgd-step\" (a file under org/divelive/math, then # and a region name)");
        }
        int hash = reference.indexOf('#');
        String file = reference.substring(0, hash);
        String name = reference.substring(hash + 1);
        Path source = root.resolve(file);
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("include=\"" + reference + "\": there is no source file " + file
                    + " in shared-math");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("include=\"" + reference + "\": cannot read " + file + ": " + e);
        }
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("// region " + name)) {
                start = i + 1;
            } else if (start >= 0 && lines.get(i).trim().equals("// endregion")) {
                return dedent(lines.subList(start, i));
            }
        }
        throw new IllegalArgumentException("include=\"" + reference + "\": " + file + " has no region '" + name
                + "' (a line '// region " + name + "' followed by '// endregion')");
    }

    private static String dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent));
        }
        return String.join("\n", out);
    }
}
