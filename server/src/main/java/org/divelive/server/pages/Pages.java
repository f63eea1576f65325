package org.divelive.server.pages;

import static org.divelive.server.pages.Html.escape;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.divelive.server.lessons.Lesson;
import org.divelive.server.lessons.Section;

/**
 * The site's pages. One layout for all of them; every script, style and font is the site's own (KaTeX and Chart.js
 * from webjars, the TeaVM bundle, our own files), so the site works in a classroom without internet. A page is a
 * function of what it shows and of {@link SiteLinks}: the server composes each page per request with site paths, the
 * static export the same pages with relative links.
 *
 * @param assets the versioned webjar files (KaTeX, Chart.js) the pages link
 * @param links  how a page links: by site path (server) or relatively (static export)
 * @param names  the fingerprinted names the pages link our own files by
 */
public record Pages(AssetVersions assets, SiteLinks links, AssetNames names) {
    /** Pages that fingerprint our own files afresh. */
    public Pages(AssetVersions assets, SiteLinks links) {
        this(assets, links, new AssetNames());
    }

    public String index(Labels labels, List<Lesson> lessons) {
        String here = labels.indexPath();
        StringBuilder items = new StringBuilder();
        for (Lesson lesson : lessons) {
            items.append("<li data-slug=\"").append(escape(lesson.slug())).append("\"><a href=\"")
                    .append(links.link(here, labels.lessonPath(lesson.slug())))
                    .append("\"><span class=\"lesson-number\">")
                    .append(lesson.order()).append("</span> <span class=\"lesson-title\">")
                    .append(escape(lesson.title())).append("</span><span class=\"done-mark\" aria-label=\"")
                    .append(escape(labels.done())).append("\"></span></a></li>\n");
        }
        String body = "<main class=\"page\">\n<section class=\"intro\"><h1>" + escape(labels.courseTitle())
                + "</h1>\n<p>" + escape(labels.intro()) + "</p></section>\n<h2>" + escape(labels.lessons())
                + "</h2>\n<ol class=\"lesson-list\">\n" + items + "</ol>\n</main>\n";
        return layout(labels, here, "DiveLive", labels.intro(), body, labels.other().indexPath(), "", false);
    }

    /**
     * A lesson with its table of contents and links to its neighbours. {@code translation} is the same lesson in
     * the other language, if it exists: the language switch keeps the reader's section by position.
     */
    public String lesson(Labels labels, Lesson lesson, Optional<Lesson> previous, Optional<Lesson> next,
            Optional<Lesson> translation) {
        String here = labels.lessonPath(lesson.slug());
        StringBuilder toc = new StringBuilder();
        for (Section section : lesson.sections()) {
            toc.append("<li><a href=\"#").append(escape(section.id())).append("\">").append(escape(section.title()))
                    .append("</a></li>\n");
        }
        StringBuilder neighbours = new StringBuilder("<nav class=\"lesson-nav\">");
        previous.ifPresent(p -> neighbours.append("<a class=\"previous\" rel=\"prev\" href=\"")
                .append(links.link(here, labels.lessonPath(p.slug()))).append("\"><span>")
                .append(escape(labels.previous()))
                .append("</span>").append(escape(p.title())).append("</a>"));
        next.ifPresent(n -> neighbours.append("<a class=\"next\" rel=\"next\" href=\"")
                .append(links.link(here, labels.lessonPath(n.slug()))).append("\"><span>")
                .append(escape(labels.next()))
                .append("</span>").append(escape(n.title())).append("</a>"));
        neighbours.append("</nav>\n");
        String body = "<div class=\"lesson-layout\">\n<aside class=\"toc\" aria-label=\""
                + escape(labels.onThisPage()) + "\"><p class=\"toc-title\">" + escape(labels.onThisPage())
                + "</p><ol>\n" + toc + "</ol></aside>\n<main class=\"page\">\n<article class=\"lesson\" data-slug=\""
                + escape(lesson.slug()) + "\">\n<h1>" + escape(lesson.title()) + "</h1>\n"
                + links.body(here, lesson.html())
                + "</article>\n<p class=\"done-row\"><button type=\"button\" class=\"done-toggle\" data-slug=\""
                + escape(lesson.slug()) + "\" data-label-todo=\"" + escape(labels.markDone())
                + "\" data-label-done=\"" + escape(labels.done()) + "\">" + escape(labels.markDone())
                + "</button></p>\n" + neighbours + "</main>\n</div>\n";
        String switchTarget = translation.map(t -> labels.other().lessonPath(t.slug())).orElse(null);
        String sectionIds = translation.map(t -> jsonArray(t.sections().stream().map(Section::id).toList()))
                .orElse("[]");
        return layout(labels, here, lesson.title() + " · DiveLive", lesson.description(), body,
                switchTarget != null ? switchTarget : labels.other().indexPath(), sectionIds, true);
    }

    /**
     * A page of a feature beside the lessons (class mode's join, instructor and dashboard pages, which the server
     * alone answers, so they link with site paths): the site's frame around {@code body}, then the page's own
     * scripts, with Chart.js first if it draws charts. The language switch goes to {@code otherLanguagePath}, the
     * same page in the other language.
     */
    public String featurePage(Labels labels, String title, String body, boolean charts, List<String> scripts,
            String otherLanguagePath) {
        String here = labels.indexPath();
        StringBuilder withScripts = new StringBuilder(body);
        if (charts) {
            withScripts.append(script(here, assets.chartJsPath()));
        }
        scripts.forEach(src -> withScripts.append(script(here, src)));
        return layout(labels, here, title + " · DiveLive", "", withScripts.toString(), otherLanguagePath, "", false);
    }

    /** Server-only pages (they answer at any path, so they link with site paths): no such page, broken, error. */
    public String notFound(Labels labels, String path) {
        String body = "<main class=\"page message\"><h1>" + escape(labels.notFound()) + "</h1><p>"
                + escape(labels.notFoundText()) + " <code>" + escape(path) + "</code></p><p><a href=\""
                + links.link(labels.indexPath(), labels.indexPath()) + "\">" + escape(labels.backToIndex())
                + "</a></p></main>\n";
        return layout(labels, labels.indexPath(), labels.notFound() + " · DiveLive", "", body,
                labels.other().indexPath(),
                "", false);
    }

    /** A lesson file that cannot be rendered: which file, which line, what to fix; the rest keeps working. */
    public String brokenLesson(Labels labels, String problem) {
        String body = "<main class=\"page message\"><h1>" + escape(labels.brokenTitle())
                + "</h1><p class=\"problem\">" + escape(problem) + "</p><p>" + escape(labels.brokenText())
                + " <a href=\"" + links.link(labels.indexPath(), labels.indexPath()) + "\">"
                + escape(labels.backToIndex()) + "</a></p></main>\n";
        return layout(labels, labels.indexPath(), labels.brokenTitle() + " · DiveLive", "", body,
                labels.other().indexPath(), "", false);
    }

    public String serverError(Labels labels) {
        String body = "<main class=\"page message\"><h1>" + escape(labels.errorTitle()) + "</h1><p>"
                + escape(labels.errorText()) + " <a href=\"" + links.link(labels.indexPath(), labels.indexPath())
                + "\">" + escape(labels.backToIndex()) + "</a></p></main>\n";
        return layout(labels, labels.indexPath(), labels.errorTitle() + " · DiveLive", "", body,
                labels.other().indexPath(), "", false);
    }

    /**
     * The frame of every page at site path {@code here}. Its {@code <html>} tells the page's scripts where the site
     * root is ({@code data-base}), where the API is ({@code data-api}, absent without a server) and, in the export,
     * which Fashion-MNIST packet files there are ({@code data-packets}). {@code description} goes into the page's
     * meta description unless it is empty.
     */
    private String layout(Labels labels, String here, String title, String description, String body,
            String switchSitePath, String switchSections, boolean interactive) {
        String lessonScripts = interactive
                ? script(here, assets.katexScript()) + script(here, "/static/divelive.js")
                        + script(here, "/static/exercises.js") + script(here, "/static/classmode.js")
                        + script(here, "/static/assignments.js")
                : "";
        // the widgets' code loads only when a widget comes near the window (static/divelive.js), so reading a lesson
        // never waits for it: Chart.js, the widgets' own JavaScript that the bundle's overlays call, then the bundle
        String widgetScripts = interactive ? " data-widget-scripts=\"" + String.join(" ", Stream.of(
                assets.chartJsPath(), "/static/charts.js", "/static/contour-plot.js", "/static/images.js",
                "/static/plane-plot.js", "/static/requests.js", "/client/divelive.js")
                .map(sitePath -> escape(file(here, sitePath))).toList()) + "\"" : "";
        String api = links.apiUrl() == null ? "" : " data-api=\"" + escape(links.apiUrl()) + "\"";
        String packets = links.packetSizes().isEmpty() ? "" : " data-packets=\""
                + String.join(" ", links.packetSizes().stream().map(String::valueOf).toList()) + "\"";
        return "<!doctype html>\n<html lang=\"" + labels.htmlLang() + "\" data-base=\"" + links.base(here) + "\""
                + api + packets + ">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + (description.isEmpty() ? "" : "<meta name=\"description\" content=\"" + escape(description)
                        + "\">\n")
                + "<link rel=\"icon\" href=\"" + file(here, "/static/favicon.svg")
                + "\" type=\"image/svg+xml\">\n"
                // before the styles, so a reader's chosen theme applies without a flash of the other one
                + "<script src=\"" + file(here, "/static/theme.js") + "\"></script>\n"
                + "<link rel=\"stylesheet\" href=\"" + file(here, assets.katexStyles()) + "\">\n"
                + "<link rel=\"stylesheet\" href=\"" + file(here, "/static/divelive.css") + "\">\n</head>\n"
                + "<body data-label-copy=\"" + escape(labels.copy()) + "\" data-label-copied=\""
                + escape(labels.copied()) + "\" data-label-scrolls=\"" + escape(labels.scrolls())
                + "\" data-label-chart-data=\"" + escape(labels.chartData()) + "\" data-label-widget-unavailable=\""
                + escape(labels.widgetUnavailable()) + "\"" + widgetScripts + ">\n"
                + "<header class=\"site-header\"><a class=\"brand\" href=\"" + links.link(here, labels.indexPath())
                + "\">DiveLive</a>"
                + "<form class=\"search\" role=\"search\"><input type=\"search\" "
                + "class=\"search-input\" placeholder=\"" + escape(labels.search()) + "\" aria-label=\""
                + escape(labels.searchHint()) + "\" data-no-results=\"" + escape(labels.noResults())
                + "\" autocomplete=\"off\"><ol class=\"search-results\" hidden></ol></form>"
                + "<a class=\"language-switch\" hreflang=\"" + labels.other().htmlLang() + "\" href=\""
                + escape(links.link(here, switchSitePath)) + "\" data-sections='" + escape(switchSections) + "'>"
                + escape(labels.other().languageName())
                + "</a><button type=\"button\" class=\"theme-toggle\" aria-label=\"" + escape(labels.theme())
                + "\" title=\"" + escape(labels.theme()) + "\"></button></header>\n"
                + body
                + script(here, "/static/site.js") + script(here, "/static/search.js")
                + lessonScripts + "</body>\n</html>\n";
    }

    private String script(String here, String sitePath) {
        return "<script src=\"" + file(here, sitePath) + "\" defer></script>\n";
    }

    /** The link to a script, style or icon: by its fingerprinted name, so browsers may keep it for good. */
    private String file(String here, String sitePath) {
        return links.link(here, names.of(sitePath));
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
