package org.divelive.server.lessons;

import java.util.List;

/**
 * One rendered lesson: its slug (from the file name {@code nn-slug.md}), the title, order and description (empty if
 * none) from its front matter, the body as HTML (math left as TeX for KaTeX), its sections for the table of
 * contents, its plain text for search, the file names of the figures it shows and the assignments it declares.
 */
public record Lesson(String language, String slug, int order, String title, String description, String fileName,
        String html, List<Section> sections, String text, List<String> figures, List<Assignment> assignments) {
}
