package org.divelive.server.classes.api;

import static org.divelive.server.runs.api.ApiRequests.body;
import static org.divelive.server.runs.api.ApiRequests.unauthorized;
import static org.divelive.server.runs.api.ApiResponses.RETRY_AFTER_SECONDS;
import static org.divelive.server.runs.api.ApiResponses.api;
import static org.divelive.server.runs.api.ApiResponses.respond;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import org.divelive.server.classes.ClassEvents;
import org.divelive.server.classes.Learner;
import org.divelive.server.classes.SchoolClass;
import org.divelive.server.classes.Secrets;
import org.divelive.server.classes.store.ClassStore;
import org.divelive.server.http.RequestClient;
import org.divelive.server.limits.FailureThrottle;
import org.divelive.server.pages.Labels;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.Tokens;
import org.divelive.server.runs.api.ApiError;
import org.divelive.server.runs.api.ApiRequests;

/**
 * Classes and learners under {@code /api/classes}, {@code /api/join} and {@code /api/learner}: the instructor
 * (admin token) creates, renames, closes and deletes classes and reads their progress; a learner joins with a display
 * name, recovers on another device with the recovery code, and records done marks and exercise attempts.
 */
public final class ClassRoutes {
    static final int MAX_NAME_LENGTH = 60;
    static final int MAX_CLASS_NAME_LENGTH = 100;
    /** Each open dashboard stream holds a thread. */
    static final int MAX_DASHBOARD_STREAMS = 16;
    static final long KEEP_ALIVE_SECONDS = 15;
    static final long STREAM_STOP_WAIT_SECONDS = 5;
    /** Devices a learner may be signed in on at once: a classroom computer, a laptop, a phone, and some spare. */
    public static final int MAX_DEVICES = 5;
    public static final int WRONG_RECOVERIES_PER_MINUTE = 10;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern EXERCISE = Pattern.compile("[a-z0-9-]{1,100}");

    private final ClassStore store;
    private final Access access;
    private final ClassEvents events;
    private final ProgressReport report;
    private final Semaphore streams = new Semaphore(MAX_DASHBOARD_STREAMS);
    private final FailureThrottle wrongRecoveries = new FailureThrottle(WRONG_RECOVERIES_PER_MINUTE,
            Duration.ofMinutes(1));

    public ClassRoutes(ClassStore store, Access access, ClassEvents events, ProgressReport report) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.report = report;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/classes", api(this::create));
        routes.get("/api/classes", api(this::list));
        routes.patch("/api/classes/{id}", api(this::change));
        routes.delete("/api/classes/{id}", api(this::delete));
        routes.get("/api/classes/{id}/progress", api(this::progress));
        routes.get("/api/classes/{id}/progress.csv", api(this::progressCsv));
        routes.get("/api/classes/{id}/events", api(this::events));
        routes.get("/api/join/{code}", api(this::joinInfo));
        routes.post("/api/classes/{code}/learners", api(this::join));
        routes.post("/api/classes/{code}/recover", api(this::recover));
        routes.get("/api/learner", api(this::me));
        routes.put("/api/learner/lessons/{slug}", api(this::mark));
        routes.post("/api/learner/attempts", api(this::attempt));
    }

    private void create(Context ctx) throws IOException {
        access.requireAdmin(ctx, "creating a class");
        String name = text(body(ctx), "name", MAX_CLASS_NAME_LENGTH, true);
        SchoolClass created = null;
        for (int attempt = 0; created == null; attempt++) {
            String code = Secrets.joinCode();
            if (store.findClassByCode(code).isEmpty()) {
                created = store.createClass(name, code, Instant.now());
            } else if (attempt > 10) {
                throw new IllegalStateException("no free join code after 10 tries");
            }
        }
        ctx.header("Location", "/api/classes/" + created.id());
        respond(ctx, 201, ClassJson.schoolClass(created));
    }

    private void list(Context ctx) {
        access.requireAdmin(ctx, "listing classes");
        Map<Long, Integer> counts = store.learnerCounts();
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        ArrayNode list = json.putArray("classes");
        for (SchoolClass schoolClass : store.classes()) {
            list.add(ClassJson.schoolClass(schoolClass).put("learners", counts.getOrDefault(schoolClass.id(), 0)));
        }
        respond(ctx, 200, json);
    }

    private void change(Context ctx) throws IOException {
        access.requireAdmin(ctx, "changing a class");
        SchoolClass schoolClass = schoolClass(ctx);
        ObjectNode body = body(ctx);
        String name = body.has("name") ? text(body, "name", MAX_CLASS_NAME_LENGTH, true) : null;
        Boolean closed = null;
        if (body.has("closed")) {
            if (!body.get("closed").isBoolean()) {
                throw new ApiError(400, "closed must be true or false", Map.of("closed", "closed must be true or "
                        + "false, was " + body.get("closed")));
            }
            closed = body.get("closed").asBoolean();
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!field.equals("name") && !field.equals("closed")) {
                throw new ApiError(400, "unknown field " + field + "; a class change takes name and closed",
                        Map.of(field, "unknown field " + field));
            }
        });
        store.updateClass(schoolClass.id(), name, closed);
        respond(ctx, 200, ClassJson.schoolClass(store.findClass(schoolClass.id()).orElseThrow()));
    }

    private void delete(Context ctx) {
        access.requireAdmin(ctx, "deleting a class");
        store.deleteClass(schoolClass(ctx).id());
        ctx.status(204);
    }

    /** The class's progress and the change number it reflects (read first: later changes count past it). */
    private void progress(Context ctx) {
        access.requireAdmin(ctx, "reading a class's progress");
        SchoolClass schoolClass = schoolClass(ctx);
        long changes = events.current(schoolClass.id());
        respond(ctx, 200, report.json(schoolClass).put("changes", changes));
    }

    /** The progress as a spreadsheet, in English or, with {@code ?lang=zh}, in Chinese (the dashboard's language). */
    private void progressCsv(Context ctx) {
        access.requireAdmin(ctx, "downloading a class's progress");
        String lang = ctx.queryParam("lang");
        if (lang != null && !lang.equals("en") && !lang.equals("zh")) {
            throw new ApiError(400, "lang must be en or zh, was " + lang, Map.of("lang", "lang must be en or zh"));
        }
        SchoolClass schoolClass = schoolClass(ctx);
        ctx.status(200);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"divelive-class-" + schoolClass.id()
                + "-progress.csv\"");
        ctx.result(report.csv(schoolClass, Labels.of(lang == null ? "en" : lang)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A {@code change} event whenever something in the class changes, on any node, its id the class's change number;
     * the dashboard then reads the progress again. Sent with {@code Accept: text/event-stream} and the admin token
     * (the page reads it with fetch, since an EventSource cannot send headers), and {@code Last-Event-ID}: the change
     * number the dashboard's progress reflects (its {@code changes}), so a change between that read and this stream
     * is told at once. Without it the stream starts from now.
     */
    private void events(Context ctx) throws Exception {
        access.requireAdmin(ctx, "following a class");
        SchoolClass schoolClass = schoolClass(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiError(406, "this is a Server-Sent Events stream: send Accept: text/event-stream");
        }
        if (!streams.tryAcquire()) {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            throw new ApiError(503, MAX_DASHBOARD_STREAMS + " dashboards are open, the most this server keeps; "
                    + "close one or poll GET /api/classes/" + schoolClass.id() + "/progress");
        }
        ClassEvents.Listener listener;
        try {
            listener = events.listen(schoolClass.id(), seen(ctx, schoolClass.id()));
        } catch (RuntimeException e) {
            streams.release();
            throw e;
        }
        new SseHandler(client -> stream(client, listener)).handle(ctx);
    }

    /** The change number the dashboard has seen: its Last-Event-ID, else the class's number now. */
    private long seen(Context ctx, long classId) {
        String lastEventId = ctx.header("Last-Event-ID");
        if (lastEventId != null && lastEventId.matches("[0-9]{1,18}")) {
            return Long.parseLong(lastEventId);
        }
        return events.current(classId);
    }

    private void stream(SseClient client, ClassEvents.Listener listener) {
        try {
            client.sendEvent("ready", "{\"changes\":" + listener.seen() + "}", null);
            while (!client.terminated()) {
                String kind = listener.next(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (ClassEvents.CLOSED.equals(kind) || client.terminated()) {
                    // the dashboard may have gone while this waited: writing to it would only log a warning
                    return;
                } else if (kind == null) {
                    client.sendComment("keep-alive");
                } else {
                    client.sendEvent("change", "{\"kind\":\"" + kind + "\"}", Long.toString(listener.seen()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            events.stop(listener);
            streams.release();
        }
    }

    /** Ends the open dashboard streams and waits (briefly) until their threads have let go of their requests. */
    public void close() throws InterruptedException {
        events.close();
        if (streams.tryAcquire(MAX_DASHBOARD_STREAMS, STREAM_STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            streams.release(MAX_DASHBOARD_STREAMS);
        }
    }

    private void joinInfo(Context ctx) {
        SchoolClass schoolClass = byCode(ctx);
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.put("name", schoolClass.name());
        json.put("closed", schoolClass.closed());
        respond(ctx, 200, json);
    }

    private void join(Context ctx) throws IOException {
        SchoolClass schoolClass = byCode(ctx);
        String name = text(body(ctx), "name", MAX_NAME_LENGTH, false);
        if (schoolClass.closed()) {
            throw new ApiError(409, "the class " + schoolClass.name() + " is closed: it takes no new learners");
        }
        Learner learner = store.addLearner(schoolClass.id(), name, Instant.now()).orElseThrow(() -> new ApiError(409,
                "someone in this class already uses the name " + name + ": choose another, or, if it is you, "
                        + "continue with your recovery code", Map.of("name", "the name " + name + " is taken in "
                        + "this class")));
        String token = Secrets.learnerToken(learner.id());
        String recovery = Secrets.recoveryCode();
        store.setSecrets(learner.id(), Tokens.digest(token), Tokens.digest(Secrets.normalise(recovery)),
                Instant.now());
        events.changed(schoolClass.id(), "joined");
        ObjectNode json = credentials(schoolClass, learner, token);
        json.put("recoveryCode", recovery);
        ctx.header("Location", "/api/learner");
        respond(ctx, 201, json);
    }

    /**
     * A learner token for one more device of the learner who gives their name and recovery code. Their other devices
     * stay signed in (up to {@link #MAX_DEVICES}; past that the oldest is signed out, and the answer's
     * {@code signedOut} says how many were): a learner who continues at home should find the classroom computer
     * still theirs next morning, and whoever has the recovery code can sign in anyway, so signing the others out
     * would protect nothing. A client that sent {@link #WRONG_RECOVERIES_PER_MINUTE} wrong codes within a minute
     * waits (429), so codes cannot be guessed by trying.
     */
    private void recover(Context ctx) throws IOException {
        String client = RequestClient.of(ctx);
        ApiRequests.refuseIfThrottled(ctx, wrongRecoveries, "recovery codes");
        SchoolClass schoolClass = byCode(ctx);
        ObjectNode body = body(ctx);
        String name = text(body, "name", MAX_NAME_LENGTH, false);
        String code = Secrets.normalise(text(body, "recoveryCode", 40, false));
        Optional<Learner> learner = store.findLearnerByName(schoolClass.id(), name);
        // compared even for an unknown name, so the answer's time does not tell which names exist
        byte[] stored = learner.flatMap(l -> store.recoveryDigest(l.id())).orElse(new byte[32]);
        if (!Tokens.matches(code, stored) || learner.isEmpty()) {
            wrongRecoveries.failed(client);
            throw unauthorized(ctx, "this name and recovery code do not match a learner of this class");
        }
        String token = Secrets.learnerToken(learner.get().id());
        int signedOut = store.addToken(learner.get().id(), Tokens.digest(token), Instant.now(), MAX_DEVICES);
        respond(ctx, 200, credentials(schoolClass, learner.get(), token).put("signedOut", signedOut)
                .put("mostDevices", MAX_DEVICES));
    }

    private ObjectNode credentials(SchoolClass schoolClass, Learner learner, String token) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.put("learnerToken", token);
        json.set("learner", ClassJson.learner(learner));
        ObjectNode classJson = json.putObject("class");
        classJson.put("id", schoolClass.id());
        classJson.put("name", schoolClass.name());
        classJson.put("joinCode", schoolClass.joinCode());
        return json;
    }

    /** The learner's own record: who they are, their class, done marks and attempts (for the page to sync). */
    private void me(Context ctx) {
        Learner learner = access.requireLearner(ctx, "reading your progress");
        SchoolClass schoolClass = store.findClass(learner.classId()).orElseThrow();
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.set("learner", ClassJson.learner(learner));
        ObjectNode classJson = json.putObject("class");
        classJson.put("id", schoolClass.id());
        classJson.put("name", schoolClass.name());
        classJson.put("closed", schoolClass.closed());
        ObjectNode marks = json.putObject("done");
        store.marks(learner.id()).forEach(marks::put);
        ArrayNode attempts = json.putArray("attempts");
        store.attempts(learner.id()).values().forEach(attempt -> attempts.addObject().put("lesson", attempt.slug())
                .put("exercise", attempt.exercise()).put("tries", attempt.tries()).put("solved", attempt.solved()));
        respond(ctx, 200, json);
    }

    private void mark(Context ctx) throws IOException {
        Learner learner = access.requireLearner(ctx, "marking a lesson");
        String slug = ctx.pathParam("slug");
        if (!SLUG.matcher(slug).matches() || slug.length() > 100) {
            throw new ApiError(404, "there is no lesson " + slug);
        }
        JsonNode done = body(ctx).get("done");
        if (done == null || !done.isBoolean()) {
            throw new ApiError(400, "send {\"done\": true} or {\"done\": false}", Map.of("done", "done must be true "
                    + "or false"));
        }
        store.mark(learner.id(), slug, done.asBoolean(), Instant.now());
        events.changed(learner.classId(), "progress");
        respond(ctx, 200, RunJson.MAPPER.createObjectNode().put("lesson", slug).put("done", done.asBoolean()));
    }

    private void attempt(Context ctx) throws IOException {
        Learner learner = access.requireLearner(ctx, "recording an answer");
        ObjectNode body = body(ctx);
        String slug = text(body, "lesson", 100, false);
        String exercise = text(body, "exercise", 100, false);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (!SLUG.matcher(slug).matches()) {
            errors.put("lesson", "lesson must be a lesson's slug, e.g. softmax-regression, was " + slug);
        }
        if (!EXERCISE.matcher(exercise).matches()) {
            errors.put("exercise", "exercise must be the exercise's id, e.g. exercise-12, was " + exercise);
        }
        JsonNode right = body.get("right");
        if (right == null || !right.isBoolean()) {
            errors.put("right", "right must be true or false");
        }
        if (!errors.isEmpty()) {
            throw new ApiError(400, "invalid attempt: " + String.join("; ", errors.values()), errors);
        }
        ClassStore.Attempt attempt = store.attempt(learner.id(), slug, exercise, right.asBoolean(), Instant.now());
        events.changed(learner.classId(), "progress");
        respond(ctx, 200, RunJson.MAPPER.createObjectNode().put("lesson", slug).put("exercise", exercise)
                .put("tries", attempt.tries()).put("solved", attempt.solved()));
    }

    private SchoolClass schoolClass(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return store.findClass(Long.parseLong(text)).orElseThrow(() -> noSuchClass(text));
        } catch (NumberFormatException e) {
            throw noSuchClass(text);
        }
    }

    private SchoolClass byCode(Context ctx) {
        String code = Secrets.normalise(ctx.pathParam("code"));
        return store.findClassByCode(code).orElseThrow(() -> new ApiError(404, "no class has the join code "
                + ctx.pathParam("code") + "; check the link your instructor gave you"));
    }

    private static ApiError noSuchClass(String id) {
        return new ApiError(404, "there is no class " + id + "; GET /api/classes lists them");
    }

    /** A required text field, trimmed, 1 to {@code max} characters, no control characters. */
    static String text(ObjectNode body, String field, int max, boolean isClassName) {
        JsonNode value = body.get(field);
        String what = isClassName ? "the class's name" : field;
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ApiError(400, field + " is required: " + what + " as text", Map.of(field, field
                    + " is required (text)"));
        }
        String text = value.asText().strip();
        if (text.length() > max) {
            throw new ApiError(400, field + " may have at most " + max + " characters, has " + text.length(),
                    Map.of(field, field + " may have at most " + max + " characters"));
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new ApiError(400, field + " may not contain control characters (line breaks, tabs)",
                    Map.of(field, field + " may not contain control characters"));
        }
        return text;
    }
}
