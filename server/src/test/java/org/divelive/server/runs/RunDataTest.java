package org.divelive.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.ServerConfig;
import org.divelive.server.data.DataSettings;
import org.divelive.server.data.FashionMnistLocator;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.FileServer;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A server whose Fashion-MNIST is missing, on its way or broken keeps serving everything else. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RunDataTest {
    private static final String SMALL_SOFTMAX = "{\"model\": \"softmax\", \"trainSubset\": 1000, \"epochs\": 1}";

    @TempDir
    Path dir;

    private static HttpResponse<String> awaitAnswer(Api api, String body, Predicate<HttpResponse<String>> wanted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        HttpResponse<String> response = api.post("/api/runs", body);
        while (!wanted.test(response) && System.nanoTime() < deadline) {
            response = api.post("/api/runs", body);
        }
        return response;
    }

    private Javalin start(DataSettings data) {
        return App.create(TestConfigs.server(dir).withData(data)).start(0);
    }

    @Test
    void withoutTheDataAndOfflineFashionMnistRunsAre503WhileTheCourseAndLinregWork() {
        Javalin app = start(TestConfigs.nowhere(dir));
        try {
            Api api = new Api(app.port());
            HttpResponse<String> refused = awaitAnswer(api, SMALL_SOFTMAX,
                    r -> Api.json(r).get("error").asText().contains("cannot download"));
            assertEquals(503, refused.statusCode());
            assertEquals("30", refused.headers().firstValue("Retry-After").orElseThrow());
            String message = Api.json(refused).get("error").asText();
            assertTrue(message.contains("is this machine offline?") && message.contains("--data FOLDER"), message);

            assertEquals(202, api.post("/api/runs", "{\"model\": \"linreg\"}").statusCode());
            assertEquals(200, api.get("/").statusCode());
            assertEquals(200, api.get("/lessons/linear-regression").statusCode());
        } finally {
            app.stop();
        }
    }

    @Test
    void whileTheDataIsDownloadedRunsWaitAndOnceItIsVerifiedTheyTrain() {
        try (FileServer site = new FileServer(FashionMnistLocator.DEBIAN, Map.of(), false)) {
            Path cache = dir.resolve("cache");
            Javalin app = start(new DataSettings(null, dir.resolve("none"), cache, site.base()));
            try {
                Api api = new Api(app.port());
                HttpResponse<String> waiting = api.post("/api/runs", SMALL_SOFTMAX);
                assertEquals(503, waiting.statusCode());
                assertEquals("Fashion-MNIST is being downloaded into " + cache + "; softmax and mlp runs can start "
                        + "once it is there (the server log shows the progress)",
                        Api.json(waiting).get("error").asText());
                assertEquals(200, api.get("/").statusCode(), "the course is served meanwhile");

                site.open();
                HttpResponse<String> accepted = awaitAnswer(api, SMALL_SOFTMAX, r -> r.statusCode() == 202);
                assertEquals(202, accepted.statusCode(), accepted.body());
                JsonNode run = api.awaitStatus(Api.json(accepted).get("id").asLong(), "finished");
                assertEquals(1, run.get("epochs").size());
                assertTrue(Files.isRegularFile(cache.resolve("train-images-idx3-ubyte.gz")));
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void aTruncatedFileFailsTheRunNamingTheFileAndTurnsFashionMnistRunsOff() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        for (String file : FashionMnistLocator.FILES) {
            Files.copy(FashionMnistLocator.DEBIAN.resolve(file), folder.resolve(file));
        }
        Path broken = folder.resolve("t10k-images-idx3-ubyte.gz");
        byte[] real = Files.readAllBytes(broken);
        Files.write(broken, Arrays.copyOf(real, real.length - 1000));
        ServerConfig config = TestConfigs.server(dir);
        Javalin app = start(new DataSettings(folder, config.data().systemDir(), dir.resolve("cache"),
                TestConfigs.unreachable()));
        try {
            Api api = new Api(app.port());
            long id = Api.json(awaitAnswer(api, SMALL_SOFTMAX, r -> r.statusCode() == 202)).get("id").asLong();
            JsonNode failed = api.awaitStatus(id, "failed");
            String message = failed.get("message").asText();
            assertTrue(message.startsWith(broken + " is truncated"), message);

            HttpResponse<String> off = api.post("/api/runs", SMALL_SOFTMAX);
            assertEquals(503, off.statusCode());
            assertTrue(Api.json(off).get("error").asText().startsWith(broken + " is truncated"));
            assertEquals(200, api.get("/").statusCode());
        } finally {
            app.stop();
        }
    }
}
