package org.divelive.server.pages;

import static org.divelive.server.pages.Html.escape;

import java.util.List;

import org.divelive.server.lessons.Lesson;

/**
 * The site's HTML pages. One layout for all of them; every script and style is served by this server (KaTeX and
 * Chart.js from webjars, the TeaVM bundle, our own files), so the site works in a classroom without internet.
 */
public final class Pages {
    private final AssetVersions assets;

    public Pages(AssetVersions assets) {
        this.assets = assets;
    }

    public String index(List<Lesson> lessons) {
        StringBuilder items = new StringBuilder();
        for (Lesson lesson : lessons) {
            items.append("<li><a href=\"/lessons/").append(escape(lesson.slug())).append("\">")
                    .append("<span class=\"lesson-number\">").append(lesson.order()).append("</span> ")
                    .append(escape(lesson.title())).append("</a></li>\n");
        }
        String body = """
                <section class="intro">
                  <h1>Dive into deep learning, live</h1>
                  <p>Linear regression, softmax regression and multilayer perceptrons, each explained in its own
                  lesson and trained right in this page by the same Java code that trains on the server.</p>
                </section>
                <h2>Lessons</h2>
                <ol class="lesson-list">
                %s</ol>
                """.formatted(items);
        return layout("DiveLive: the course", body, false);
    }

    public String lesson(Lesson lesson) {
        String body = "<article class=\"lesson\">\n<h1>" + escape(lesson.title()) + "</h1>\n" + lesson.html()
                + "</article>\n";
        return layout(lesson.title() + " · DiveLive", body, true);
    }

    public String notFound(String path) {
        String body = """
                <section class="message">
                  <h1>Page not found</h1>
                  <p>There is no page at <code>%s</code>.</p>
                  <p><a href="/">Back to the course index</a></p>
                </section>
                """.formatted(escape(path));
        return layout("Not found · DiveLive", body, false);
    }

    /** A lesson file that cannot be rendered: say which file and what to fix, keep the rest of the site working. */
    public String brokenLesson(String problem) {
        String body = """
                <section class="message">
                  <h1>This lesson cannot be shown</h1>
                  <p class="problem">%s</p>
                  <p>Fix the file and reload this page; the other lessons are unaffected.
                  <a href="/">Back to the course index</a></p>
                </section>
                """.formatted(escape(problem));
        return layout("Broken lesson · DiveLive", body, false);
    }

    public String serverError() {
        String body = """
                <section class="message">
                  <h1>Something went wrong</h1>
                  <p>The server could not answer this request; the details are in its log.
                  <a href="/">Back to the course index</a></p>
                </section>
                """;
        return layout("Error · DiveLive", body, false);
    }

    private String layout(String title, String body, boolean interactive) {
        String scripts = interactive
                ? script(assets.katexPath("katex.min.js")) + script(assets.chartJsPath())
                        + script("/client/divelive.js") + script("/static/divelive.js")
                : "";
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="%s">
                <link rel="stylesheet" href="/static/divelive.css">
                </head>
                <body>
                <header class="site-header"><a class="brand" href="/">DiveLive</a></header>
                <main>
                %s</main>
                %s</body>
                </html>
                """.formatted(escape(title), assets.katexPath("katex.min.css"), body, scripts);
    }

    private static String script(String src) {
        return "<script src=\"" + src + "\" defer></script>\n";
    }
}
