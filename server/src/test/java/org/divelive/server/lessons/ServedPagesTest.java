package org.divelive.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.pages.AssetNames;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages composed once and kept until the content folder changes, with ETags; our files under fingerprinted names. */
class ServedPagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** How long a test waits for the operating system to report an edit: far longer than it ever takes. */
    private static final long PATIENCE_MILLIS = 20_000;

    @TempDir
    Path dir;
    private Path content;
    private Javalin app;

    @BeforeEach
    void start() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("en/01-first.md"), "---\ntitle: First\norder: 1\n---\n\nOne.\n");
        app = App.create(TestConfigs.server(dir).withContentDir(content)).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Loads the page again and again until it shows what is wanted: the watch reports an edit a moment later. */
    private HttpResponse<String> awaitPage(String path, Predicate<String> wanted) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            HttpResponse<String> response = get(path);
            if (wanted.test(response.body())) {
                return response;
            }
            if (System.currentTimeMillis() > deadline) {
                fail(path + " never showed the edit; it still shows " + response.body());
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aPageHasAnEtagAndABrowserThatHasItGets304() throws Exception {
        HttpResponse<String> page = get("/lessons/first");
        assertEquals(200, page.statusCode());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""), "asks again on each load");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/lessons/first", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                + "/lessons/first")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(etag, gzipped.headers().firstValue("ETag").orElse(""));
        assertEquals(404, get("/lessons/no-such-lesson").statusCode());
    }

    @Test
    void anInstructorsEditShowsOnTheNextLoads() throws Exception {
        HttpResponse<String> before = get("/lessons/first");
        assertTrue(before.body().contains("<h1>First</h1>"));
        String etag = before.headers().firstValue("ETag").orElseThrow();

        // same size, same second: only the watch can tell this edit from the file the catalog has rendered
        Path file = content.resolve("en/01-first.md");
        var modified = Files.getLastModifiedTime(file);
        Files.writeString(file, "---\ntitle: Fired\norder: 1\n---\n\nOne.\n");
        Files.setLastModifiedTime(file, modified);
        HttpResponse<String> after = awaitPage("/lessons/first", body -> body.contains("<h1>Fired</h1>"));
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, get("/lessons/first", "If-None-Match", etag).statusCode(), "the old version is not 304");

        // a new lesson joins the index, and a folder made later (the Chinese lessons) is watched from then on
        Files.writeString(content.resolve("en/02-second.md"), "---\ntitle: Second\norder: 2\n---\n\nTwo.\n");
        awaitPage("/", body -> body.contains("Second"));
        Files.createDirectories(content.resolve("zh"));
        awaitPage("/zh/", body -> body.contains("lesson-list"));
        Files.writeString(content.resolve("zh/01-first.md"), "---\ntitle: 第一\norder: 1\n---\n\n一。\n");
        awaitPage("/zh/lessons/first", body -> body.contains("<h1>第一</h1>"));
        Files.writeString(content.resolve("zh/01-first.md"), "---\ntitle: 第二\norder: 1\n---\n\n一。\n");
        awaitPage("/zh/lessons/first", body -> body.contains("<h1>第二</h1>"));
    }

    @Test
    void aBrokenEditShowsItsProblemAndTheFixShowsTheLesson() throws Exception {
        Files.writeString(content.resolve("en/01-first.md"), "---\norder: 1\n---\n\nNo title.\n");
        HttpResponse<String> broken = awaitPage("/lessons/first", body -> body.contains("en/01-first.md, line 1"));
        assertEquals(500, broken.statusCode());
        Files.writeString(content.resolve("en/01-first.md"), "---\ntitle: Mended\norder: 1\n---\n\nOne.\n");
        assertEquals(200, awaitPage("/lessons/first", body -> body.contains("<h1>Mended</h1>")).statusCode());
    }

    @Test
    void ourFilesAreLinkedByFingerprintedNamesThatBrowsersMayKeepForGood() throws Exception {
        String page = get("/lessons/first").body();
        Matcher styles = Pattern.compile("href=\"(/static/divelive\\.([0-9a-f]{12})\\.css)\"").matcher(page);
        assertTrue(styles.find(), page);
        HttpResponse<String> css = get(styles.group(1));
        assertEquals(200, css.statusCode());
        assertEquals(AssetNames.IMMUTABLE, css.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(new String(AssetNames.bytes("/static/divelive.css"), StandardCharsets.UTF_8), css.body());

        // the bundle is named among the widgets' scripts, which the page loads when a widget comes near the window
        Matcher script = Pattern.compile("data-widget-scripts=\"[^\"]*(/client/divelive\\.[0-9a-f]{12}\\.js)")
                .matcher(page);
        assertTrue(script.find(), page);
        assertEquals(200, get(script.group(1)).statusCode());

        String stale = styles.group(2).equals("000000000000") ? "111111111111" : "000000000000";
        assertEquals(404, get("/static/divelive." + stale + ".css").statusCode(), "an old name is not this file");
        assertEquals(404, get("/static/nothing." + stale + ".css").statusCode());
        HttpResponse<String> plain = get("/static/divelive.css");
        assertEquals(200, plain.statusCode(), "the plain name keeps answering, for scripts that load by it");
        assertNotEquals(AssetNames.IMMUTABLE, plain.headers().firstValue("Cache-Control").orElse(""));
    }
}
