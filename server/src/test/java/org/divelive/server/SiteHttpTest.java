package org.divelive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import org.divelive.server.pages.AssetVersions;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded site over real HTTP on a free port. */
class SiteHttpTest {
    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path dir) {
        app = App.create(TestConfigs.server(dir)).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path byte for byte, as an attacker's tool would, without any client-side normalisation. */
    private static String rawStatusLine(String path) throws IOException {
        try (Socket socket = new Socket("localhost", app.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    @Test
    void theIndexAndTheLessonAreServed() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("href=\"/lessons/linear-regression\""));

        for (String chineseIndex : List.of("/zh/", "/zh")) {
            HttpResponse<String> zh = get(chineseIndex);
            assertEquals(200, zh.statusCode(), chineseIndex);
            assertTrue(zh.body().contains("href=\"/zh/lessons/linear-regression\""), chineseIndex);
        }

        HttpResponse<String> lesson = get("/lessons/linear-regression");
        assertEquals(200, lesson.statusCode());
        assertTrue(lesson.body().contains("data-widget=\"sgd-linreg\""));
        assertTrue(lesson.body().contains("class=\"math math-display\""));
    }

    @Test
    void aLessonPageCarriesItsDescriptionAndItsFiguresAreServed() throws Exception {
        String page = get("/zh/lessons/linear-regression").body();
        Matcher description = Pattern.compile("<meta name=\"description\" content=\"([^\"]+)\">").matcher(page);
        assertTrue(description.find(), "the Chinese lesson's meta description");
        assertTrue(description.group(1).contains("线性回归"), description.group(1));
        assertTrue(get("/").body().contains("<meta name=\"description\""), "the index has one too");

        assertTrue(page.contains("<img src=\"/figures/one-neuron.zh.svg\" alt=\""));
        HttpResponse<String> figure = get("/figures/one-neuron.zh.svg");
        assertEquals(200, figure.statusCode());
        assertEquals("image/svg+xml", figure.headers().firstValue("Content-Type").orElse(""));
        assertTrue(figure.body().startsWith("<svg"));
        assertEquals(404, get("/figures/no-such-figure.svg").statusCode());
        assertEquals(404, get("/figures/linear-regression.md").statusCode());
    }

    @Test
    void everyScriptAndStyleThePageNamesIsServedByTheSiteItself() throws Exception {
        AssetVersions versions = AssetVersions.load();
        for (String path : List.of(versions.katexPath("katex.min.js"), versions.katexPath("katex.min.css"),
                versions.chartJsPath(), "/static/charts.js", "/static/contour-plot.js", "/static/images.js", "/static/plane-plot.js",
                "/static/requests.js", "/client/divelive.js", "/static/divelive.js", "/static/divelive.css",
                "/static/favicon.svg")) {
            assertEquals(200, get(path).statusCode(), path);
        }
        String page = get("/lessons/linear-regression").body();
        assertFalse(page.contains("https://"), "no CDN or other outside address in the page");
    }

    @Test
    void unknownPagesGetTheSitesNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/lessons/no-such-lesson");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"));
        assertEquals(404, get("/nothing/here").statusCode());
    }

    @Test
    void pathTraversalIsNotFoundAndNeverReadsOutsideTheSite() throws Exception {
        for (String path : List.of("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/lessons/..%2f..%2fetc%2fpasswd", "/lessons/..",
                "/client/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/webjars/../../etc/passwd",
                "/static/..%5c..%5c..%5cetc%5cpasswd", "//etc/passwd", "/static//etc/passwd",
                "/figures/..%2fen%2f01-linear-regression.md", "/figures/%2e%2e/pom.xml", "/figures/..")) {
            assertEquals("HTTP/1.1 404 Not Found", rawStatusLine(path), path);
        }
    }
}
