package org.divelive.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SiteLinksTest {
    private final SiteLinks server = SiteLinks.server();
    private final SiteLinks export = SiteLinks.staticExport(null, List.of(1000));

    @Test
    void theServerLinksBySitePathAndLeavesLessonHtmlAlone() {
        assertEquals("/", server.base("/zh/lessons/x"));
        assertEquals("/static/divelive.css", server.link("/zh/lessons/x", "/static/divelive.css"));
        assertEquals("/zh/", server.link("/lessons/x", "/zh/"));
        String html = "<a href=\"softmax-regression\">s</a><img src=\"/figures/a.svg\">";
        assertEquals(html, server.body("/lessons/x", html));
    }

    @Test
    void pagesBecomeHtmlFilesAndOtherFilesKeepTheirNames() {
        assertEquals("index.html", SiteLinks.fileOf("/"));
        assertEquals("zh/index.html", SiteLinks.fileOf("/zh/"));
        assertEquals("lessons/linear-regression.html", SiteLinks.fileOf("/lessons/linear-regression"));
        assertEquals("zh/lessons/mlp.html#loss", SiteLinks.fileOf("/zh/lessons/mlp#loss"));
        assertEquals("static/divelive.css", SiteLinks.fileOf("/static/divelive.css"));
        assertEquals("search-index.json", SiteLinks.fileOf("/search-index.json"));
    }

    @Test
    void theExportLinksRelativeToThePagesOwnFile() {
        assertEquals("./", export.base("/"));
        assertEquals("../", export.base("/zh/"));
        assertEquals("../", export.base("/lessons/x"));
        assertEquals("../../", export.base("/zh/lessons/x"));
        assertEquals("../../static/divelive.css", export.link("/zh/lessons/x", "/static/divelive.css"));
        assertEquals("../zh/lessons/x.html", export.link("/lessons/x", "/zh/lessons/x"));
        assertEquals("./lessons/x.html", export.link("/", "/lessons/x"));
        assertEquals("../index.html", export.link("/zh/", "/"));
    }

    @Test
    void lessonHtmlInTheExportGetsRelativeUrlsAndPageLinksWithHtml() {
        assertEquals("<a href=\"softmax-regression.html#loss\">s</a> <img alt=\"\" src=\"../../figures/a.svg\">"
                        + " <a href=\"https://d2l.ai/x\">d</a> <a href=\"#top\">t</a> <a href=\"mailto:a@b.c\">m</a>"
                        + " <a href=\"../../zh/index.html\">i</a>",
                export.body("/zh/lessons/x", "<a href=\"softmax-regression#loss\">s</a> <img alt=\"\" "
                        + "src=\"/figures/a.svg\"> <a href=\"https://d2l.ai/x\">d</a> <a href=\"#top\">t</a> "
                        + "<a href=\"mailto:a@b.c\">m</a> <a href=\"/zh/\">i</a>"));
    }

    @Test
    void anApiUrlEndsInASlashSoApiPathsResolveBelowIt() {
        assertEquals("https://host/course/", SiteLinks.staticExport("https://host/course", List.of()).apiUrl());
        assertEquals("https://host/", SiteLinks.staticExport("https://host/", List.of()).apiUrl());
    }
}
