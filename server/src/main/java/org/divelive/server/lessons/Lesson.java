package org.divelive.server.lessons;

/**
 * One rendered lesson: its slug (from the file name {@code nn-slug.md}), the title and order from its front matter,
 * and the body as HTML, math left as TeX for KaTeX.
 */
public record Lesson(String language, String slug, int order, String title, String fileName, String html) {
}
