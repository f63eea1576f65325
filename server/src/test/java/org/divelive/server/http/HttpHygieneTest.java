package org.divelive.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.divelive.server.limits.Limits;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every answer carries and how odd requests are answered, over real HTTP. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HttpHygieneTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final TestServer SERVER = new TestServer(config -> config.withLimits(Limits.defaults()
            .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(2))));
    private static final Api api = SERVER.api();

    private static URI uri(String path) {
        return URI.create("http://localhost:" + SERVER.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status line and headers of a request sent byte for byte, then the connection's end. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", SERVER.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheApiNoCachingAndNoCors() throws Exception {
        for (String path : List.of("/", "/lessons/linear-regression", "/static/divelive.css", "/client/divelive.js",
                "/api/runs", "/nothing/here", "/api/nothing")) {
            HttpResponse<String> response = api.get(path);
            var headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self' 'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'self'"),
                    path + ": " + csp);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
            // cross-origin isolated, so the training worker may share memory with its kernel helper
            assertEquals("same-origin", headers.firstValue("Cross-Origin-Opener-Policy").orElse(""), path);
            assertEquals("require-corp", headers.firstValue("Cross-Origin-Embedder-Policy").orElse(""), path);
            assertTrue(headers.allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")), path);
            assertTrue(headers.map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control")),
                    path + " sends no CORS header");
            if (path.startsWith("/api/")) {
                assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), path);
            }
        }
    }

    @Test
    void onlyTheTrainingWorkersScriptMayEvaluateStringsWhichTeaVmsWebAssemblyRuntimeNeeds() throws Exception {
        String worker = api.get("/static/training-worker.js").headers().firstValue("Content-Security-Policy")
                .orElse("");
        assertTrue(worker.contains("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'"), worker);
        for (String path : List.of("/", "/lessons/linear-regression", "/client/divelive.js")) {
            String csp = api.get(path).headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(!csp.contains("'unsafe-eval'"), path + ": " + csp);
        }
    }

    @Test
    void headAnswersLikeGetWithoutTheBodyAndOptionsSaysWhatIsAllowed() throws Exception {
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/lessons/linear-regression"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("", head.body());
        for (String missing : List.of("/nothing/here", "/lessons/no-such-lesson", "/api/runs/424242")) {
            assertEquals(404, send(HttpRequest.newBuilder(uri(missing))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode(), missing);
        }
        HttpResponse<String> options = send(HttpRequest.newBuilder(uri("/api/runs"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, options.statusCode());
        assertTrue(options.headers().firstValue("Allow").orElse("").contains("POST"));
        assertEquals("GET, HEAD, OPTIONS", send(HttpRequest.newBuilder(uri("/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())).headers().firstValue("Allow").orElse(""));
    }

    @Test
    void methodsTheSiteDoesNotUseAre405() throws Exception {
        assertEquals(405, send(HttpRequest.newBuilder(uri("/api/runs"))
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody())).statusCode());
        String brew = raw("BREW / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(brew.startsWith("HTTP/1.1 405"), brew);
        assertTrue(brew.contains("Allow: " + HttpHygiene.ALLOWED), brew);
    }

    @Test
    void aPostToTheApiMustBeJsonAndFromThisSite() throws Exception {
        HttpResponse<String> plain = send(HttpRequest.newBuilder(uri("/api/runs")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"linreg\"}")));
        assertEquals(415, plain.statusCode(), plain.body());
        assertTrue(Api.json(plain).get("error").asText().contains("Content-Type: application/json"));

        HttpResponse<String> foreign = api.post("/api/runs", "{\"model\": \"linreg\"}", "Origin",
                "https://evil.example");
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(Api.json(foreign).get("error").asText().contains("https://evil.example"));

        HttpResponse<String> own = api.post("/api/runs", "{\"model\": \"linreg\"}", "Origin",
                "http://localhost:" + SERVER.port());
        assertEquals(202, own.statusCode(), own.body());
    }

    @Test
    void aTrailingSlashRedirectsToTheOneAddressOfThePage() throws Exception {
        HttpResponse<String> slashed = api.get("/lessons/linear-regression/?x=1");
        assertEquals(301, slashed.statusCode());
        assertEquals("/lessons/linear-regression?x=1", slashed.headers().firstValue("Location").orElse(""));
        // a path of slashes before a host name must not redirect to that host ("//evil.example" is another site)
        String doubled = raw("GET //evil.example/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(doubled.contains("\r\nLocation: /evil.example\r\n"), doubled);
        assertEquals(200, api.get("/zh/").statusCode());
    }

    @Test
    void jsonPastJacksonsLimitsIsA400WithAMessage() {
        String deep = "{\"hidden\": " + "[".repeat(1001) + "]".repeat(1001) + "}";
        String longNumber = "{\"learningRate\": " + "1".repeat(16_000) + "}";
        for (String body : List.of(deep, longNumber)) {
            HttpResponse<String> response = api.post("/api/runs", body);
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(Api.json(response).get("error").asText().startsWith("the body is not JSON this server reads"),
                    response.body());
        }
    }

    @Test
    void theSearchIndexHasAnEtagAndIsSentGzippedAsPrecomputed() throws Exception {
        HttpResponse<String> first = api.get("/search-index.json");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, api.get("/search-index.json", "If-None-Match", etag).statusCode());
        HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(uri("/search-index.json"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzipped.body().length < first.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void anOversizeBodyIsAnswered413AndTheClientReadsIt() throws Exception {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(twoMegabytes, (byte) ' ');
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(twoMegabytes)));
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(Api.json(response).get("error").asText().contains("at most 16384 bytes"));
    }

    @Test
    void aBodyTricklingInIsCutOffAtTheBodyTimeoutWellBeforeTheIdleTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", SERVER.port())) {
            // the idle timeout is 60 s, a byte comes every 200 ms: only the 2 s body timeout can end this
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/runs HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            Thread trickle = new Thread(() -> {
                try {
                    for (int i = 0; i < 500; i++) {
                        Thread.sleep(200);
                        out.write(' ');
                        out.flush();
                    }
                } catch (IOException | InterruptedException e) {
                    // the server closed the connection: what we wait for
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            for (int b = in.read(); b >= 0; b = in.read()) {
                answer.append((char) b);
            }
            trickle.interrupt();
            assertTrue(answer.length() == 0 || answer.toString().startsWith("HTTP/1.1 408"), answer.toString());
        }
    }
}
