package org.divelive.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.limits.Limits;
import org.divelive.server.testsupport.Api.Event;
import org.divelive.server.testsupport.Api.EventStream;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Live event streams are capped per client; a finished run's story takes no live stream's place. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EventStreamLimitsTest {
    private static final int PER_CLIENT = 3;

    @TempDir
    Path dir;

    @Test
    void pastItsCapAClientIsRefusedWith429WhileFinishedRunsStillReplayAndTheHeldStreamsGoOn() {
        Javalin app = App.create(TestConfigs.server(dir).withLimits(Limits.defaults()
                .withEventStreams(Limits.DEFAULT_MAX_EVENT_STREAMS, PER_CLIENT))).start(0);
        try {
            Api api = new Api(app.port());
            long done = api.create("{\"model\": \"linreg\"}").get("id").asLong();
            api.awaitStatus(done, "finished");
            JsonNode live = api.create("{\"model\": \"mlp\", \"epochs\": 50}");
            long id = live.get("id").asLong();
            api.awaitStatus(id, "running");

            List<EventStream> held = new ArrayList<>();
            for (int i = 0; i < PER_CLIENT; i++) {
                EventStream stream = api.events(id);
                assertEquals(200, stream.status());
                assertEquals("started", stream.next().name());
                held.add(stream);
            }
            HttpResponse<String> refused = api.get("/api/runs/" + id + "/events", "Accept", "text/event-stream");
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertTrue(Api.json(refused).get("error").asText().contains("already watches 3 event streams"));

            List<Event> story = api.events(done).untilEnd();
            assertEquals(List.of("started", "epoch", "epoch", "epoch", "end"), story.stream().map(Event::name)
                    .toList(), "a finished run replays in full while the client holds all its live streams");

            HttpResponse<String> cancelled = api.post("/api/runs/" + id + "/cancel", "", "Authorization",
                    "Bearer " + live.get("cancelToken").asText());
            assertEquals(200, cancelled.statusCode(), cancelled.body());
            for (EventStream stream : held) {
                List<Event> rest = stream.untilEnd();
                Event end = rest.get(rest.size() - 1);
                assertEquals("end", end.name());
                assertEquals("cancelled", end.json().get("status").asText());
            }
            // the streams ended, so their places are free again
            int status = 0;
            for (int attempt = 0; attempt < 200 && status != 204; attempt++) {
                status = api.events(id, "Last-Event-ID", "1000000").status();
            }
            assertEquals(204, status);
        } finally {
            app.stop();
        }
    }
}
