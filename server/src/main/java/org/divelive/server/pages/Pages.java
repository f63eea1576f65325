package org.divelive.server.pages;

import static org.divelive.server.pages.Html.escape;

import java.util.List;
import java.util.Optional;

import org.divelive.server.lessons.Lesson;
import org.divelive.server.lessons.Section;

/**
 * The site's pages. One layout for all of them; every script, style and font is served by this server (KaTeX and
 * Chart.js from webjars, the TeaVM bundle, our own files), so the site works in a classroom without internet.
 */
public final class Pages {
    private final AssetVersions assets;

    public Pages(AssetVersions assets) {
        this.assets = assets;
    }

    public String index(Labels labels, List<Lesson> lessons) {
        StringBuilder items = new StringBuilder();
        for (Lesson lesson : lessons) {
            items.append("<li data-slug=\"").append(escape(lesson.slug())).append("\"><a href=\"")
                    .append(labels.lessonPath(lesson.slug())).append("\"><span class=\"lesson-number\">")
                    .append(lesson.order()).append("</span> <span class=\"lesson-title\">")
                    .append(escape(lesson.title())).append("</span><span class=\"done-mark\" aria-label=\"")
                    .append(escape(labels.done())).append("\"></span></a></li>\n");
        }
        String body = "<main class=\"page\">\n<section class=\"intro\"><h1>" + escape(labels.courseTitle())
                + "</h1>\n<p>" + escape(labels.intro()) + "</p></section>\n<h2>" + escape(labels.lessons())
                + "</h2>\n<ol class=\"lesson-list\">\n" + items + "</ol>\n</main>\n";
        return layout(labels, "DiveLive", body, labels.other().indexPath(), "", false);
    }

    /**
     * A lesson with its table of contents and links to its neighbours. {@code translation} is the same lesson in
     * the other language, if it exists: the language switch keeps the reader's section by position.
     */
    public String lesson(Labels labels, Lesson lesson, Optional<Lesson> previous, Optional<Lesson> next,
            Optional<Lesson> translation) {
        StringBuilder toc = new StringBuilder();
        for (Section section : lesson.sections()) {
            toc.append("<li><a href=\"#").append(escape(section.id())).append("\">").append(escape(section.title()))
                    .append("</a></li>\n");
        }
        StringBuilder neighbours = new StringBuilder("<nav class=\"lesson-nav\">");
        previous.ifPresent(p -> neighbours.append("<a class=\"previous\" rel=\"prev\" href=\"")
                .append(labels.lessonPath(p.slug())).append("\"><span>").append(escape(labels.previous()))
                .append("</span>").append(escape(p.title())).append("</a>"));
        next.ifPresent(n -> neighbours.append("<a class=\"next\" rel=\"next\" href=\"")
                .append(labels.lessonPath(n.slug())).append("\"><span>").append(escape(labels.next()))
                .append("</span>").append(escape(n.title())).append("</a>"));
        neighbours.append("</nav>\n");
        String body = "<div class=\"lesson-layout\">\n<aside class=\"toc\" aria-label=\""
                + escape(labels.onThisPage()) + "\"><p class=\"toc-title\">" + escape(labels.onThisPage())
                + "</p><ol>\n" + toc + "</ol></aside>\n<main class=\"page\">\n<article class=\"lesson\" data-slug=\""
                + escape(lesson.slug()) + "\">\n<h1>" + escape(lesson.title()) + "</h1>\n" + lesson.html()
                + "</article>\n<p class=\"done-row\"><button type=\"button\" class=\"done-toggle\" data-slug=\""
                + escape(lesson.slug()) + "\" data-label-todo=\"" + escape(labels.markDone())
                + "\" data-label-done=\"" + escape(labels.done()) + "\">" + escape(labels.markDone())
                + "</button></p>\n" + neighbours + "</main>\n</div>\n";
        String switchTarget = translation.map(t -> labels.other().lessonPath(t.slug())).orElse(null);
        String sectionIds = translation.map(t -> jsonArray(t.sections().stream().map(Section::id).toList()))
                .orElse("[]");
        return layout(labels, lesson.title() + " · DiveLive", body,
                switchTarget != null ? switchTarget : labels.other().indexPath(), sectionIds, true);
    }

    public String notFound(Labels labels, String path) {
        String body = "<main class=\"page message\"><h1>" + escape(labels.notFound()) + "</h1><p>"
                + escape(labels.notFoundText()) + " <code>" + escape(path) + "</code></p><p><a href=\""
                + labels.indexPath() + "\">" + escape(labels.backToIndex()) + "</a></p></main>\n";
        return layout(labels, labels.notFound() + " · DiveLive", body, labels.other().indexPath(), "", false);
    }

    /** A lesson file that cannot be rendered: which file, which line, what to fix; the rest keeps working. */
    public String brokenLesson(Labels labels, String problem) {
        String body = "<main class=\"page message\"><h1>" + escape(labels.brokenTitle())
                + "</h1><p class=\"problem\">" + escape(problem) + "</p><p>" + escape(labels.brokenText())
                + " <a href=\"" + labels.indexPath() + "\">" + escape(labels.backToIndex()) + "</a></p></main>\n";
        return layout(labels, labels.brokenTitle() + " · DiveLive", body, labels.other().indexPath(), "", false);
    }

    public String serverError(Labels labels) {
        String body = "<main class=\"page message\"><h1>" + escape(labels.errorTitle()) + "</h1><p>"
                + escape(labels.errorText()) + " <a href=\"" + labels.indexPath() + "\">"
                + escape(labels.backToIndex()) + "</a></p></main>\n";
        return layout(labels, labels.errorTitle() + " · DiveLive", body, labels.other().indexPath(), "", false);
    }

    private String layout(Labels labels, String title, String body, String switchHref, String switchSections,
            boolean interactive) {
        String lessonScripts = interactive
                ? script(assets.katexPath("katex.min.js")) + script(assets.chartJsPath())
                        + script("/client/divelive.js") + script("/static/divelive.js")
                        + script("/static/exercises.js")
                : "";
        return "<!doctype html>\n<html lang=\"" + labels.htmlLang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n"
                // before the styles, so a reader's chosen theme applies without a flash of the other one
                + "<script src=\"/static/theme.js\"></script>\n"
                + "<link rel=\"stylesheet\" href=\"" + assets.katexPath("katex.min.css") + "\">\n"
                + "<link rel=\"stylesheet\" href=\"/static/divelive.css\">\n</head>\n<body data-label-copy=\""
                + escape(labels.copy()) + "\" data-label-copied=\"" + escape(labels.copied()) + "\">\n"
                + "<header class=\"site-header\"><a class=\"brand\" href=\"" + labels.indexPath() + "\">DiveLive</a>"
                + "<form class=\"search\" role=\"search\"><input type=\"search\" "
                + "class=\"search-input\" placeholder=\"" + escape(labels.search()) + "\" aria-label=\""
                + escape(labels.searchHint()) + "\" data-no-results=\"" + escape(labels.noResults())
                + "\" autocomplete=\"off\"><ol class=\"search-results\" hidden></ol></form>"
                + "<a class=\"language-switch\" hreflang=\"" + labels.other().htmlLang() + "\" href=\"" + switchHref
                + "\" data-sections='" + escape(switchSections) + "'>" + escape(labels.other().languageName())
                + "</a><button type=\"button\" class=\"theme-toggle\" aria-label=\"" + escape(labels.theme())
                + "\" title=\"" + escape(labels.theme()) + "\"></button></header>\n"
                + body
                + "<script src=\"/static/site.js\" defer></script>\n<script src=\"/static/search.js\" defer></script>\n"
                + lessonScripts + "</body>\n</html>\n";
    }

    private static String script(String src) {
        return "<script src=\"" + src + "\" defer></script>\n";
    }

    private static String jsonArray(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? "," : "").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append(']').toString();
    }
}
