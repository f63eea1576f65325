package org.divelive.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.ServerConfig;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A run cannot take more time, work or disk than the server's limits allow; each refusal names the numbers. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RunLimitsTest {
    @TempDir
    Path dir;

    private Javalin start(Limits limits) {
        ServerConfig config = TestConfigs.server(dir);
        return App.create(config.withLimits(limits)).start(0);
    }

    @Test
    void aRunPastTheWorkBudgetIsRefusedNamingItsParametersExamplesAndEpochs() {
        Javalin app = start(Limits.defaults());
        try {
            Api api = new Api(app.port());
            HttpResponse<String> refused = api.post("/api/runs",
                    "{\"model\": \"mlp\", \"hidden\": [4096, 4096, 4096], \"epochs\": 50}");
            assertEquals(400, refused.statusCode(), refused.body());
            String message = Api.json(refused).get("error").asText();
            assertTrue(message.contains("36818954 parameters × 60000 training examples × 50 epochs")
                    && message.contains("--max-run-work"), message);

            HttpResponse<String> heavy = api.post("/api/runs",
                    "{\"model\": \"mlp\", \"hidden\": [4096, 4096, 4096], \"epochs\": 1, \"trainSubset\": 1}");
            assertEquals(400, heavy.statusCode(), heavy.body());
            String weights = Api.json(heavy).get("error").asText();
            assertTrue(weights.contains("147275816 bytes") && weights.contains("--max-run-weights"), weights);
        } finally {
            app.stop();
        }
    }

    @Test
    void aRunPastItsWallClockLimitEndsFailedSayingWhy() {
        Javalin app = start(Limits.defaults().withRunTime(Duration.ofSeconds(1)));
        try {
            Api api = new Api(app.port());
            long id = api.create("{\"model\": \"mlp\", \"epochs\": 50, \"batchSize\": 1}").get("id").asLong();
            JsonNode run = api.awaitRun(id, r -> r.path("status").asText().equals("failed"));
            String message = run.get("message").asText();
            assertTrue(message.contains("limit of 1 seconds per run (--max-run-seconds)"), message);
        } finally {
            app.stop();
        }
    }

    @Test
    void weightsPastTheStoredCapOrTheFreeSpaceAreNotKeptAndTheRunSaysSo() {
        Javalin app = start(Limits.defaults().withWeights(Limits.DEFAULT_MAX_RUN_WEIGHT_BYTES, 10, 0));
        try {
            Api api = new Api(app.port());
            long id = api.create("{\"model\": \"linreg\"}").get("id").asLong();
            JsonNode run = api.awaitStatus(id, "finished");
            String message = run.get("message").asText();
            assertTrue(message.contains("its weights are not kept") && message.contains("--max-stored-weights"),
                    message);
            assertTrue(run.get("weights").isNull());
            assertEquals(404, api.get("/api/runs/" + id + "/weights").statusCode());
        } finally {
            app.stop();
        }
        app = start(Limits.defaults().withWeights(Limits.DEFAULT_MAX_RUN_WEIGHT_BYTES,
                Limits.DEFAULT_MAX_STORED_WEIGHT_BYTES, Long.MAX_VALUE / 2));
        try {
            Api api = new Api(app.port());
            long id = api.create("{\"model\": \"linreg\"}").get("id").asLong();
            String message = api.awaitStatus(id, "finished").get("message").asText();
            assertTrue(message.contains("its weights are not kept") && message.contains("--min-free-disk"), message);
        } finally {
            app.stop();
        }
    }
}
