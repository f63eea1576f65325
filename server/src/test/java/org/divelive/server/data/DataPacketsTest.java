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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The page's data packets: one kept is sent at once, even while another client's new size is being made. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DataPacketsTest {
    /** Time for the whole split's request to reach the making, far less than making takes (2 s here). */
    private static final long LEAD_MILLIS = 200;

    @TempDir
    Path dir;

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
