package org.divelive.server.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.divelive.math.io.ParameterFile;
import org.divelive.server.testsupport.Api.Event;
import org.divelive.server.testsupport.Api.EventStream;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every run endpoint and its errors over real HTTP, with the real Fashion-MNIST, on a server with an admin token. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RunApiTest {
    private static final String ADMIN = "the-admin-secret";
    private static final String LONG_RUN = "{\"model\": \"mlp\", \"epochs\": 50}";

    @RegisterExtension
    static final TestServer SERVER = new TestServer(config -> config.withRuns(config.runs().withAdminToken(ADMIN)));
    private static final Api api = SERVER.api();

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static List<Event> lasting(List<Event> events) {
        return events.stream().filter(e -> e.id() != null).toList();
    }

    @Test
    void aLinearRegressionRunIsQueuedTrainedAndKeptWithItsEpochsAndWeights() {
        HttpResponse<String> response = api.post("/api/runs", "{\"model\": \"linreg\"}");
        assertEquals(202, response.statusCode(), response.body());
        JsonNode created = Api.json(response);
        long id = created.get("id").asLong();
        assertEquals("/api/runs/" + id, response.headers().firstValue("Location").orElseThrow());
        assertEquals("queued", created.get("status").asText());
        assertTrue(created.get("queuePosition").asInt() >= 0);
        assertTrue(created.get("cancelToken").asText().length() >= 40);
        assertEquals(0.03, created.at("/config/learningRate").asDouble());

        JsonNode run = api.awaitStatus(id, "finished");
        assertEquals("trained 3 epochs, 300 steps", run.get("message").asText());
        assertEquals(3, run.get("epochs").size());
        JsonNode last = run.get("epochs").get(2);
        assertEquals(3, last.get("epoch").asInt());
        assertTrue(last.get("trainLoss").asDouble() < 1e-3, "the lesson's loss ≈ 5e-5, was " + last);
        assertTrue(last.get("trainAccuracy").isNull(), "a regression has no accuracy");
        assertTrue(last.get("testAccuracy").isNull(), "the lesson's experiment has no test set");
        assertTrue(last.get("seconds").asDouble() >= 0);
        assertTrue(last.get("samplesPerSecond").asDouble() > 0);
        for (String time : List.of("createdAt", "startedAt", "finishedAt")) {
            assertFalse(run.get(time).isNull(), time);
        }
        assertEquals("/api/runs/" + id + "/weights", run.get("weights").asText());

        HttpResponse<byte[]> weights = api.getBytes("/api/runs/" + id + "/weights");
        assertEquals(200, weights.statusCode());
        assertEquals("application/octet-stream", weights.headers().firstValue("Content-Type").orElseThrow());
        List<ParameterFile.Tensor> tensors = ParameterFile.read(weights.body());
        assertEquals(List.of("w", "b"), tensors.stream().map(ParameterFile.Tensor::name).toList());
        assertArrayEquals(new float[] {2f, -3.4f}, tensors.get(0).values(), 0.01f);
        assertEquals(4.2f, tensors.get(1).values()[0], 0.01f);
    }

    @Test
    void epochEventsArriveInOrderAndEverySubscriberGetsTheSameStoryWhenEverItArrives() {
        long id = api.create("{\"model\": \"softmax\", \"trainSubset\": 2000, \"epochs\": 3, \"batchSize\": 100}")
                .get("id").asLong();
        EventStream early = api.events(id);
        assertEquals(200, early.status());
        List<Event> seenEarly = new ArrayList<>();
        for (Event event = early.next(); !event.name().equals("epoch"); event = early.next()) {
            seenEarly.add(event);
        }
        seenEarly.add(new Event("2", "epoch", null));
        List<Event> midway = api.events(id).untilEnd();
        List<Event> rest = early.untilEnd();

        List<Event> story = lasting(rest);
        assertEquals(List.of("epoch", "epoch", "end"), story.stream().map(Event::name).toList());
        assertEquals(List.of("3", "4", "5"), story.stream().map(Event::id).toList());
        assertEquals(List.of(2, 3), story.subList(0, 2).stream().map(e -> e.json().get("epoch").asInt()).toList());
        JsonNode end = story.get(2).json();
        assertEquals("finished", end.get("status").asText());

        List<Event> late = api.events(id).untilEnd();
        assertEquals(List.of("started", "epoch", "epoch", "epoch", "end"), late.stream().map(Event::name).toList());
        assertEquals(List.of("1", "2", "3", "4", "5"), late.stream().map(Event::id).toList());
        assertEquals(late.subList(2, 5), story, "the stored story is the live one, event for event");
        assertEquals(lasting(midway), late, "a subscriber arriving mid-run misses nothing and gets nothing twice");
        assertEquals(1, late.get(1).json().get("epoch").asInt());
        assertEquals(2000, late.get(0).json().get("examples").asInt());
        assertTrue(late.get(3).json().get("testAccuracy").asDouble() > 0.6, late.get(3).data());

        assertEquals(List.of("4", "5"), api.events(id, "Last-Event-ID", "3").untilEnd().stream().map(Event::id)
                .toList(), "a reconnecting browser gets only what it missed");
        assertEquals(204, api.events(id, "Last-Event-ID", "5").status(), "nothing left: EventSource stops");
    }

    @Test
    void theEventStreamWantsAnEventStreamAcceptHeader() {
        HttpResponse<String> response = api.get("/api/runs/1/events");
        assertEquals(406, response.statusCode());
        assertTrue(Api.json(response).get("error").asText().contains("Accept: text/event-stream"));
    }

    @Test
    void aLongRunReportsProgressAndStopsWhenItsCreatorCancelsIt() {
        JsonNode created = api.create(LONG_RUN);
        long id = created.get("id").asLong();
        EventStream events = api.events(id);
        Event progress = events.next();
        while (!progress.name().equals("progress")) {
            progress = events.next();
        }
        JsonNode step = progress.json();
        assertNull(progress.id(), "progress is fleeting and not numbered");
        assertEquals(235 * 50, step.get("steps").asInt());
        assertTrue(step.get("step").asInt() >= 1 && step.get("fraction").asDouble() > 0);
        assertTrue(step.get("loss").asDouble() > 0);

        HttpResponse<String> noWeightsYet = api.get("/api/runs/" + id + "/weights");
        assertEquals(404, noWeightsYet.statusCode());
        assertTrue(noWeightsYet.body().contains("no weights yet"), noWeightsYet.body());

        HttpResponse<String> anonymous = api.post("/api/runs/" + id + "/cancel", "");
        assertEquals(401, anonymous.statusCode());
        assertEquals("Bearer", anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals(401, api.post("/api/runs/" + id + "/cancel", "", "Authorization", bearer("guess")).statusCode());

        HttpResponse<String> cancelled = api.post("/api/runs/" + id + "/cancel", "", "Authorization",
                bearer(created.get("cancelToken").asText()));
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        JsonNode run = Api.json(cancelled);
        assertEquals("cancelled", run.get("status").asText());
        assertTrue(run.get("message").asText().startsWith("stopped after "), run.toString());
        assertFalse(run.get("weights").isNull(), "a cancelled run keeps the weights it had");

        Event end = lasting(events.untilEnd()).stream().reduce((a, b) -> b).orElseThrow();
        assertEquals("cancelled", end.json().get("status").asText());
        HttpResponse<String> again = api.post("/api/runs/" + id + "/cancel", "", "Authorization", bearer(ADMIN));
        assertEquals(409, again.statusCode());
        assertEquals("run " + id + " has already ended: cancelled", Api.json(again).get("error").asText());
    }

    @Test
    void theAdminTokenCancelsAnyRunAndDeletesEndedOnes() {
        long id = api.create(LONG_RUN).get("id").asLong();
        api.awaitStatus(id, "running");
        String path = "/api/runs/" + id;
        assertEquals(409, api.delete(path, "Authorization", bearer(ADMIN)).statusCode(), "a running run is cancelled "
                + "before it is deleted");
        assertEquals(200, api.post(path + "/cancel", "", "Authorization", bearer(ADMIN)).statusCode());

        assertEquals(401, api.delete(path).statusCode());
        assertEquals(401, api.delete(path, "Authorization", bearer("not-it")).statusCode());
        assertEquals(204, api.delete(path, "Authorization", bearer(ADMIN)).statusCode());
        assertEquals(404, api.get(path).statusCode());
        assertEquals(404, api.delete(path, "Authorization", bearer(ADMIN)).statusCode());
    }

    @Test
    void badRequestsGetOneJsonMessagePerProblemAndNeverAStackTrace() {
        List<HttpResponse<String>> answers = new ArrayList<>();

        HttpResponse<String> invalid = api.post("/api/runs", "{\"model\": \"mlp\", \"lr\": -1, \"epochs\": 51, "
                + "\"hidden\": [5000], \"colour\": \"red\"}");
        answers.add(invalid);
        assertEquals(400, invalid.statusCode());
        JsonNode errors = Api.json(invalid).get("errors");
        assertEquals("learningRate must be a finite number > 0, was -1", errors.get("lr").asText());
        assertEquals("epochs must be at most 50 on this server, was 51", errors.get("epochs").asText());
        assertEquals("hidden[0] must be an integer from 1 to 4096, was 5000", errors.get("hidden").asText());
        assertTrue(errors.get("colour").asText().startsWith("unknown field colour"));

        for (String body : List.of("{\"model\": ", "[1, 2]", "", "{\"model\": \"mlp\"} {}",
                "{\"model\": \"mlp\", \"model\": \"softmax\"}")) {
            HttpResponse<String> response = api.post("/api/runs", body);
            answers.add(response);
            assertEquals(400, response.statusCode(), body);
            assertTrue(Api.json(response).get("error").asText().contains("JSON object"), response.body());
        }

        HttpResponse<String> huge = api.post("/api/runs", "{\"model\": \"mlp\", \"pad\": \"" + "x".repeat(17_000)
                + "\"}");
        answers.add(huge);
        assertEquals(413, huge.statusCode());
        assertTrue(Api.json(huge).get("error").asText().contains("at most 16384 bytes"));

        HttpResponse<String> badPage = api.get("/api/runs?page=0&size=1000");
        answers.add(badPage);
        assertEquals(400, badPage.statusCode());
        assertEquals("size must be an integer from 1 to 100, was 1000", Api.json(badPage).at("/errors/size").asText());
        assertEquals("page must be an integer from 1 to 21474836, was 0", Api.json(badPage).at("/errors/page").asText());

        for (String path : List.of("/api/runs/999999", "/api/runs/abc", "/api/runs/0", "/api/runs/999999/weights")) {
            HttpResponse<String> response = api.get(path);
            answers.add(response);
            assertEquals(404, response.statusCode(), path);
            assertTrue(Api.json(response).get("error").asText().startsWith("there is no run "), response.body());
        }
        for (HttpResponse<String> response : List.of(api.get("/api/nothing"),
                api.post("/api/runs/1/restart", ""), api.delete("/api/runs"))) {
            answers.add(response);
            assertEquals(404, response.statusCode());
            String error = Api.json(response).get("error").asText();
            // the API's parts named from its routes, not just the run API's
            assertTrue(error.startsWith("no API endpoint answers ") && error.contains("/api/data")
                    && error.contains("/api/runs"), error);
        }
        assertEquals(404, api.events(999_999).status());
        answers.add(api.post("/api/runs/999999/cancel", "", "Authorization", bearer(ADMIN)));
        answers.add(api.delete("/api/runs/999999", "Authorization", bearer(ADMIN)));
        for (HttpResponse<String> answer : answers) {
            assertEquals("application/json", answer.headers().firstValue("Content-Type").orElseThrow());
            assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), answer.body());
            assertNotNull(Api.json(answer).get("error"), answer.body());
        }
    }

    @Test
    void runsAreListedNewestFirstPageByPage() {
        List<Long> ids = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            ids.add(api.create("{\"model\": \"linreg\", \"seed\": " + seed + "}").get("id").asLong());
        }
        ids.forEach(id -> api.awaitStatus(id, "finished"));
        JsonNode first = Api.json(api.get("/api/runs?size=2"));
        assertEquals(2, first.get("runs").size());
        assertEquals(1, first.get("page").asInt());
        assertEquals(2, first.get("size").asInt());
        int total = first.get("total").asInt();
        assertTrue(total >= 3);
        assertEquals((total + 1) / 2, first.get("pages").asInt());
        assertEquals(ids.get(2), first.at("/runs/0/id").asLong(), "newest first");
        assertEquals(ids.get(1), first.at("/runs/1/id").asLong());
        assertEquals(3, first.at("/runs/0/lastEpoch/epoch").asInt());
        assertEquals(3, first.at("/runs/0/epochsDone").asInt());
        assertEquals(3, first.at("/runs/0/config/seed").asInt());
        JsonNode second = Api.json(api.get("/api/runs?size=2&page=2"));
        assertEquals(ids.get(0), second.at("/runs/0/id").asLong());
    }
}
