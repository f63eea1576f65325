package org.divelive.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.TestServer;
import org.divelive.server.testsupport.Api.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One run at a time and one waiting, on a server without an admin token. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RunQueueTest {
    @RegisterExtension
    static final TestServer SERVER = new TestServer(config -> config.withRuns(config.runs().withQueue(1, 1)));
    private static final Api api = SERVER.api();

    private static HttpResponse<String> cancel(JsonNode created) {
        return api.post("/api/runs/" + created.get("id").asLong() + "/cancel", "", "Authorization",
                "Bearer " + created.get("cancelToken").asText());
    }

    @Test
    void pastTheQueueANewRunIsRefusedWithRetryAfterAndAQueuedRunCanBeCancelledBeforeItStarts() {
        JsonNode running = api.create("{\"model\": \"mlp\", \"epochs\": 50}");
        api.awaitStatus(running.get("id").asLong(), "running");

        JsonNode waiting = api.create("{\"model\": \"linreg\"}");
        assertEquals(1, waiting.get("queuePosition").asInt());
        long waitingId = waiting.get("id").asLong();
        JsonNode shown = api.run(waitingId);
        assertEquals("queued", shown.get("status").asText());
        assertEquals(1, shown.get("queuePosition").asInt());

        HttpResponse<String> refused = api.post("/api/runs", "{\"model\": \"linreg\"}");
        assertEquals(429, refused.statusCode());
        assertEquals("30", refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(Api.json(refused).get("error").asText().startsWith("the server is busy: 1 runs are waiting"));

        HttpResponse<String> cancelled = cancel(waiting);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("cancelled before it started", Api.json(cancelled).get("message").asText());
        List<Event> story = api.events(waitingId).untilEnd();
        assertEquals(List.of("end"), story.stream().map(Event::name).toList(), "it never started");

        assertEquals(200, cancel(running).statusCode());
        long next = api.create("{\"model\": \"linreg\"}").get("id").asLong();
        assertEquals("finished", api.awaitStatus(next, "finished").get("status").asText());
    }

    @Test
    void withoutAnAdminTokenDeletingIsOffAndOnlyTheCreatorsTokenCancels() {
        JsonNode created = api.create("{\"model\": \"linreg\", \"epochs\": 1}");
        long id = created.get("id").asLong();
        HttpResponse<String> wrong = api.post("/api/runs/" + id + "/cancel", "", "Authorization", "Bearer guess");
        assertTrue(wrong.statusCode() == 401 || wrong.statusCode() == 409, wrong.body());
        api.awaitStatus(id, "finished");

        HttpResponse<String> delete = api.delete("/api/runs/" + id, "Authorization", "Bearer anything");
        assertEquals(403, delete.statusCode());
        assertEquals("admin endpoints are off: start the server with --admin-token (or DIVELIVE_ADMIN_TOKEN) to allow "
                + "deleting runs", Api.json(delete).get("error").asText());
        assertEquals(200, api.get("/api/runs/" + id).statusCode());
    }
}
