package org.divelive.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A client that reads a large download slowly holds its permit; past the per-client cap it gets 429. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DownloadLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aStalledDownloadHoldsItsPermitAndTheClientsNextOneIsRefusedUntilItGoes() throws Exception {
        Javalin app = App.create(TestConfigs.server(dir).withLimits(Limits.defaults().withDownloads(4, 1)))
                .start(0);
        try {
            Api api = new Api(app.port());
            String full = "/api/data/fashion-mnist/train";
            try (Socket stalled = new Socket("127.0.0.1", app.port())) {
                OutputStream out = stalled.getOutputStream();
                out.write(("GET " + full + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = stalled.getInputStream();
                assertTrue(new String(in.readNBytes(15), StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200"));
                // the 47 MB answer is now being written to a client that reads no further
                HttpResponse<String> refused = api.get(full + "?limit=10");
                assertEquals(429, refused.statusCode(), refused.body());
                assertTrue(refused.headers().firstValue("Retry-After").isPresent());
                assertTrue(Api.json(refused).get("error").asText().contains("1 downloads running"), refused.body());
            }
            // closed: the server's write fails, the permit comes back
            int status = 0;
            for (int attempt = 0; attempt < 600 && status != 200; attempt++) {
                status = api.getBytes(full + "?limit=10").statusCode();
                if (status != 200) {
                    Thread.sleep(50);
                }
            }
            assertEquals(200, status);
        } finally {
            app.stop();
        }
    }
}
