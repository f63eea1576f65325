package org.divelive.server.runs.api;

import static org.divelive.server.runs.api.ApiRequests.bearerToken;
import static org.divelive.server.runs.api.ApiRequests.body;
import static org.divelive.server.runs.api.ApiRequests.id;
import static org.divelive.server.runs.api.ApiRequests.lastEventId;
import static org.divelive.server.runs.api.ApiRequests.queryInt;
import static org.divelive.server.runs.api.ApiRequests.unauthorized;
import static org.divelive.server.runs.api.ApiResponses.RETRY_AFTER_SECONDS;
import static org.divelive.server.runs.api.ApiResponses.api;
import static org.divelive.server.runs.api.ApiResponses.respond;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import org.divelive.math.setup.Setup;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunSpecParser;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.StoredRun;
import org.divelive.server.runs.Tokens;
import org.divelive.server.runs.queue.RunEvent;
import org.divelive.server.runs.queue.RunManager;
import org.divelive.server.runs.queue.RunOwner;
import org.divelive.server.runs.queue.Submission;
import org.divelive.server.runs.queue.Subscription;
import org.divelive.server.runs.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training-run API under {@code /api/runs}: JSON in and out, every failure a JSON {@code {"error": …}} (with
 * {@code "errors": {field: message}} for bad fields), never a stack trace.
 *
 * <p>Who may stop what, without user accounts: creating a run returns a cancel token, once; the creator's page keeps
 * it and cancels with {@code Authorization: Bearer TOKEN}. The admin token from the configuration cancels any run and
 * is the only way to delete one; without a configured admin token, deleting is off (403).
 */
public final class RunRoutes {
    public static final String PREFIX = "/api/";
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    /** A cancelled run stops after its current step; the answer waits this long to report the final state. */
    static final Duration CANCEL_WAIT = Duration.ofSeconds(5);
    /** Each open event stream holds a thread; past this many, new ones are refused rather than piled up. */
    static final int MAX_EVENT_STREAMS = 64;
    /** A comment line this often keeps proxies from closing a quiet stream and notices departed subscribers. */
    static final long KEEP_ALIVE_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(RunRoutes.class);

    private final RunManager manager;
    private final RunStore store;
    private final RunSpecParser parser;
    private final byte[] adminTokenDigest;
    private final Semaphore eventStreams = new Semaphore(MAX_EVENT_STREAMS);
    private final RunOwnership ownership;

    RunRoutes(RunManager manager, RunStore store, RunSettings settings, RunOwnership ownership) {
        this.manager = manager;
        this.ownership = ownership;
        this.store = store;
        this.parser = new RunSpecParser(settings.ceilings());
        this.adminTokenDigest = settings.adminToken() != null ? Tokens.digest(settings.adminToken()) : null;
    }

    /** Whether a path belongs to the API, whose errors are JSON rather than the site's HTML pages. */
    public static boolean isApi(String path) {
        return path.startsWith(PREFIX);
    }

    /**
     * For the site's 404 handler, on an API path: a route's own JSON answer stays; Javalin's plain-text answer to an
     * address no route serves becomes a JSON error too.
     */
    public static void answerNotFound(Context ctx) {
        String answered = ctx.res().getContentType();
        if (answered == null || !answered.startsWith("application/json")) {
            ApiResponses.error(ctx, 404, "no API endpoint answers " + ctx.method() + " " + ctx.path()
                    + "; the run API is under /api/runs", Map.of());
        }
    }

    void register(RoutesConfig routes) {
        routes.post("/api/runs", api(this::create));
        routes.get("/api/runs", api(this::list));
        routes.get("/api/runs/{id}", api(this::show));
        routes.delete("/api/runs/{id}", api(this::delete));
        routes.get("/api/runs/{id}/events", api(this::events));
        routes.post("/api/runs/{id}/cancel", api(this::cancel));
        routes.get("/api/runs/{id}/weights", api(this::weights));
    }

    private void create(Context ctx) throws IOException {
        Setup spec = parser.parse(body(ctx));
        String header = ctx.header("Authorization");
        RunOwner owner = ownership.owner(header == null ? null : bearerToken(ctx, "a learner's run"));
        Submission submission = manager.submit(spec, owner);
        ownership.created(owner, submission.id());
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.put("id", submission.id());
        json.put("status", RunStatus.QUEUED.word());
        json.put("queuePosition", submission.queuePosition());
        json.put("cancelToken", submission.cancelToken());
        json.put("url", "/api/runs/" + submission.id());
        json.put("events", "/api/runs/" + submission.id() + "/events");
        json.set("config", RunJson.config(spec));
        ctx.header("Location", "/api/runs/" + submission.id());
        respond(ctx, 202, json);
    }

    private void list(Context ctx) {
        Map<String, String> errors = new LinkedHashMap<>();
        int size = queryInt(ctx, "size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, errors);
        int page = queryInt(ctx, "page", 1, Integer.MAX_VALUE / MAX_PAGE_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ApiError(400, "invalid query: " + String.join("; ", errors.values()), errors);
        }
        int total = store.count();
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        ArrayNode runs = json.putArray("runs");
        for (StoredRun run : store.page((page - 1) * size, size)) {
            runs.add(run(run, false));
        }
        json.put("page", page);
        json.put("size", size);
        json.put("total", total);
        json.put("pages", (total + size - 1) / size);
        respond(ctx, 200, json);
    }

    private void show(Context ctx) {
        respond(ctx, 200, run(stored(ctx), true));
    }

    private void delete(Context ctx) {
        requireAdmin(ctx, "deleting runs");
        long id = id(ctx);
        switch (manager.delete(id)) {
            case DELETED -> ctx.status(204);
            case NOT_FOUND -> throw ApiError.noSuchRun(Long.toString(id));
            case ACTIVE -> throw new ApiError(409, "run " + id + " is queued or running: cancel it first (POST /api/runs/"
                    + id + "/cancel), then delete it");
        }
    }

    private void cancel(Context ctx) throws InterruptedException {
        StoredRun run = stored(ctx);
        if (run.status().isFinal()) {
            throw new ApiError(409, "run " + run.id() + " has already ended: " + run.status().word());
        }
        String token = bearerToken(ctx, "cancelling run " + run.id() + " needs its cancelToken (from the answer that "
                + "created it) or the admin token");
        if (!manager.isCancelToken(run.id(), token) && !isAdminToken(token)) {
            // a run that ended a moment ago has forgotten its cancel token: say it ended, not that the token is wrong
            StoredRun now = store.find(run.id()).orElseThrow(() -> ApiError.noSuchRun(Long.toString(run.id())));
            if (now.status().isFinal()) {
                throw new ApiError(409, "run " + run.id() + " has already ended: " + now.status().word());
            }
            throw unauthorized(ctx, "this token is neither run " + run.id() + "'s cancelToken nor the admin token");
        }
        if (!manager.cancel(run.id(), CANCEL_WAIT)) {
            throw new ApiError(409, "run " + run.id() + " ended before it could be cancelled");
        }
        StoredRun now = store.find(run.id()).orElseThrow(() -> ApiError.noSuchRun(Long.toString(run.id())));
        respond(ctx, now.status().isFinal() ? 200 : 202, run(now, false));
    }

    private void weights(Context ctx) {
        StoredRun run = stored(ctx);
        byte[] weights = store.weights(run.id()).orElseThrow(() -> new ApiError(404, "run " + run.id() + " has no "
                + "weights" + (run.status().isFinal() ? " (it " + run.status().word() + ": " + run.message() + ")"
                : " yet: they are saved when it ends")));
        ctx.status(200);
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"divelive-run-" + run.id() + ".dlpf\"");
        ctx.result(weights);
    }

    /**
     * The run's events as Server-Sent Events: first those already sent (all, or those after a reconnecting
     * browser's Last-Event-ID), then the live ones, ending with one {@code end} event. A stream with nothing left
     * to send answers 204, which tells a browser's EventSource to stop reconnecting.
     */
    private void events(Context ctx) throws Exception {
        long id = id(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiError(406, "this is a Server-Sent Events stream: send Accept: text/event-stream (an "
                    + "EventSource does; with curl add -N -H 'Accept: text/event-stream')");
        }
        Subscription subscription = manager.subscribe(id, lastEventId(ctx))
                .orElseThrow(() -> ApiError.noSuchRun(Long.toString(id)));
        if (subscription.exhausted()) {
            ctx.status(204);
            return;
        }
        if (!eventStreams.tryAcquire()) {
            subscription.cancel();
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            throw new ApiError(503, MAX_EVENT_STREAMS + " event streams are open, the most this server keeps; "
                    + "try again later or poll GET /api/runs/" + id);
        }
        new SseHandler(client -> stream(client, subscription)).handle(ctx);
    }

    /** Sends the subscription's events until the end event, on the stream's own thread. */
    private void stream(SseClient client, Subscription subscription) {
        try {
            while (!client.terminated()) {
                RunEvent event = subscription.next(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (event == null) {
                    client.sendComment("keep-alive");
                } else {
                    client.sendEvent(event.name(), event.data(), event.lasting() ? Long.toString(event.id()) : null);
                    if (event.isEnd()) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("An event stream failed", e);
        } finally {
            subscription.cancel();
            eventStreams.release();
        }
    }

    private ObjectNode run(StoredRun run, boolean withEpochs) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.put("id", run.id());
        json.put("status", run.status().word());
        if (run.status() == RunStatus.QUEUED) {
            json.put("queuePosition", manager.queuePosition(run.id()));
        }
        json.put("message", run.message());
        json.set("config", RunJson.config(run.spec()));
        RunJson.instant(json, "createdAt", run.createdAt());
        RunJson.instant(json, "startedAt", run.startedAt());
        RunJson.instant(json, "finishedAt", run.finishedAt());
        Instant end = run.finishedAt() != null ? run.finishedAt() : Instant.now();
        RunJson.number(json, "seconds", run.startedAt() != null
                ? Duration.between(run.startedAt(), end).toMillis() / 1000.0 : Double.NaN);
        List<EpochMetrics> epochs = run.epochs();
        json.put("epochsDone", epochs.size());
        if (withEpochs) {
            ArrayNode list = json.putArray("epochs");
            epochs.forEach(epoch -> list.add(RunJson.epoch(epoch)));
        } else if (epochs.isEmpty()) {
            json.putNull("lastEpoch");
        } else {
            json.set("lastEpoch", RunJson.epoch(epochs.get(epochs.size() - 1)));
        }
        if (run.hasWeights()) {
            json.put("weights", "/api/runs/" + run.id() + "/weights");
        } else {
            json.putNull("weights");
        }
        return json;
    }

    private StoredRun stored(Context ctx) {
        long id = id(ctx);
        return store.find(id).orElseThrow(() -> ApiError.noSuchRun(Long.toString(id)));
    }

    private void requireAdmin(Context ctx, String what) {
        if (adminTokenDigest == null) {
            throw new ApiError(403, "admin endpoints are off: start the server with --admin-token (or "
                    + "DIVELIVE_ADMIN_TOKEN) to allow " + what);
        }
        if (!isAdminToken(bearerToken(ctx, what + " needs the admin token"))) {
            throw unauthorized(ctx, "this is not the admin token");
        }
    }

    private boolean isAdminToken(String token) {
        return Tokens.matches(token, adminTokenDigest);
    }
}
