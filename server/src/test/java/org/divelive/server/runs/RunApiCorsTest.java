package org.divelive.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A static export on another host may call the API only when the server names that host's origin. */
class RunApiCorsTest {
    private static final String EXPORT = "https://teacher.example.org";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static HttpResponse<String> send(Javalin app, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.uri(URI.create("http://127.0.0.1:" + app.port() + "/api/runs"))
                .header("Origin", EXPORT).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theNamedOriginMayListAndCreateRunsAndOthersGetNoCorsHeaders() throws Exception {
        Javalin open = App.create(TestConfigs.server(dir.resolve("a")).withCorsOrigins(List.of(EXPORT))).start(0);
        Javalin closed = App.create(TestConfigs.server(dir.resolve("b"))).start(0);
        try {
            HttpResponse<String> listed = send(open, HttpRequest.newBuilder().GET());
            assertEquals(200, listed.statusCode());
            assertEquals(Optional.of(EXPORT), listed.headers().firstValue("Access-Control-Allow-Origin"));

            HttpResponse<String> preflight = send(open, HttpRequest.newBuilder()
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type"));
            assertEquals(Optional.of(EXPORT), preflight.headers().firstValue("Access-Control-Allow-Origin"));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")
                    .toLowerCase().contains("content-type"), preflight.headers().toString());

            HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port()
                    + "/api/runs")).header("Origin", "https://elsewhere.example.com").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(Optional.empty(), other.headers().firstValue("Access-Control-Allow-Origin"));

            HttpResponse<String> withoutOption = send(closed, HttpRequest.newBuilder().GET());
            assertEquals(200, withoutOption.statusCode());
            assertEquals(Optional.empty(), withoutOption.headers().firstValue("Access-Control-Allow-Origin"));
        } finally {
            open.stop();
            closed.stop();
        }
    }
}
