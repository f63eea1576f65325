package org.divelive.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's data packets: every count asked for is answered with one of a few kept packets, and one kept is sent at
 * once, even while another client's new size is being made.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DataPacketsTest {
    /** Time for the whole split's request to reach the making, far less than making takes (2 s here). */
    private static final long LEAD_MILLIS = 200;

    @TempDir
    Path dir;

    @Test
    void everyCountIsAnsweredWithTheSmallestPacketThatHoldsIt() throws Exception {
        Javalin app = App.create(TestConfigs.server(dir)).start(0);
        try {
            Api api = new Api(app.port());
            Set<String> etags = new HashSet<>();
            // a client walking through counts gets the same few packets, not one new packet per count
            for (int limit : new int[] {1, 10, 999, 1000, 1001, 1500, 2000, 2001, 9999, 10_000}) {
                HttpResponse<byte[]> answer = api.getBytes("/api/data/fashion-mnist/test?limit=" + limit);
                assertEquals(200, answer.statusCode(), "the real Fashion-MNIST is needed (see README)");
                int holds = limit <= 1000 ? 1000 : limit <= 2000 ? 2000 : 10_000;
                // an 8-byte header, then 784 pixels and a label per image
                assertEquals(8 + holds * 785L, answer.body().length, "limit " + limit);
                etags.add(answer.headers().firstValue("ETag").orElseThrow());
            }
            assertEquals(Set.of("\"fashion-mnist-test-1000\"", "\"fashion-mnist-test-2000\"",
                    "\"fashion-mnist-test-10000\""), etags);
            HttpResponse<String> tooMany = api.get("/api/data/fashion-mnist/test?limit=10001");
            assertEquals(400, tooMany.statusCode(), tooMany.body());
        } finally {
            app.stop();
        }
    }

    @Test
    void aKeptPacketIsSentWhileAnotherSizeIsBeingMade() throws Exception {
        Javalin app = App.create(TestConfigs.server(dir)).start(0);
        try {
            Api api = new Api(app.port());
            String kept = "/api/data/fashion-mnist/test?limit=10";
            assertEquals(200, api.getBytes(kept).statusCode(), "the real Fashion-MNIST is needed (see README)");
            // all 60,000 training images: 47 MB to lay out and gzip, seconds of a core
            long asked = System.nanoTime();
            CompletableFuture<Long> wholeMade = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                            + "/api/data/fashion-mnist/train")).build(), HttpResponse.BodyHandlers.ofInputStream())
                    .thenApply(answer -> {
                        // its headers go out once its packet is made
                        long made = System.nanoTime();
                        try (InputStream body = answer.body()) {
                            // an 8-byte header, then 784 pixels and a label per image
                            assertEquals(8 + 60_000L * 785, body.transferTo(OutputStream.nullOutputStream()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return made;
                    });
            Thread.sleep(LEAD_MILLIS);
            long sent = System.nanoTime();
            assertEquals(200, api.getBytes(kept).statusCode());
            long keptNanos = System.nanoTime() - sent;
            long makingNanos = wholeMade.get(2, TimeUnit.MINUTES) - asked;
            // waiting for the making would take all of it but the lead
            assertTrue(keptNanos < (makingNanos - LEAD_MILLIS * 1_000_000L) / 2, "the kept packet took "
                    + keptNanos / 1_000_000 + " ms, the new one " + makingNanos / 1_000_000 + " ms to be made: it "
                    + "waited for that");
        } finally {
            app.stop();
        }
    }
}
