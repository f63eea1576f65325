package org.divelive.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0} is the file {1}")
    @CsvSource({"/, index.html", "/zh/, zh/index.html", "/lessons/linear-regression, lessons/linear-regression.html",
        "/zh/lessons/mlp#loss, zh/lessons/mlp.html#loss", "/static/divelive.css, static/divelive.css",
        "/search-index.json, search-index.json"})
    void pagesBecomeHtmlFilesAndOtherFilesKeepTheirNames(String sitePath, String file) {
        assertEquals(file, SiteLinks.fileOf(sitePath));
    }

    @ParameterizedTest(name = "in the export, {0} has the site root at {1}")
    @CsvSource({"/, ./", "/zh/, ../", "/lessons/x, ../", "/zh/lessons/x, ../../"})
    void theExportsBaseIsRelativeToThePagesOwnFile(String page, String base) {
        assertEquals(base, export.base(page));
    }

    @ParameterizedTest(name = "in the export, {0} links to {1} as {2}")
    @CsvSource({"/zh/lessons/x, /static/divelive.css, ../../static/divelive.css",
        "/lessons/x, /zh/lessons/x, ../zh/lessons/x.html", "/, /lessons/x, ./lessons/x.html", "/zh/, /, ../index.html"})
    void theExportLinksRelativeToThePagesOwnFile(String page, String target, String link) {
        assertEquals(link, export.link(page, target));
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
