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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.divelive.math.setup.Setup;
import org.divelive.server.http.QuietLog;
import org.divelive.server.http.RequestClient;
import org.divelive.server.limits.ClientPermits;
import org.divelive.server.limits.Downloads;
import org.divelive.server.limits.FailureThrottle;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.EpochMetrics;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.RunSpecParser;
import org.divelive.server.runs.RunStatus;
import org.divelive.server.runs.StoredRun;
import org.divelive.server.runs.Tokens;
import org.divelive.server.runs.WeightsRetention;
import org.divelive.server.runs.queue.RunEvent;
import org.divelive.server.runs.queue.RunManager;
import org.divelive.server.runs.queue.RunOwner;
import org.divelive.server.runs.queue.Submission;
import org.divelive.server.runs.queue.Subscription;
import org.divelive.server.runs.store.RunStore;
import org.divelive.server.runs.store.StoredWeights;
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
    public static final int WRONG_TOKENS_PER_MINUTE = 10;
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    /** A cancelled run stops after its current step; the answer waits this long to report the final state. */
    static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(RunRoutes.class);

    private final RunManager manager;
    private final RunStore store;
    private final RunSpecParser parser;
    private final byte[] adminTokenDigest;
    private final ClientPermits downloads;
    private final Duration bodyTimeout;
    private final EventStreams streams;
    /** Whose a new run is; class mode sets it when it registers the routes. */
    private RunOwnership ownership = RunOwnership.ANYONE;
    /** Wrong tokens a client may send per minute before it must wait. */
    private final FailureThrottle wrongTokens = new FailureThrottle(WRONG_TOKENS_PER_MINUTE, Duration.ofMinutes(1));

    RunRoutes(RunManager manager, RunStore store, RunSettings settings, Limits limits, ClientPermits downloads) {
        this.manager = manager;
        this.store = store;
        this.downloads = downloads;
        this.bodyTimeout = limits.bodyTimeout();
        this.streams = new EventStreams(new ClientPermits(limits.maxEventStreams(),
                limits.maxEventStreamsPerClient()));
        this.parser = new RunSpecParser(settings.ceilings());
        this.adminTokenDigest = settings.adminToken() != null ? Tokens.digest(settings.adminToken()) : null;
    }

    /** Whether a path belongs to the API, whose errors are JSON rather than the site's HTML pages. */
    public static boolean isApi(String path) {
        return path.startsWith(PREFIX);
    }

    /** The API part a route's path belongs to ({@code /api/runs} of {@code /api/runs/{id}}); empty off the API. */
    public static Optional<String> apiRoot(String path) {
        if (!isApi(path)) {
            return Optional.empty();
        }
        int end = path.indexOf('/', PREFIX.length());
        return Optional.of(end < 0 ? path : path.substring(0, end));
    }

    /**
     * For the site's 404 handler, on an API path: a route's own JSON answer stays; Javalin's plain-text answer to an
     * address no route serves becomes a JSON error too, naming the API's parts ({@code roots}, from its routes).
     */
    public static void answerNotFound(Context ctx, Collection<String> roots) {
        String answered = ctx.res().getContentType();
        if (answered == null || !answered.startsWith("application/json")) {
            ApiResponses.error(ctx, 404, "no API endpoint answers " + ctx.method() + " " + ctx.path()
                    + "; the API's endpoints are under " + String.join(", ", roots), Map.of());
        }
    }

    /** Closes the open event streams. */
    void close() {
        streams.close();
    }

    void register(RoutesConfig routes, RunOwnership owners) {
        this.ownership = owners;
        routes.post("/api/runs", api(this::create));
        routes.get("/api/runs", api(this::list));
        routes.get("/api/runs/{id}", api(this::show));
        routes.delete("/api/runs/{id}", api(this::delete));
        routes.get("/api/runs/{id}/events", api(this::events));
        routes.post("/api/runs/{id}/cancel", api(this::cancel));
        routes.get("/api/runs/{id}/weights", api(this::weights));
    }

    private void create(Context ctx) throws IOException {
        Setup spec = parser.parse(body(ctx, bodyTimeout));
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
        List<String> unreadable = new ArrayList<>();
        for (StoredRun run : store.page((page - 1) * size, size, unreadable)) {
            runs.add(run(run, false));
        }
        if (!unreadable.isEmpty()) {
            QuietLog.warn(LOG, "unreadable-runs", "Runs left out of a listing: {}", unreadable);
            ArrayNode skipped = json.putArray("unreadable");
            unreadable.forEach(skipped::add);
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
        throttle(ctx);
        boolean admin = isAdminToken(token);
        if (!manager.isCancelToken(run.id(), token) && !admin) {
            // a run that ended a moment ago has forgotten its cancel token: say it ended, not that the token is wrong
            StoredRun now = store.find(run.id()).orElseThrow(() -> ApiError.noSuchRun(Long.toString(run.id())));
            if (now.status().isFinal()) {
                throw new ApiError(409, "run " + run.id() + " has already ended: " + now.status().word());
            }
            wrongTokens.failed(RequestClient.of(ctx));
            throw unauthorized(ctx, "this token is neither run " + run.id() + "'s cancelToken nor the admin token");
        }
        LOG.info("Run {} cancelled by {} with {}", run.id(), RequestClient.of(ctx),
                admin ? "the admin token" : "its cancel token");
        if (!manager.cancel(run.id(), CANCEL_WAIT)) {
            throw new ApiError(409, "run " + run.id() + " ended before it could be cancelled");
        }
        StoredRun now = store.find(run.id()).orElseThrow(() -> ApiError.noSuchRun(Long.toString(run.id())));
        respond(ctx, now.status().isFinal() ? 200 : 202, run(now, false));
    }

    /**
     * Streams the weights from the database to the client, never whole in memory, holding one of the bounded
     * download permits while it lasts (a slow reader holds a thread, so their number is capped).
     */
    private void weights(Context ctx) throws IOException {
        StoredRun run = stored(ctx);
        String client = RequestClient.of(ctx);
        ClientPermits.Refusal refusal = downloads.acquire(client);
        if (refusal != null) {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            throw new ApiError(refusal == ClientPermits.Refusal.CLIENT_FULL ? 429 : 503,
                    Downloads.refusal(refusal, downloads));
        }
        try (StoredWeights weights = store.openWeights(run.id()).orElseThrow(() -> noWeights(run))) {
            ctx.status(200);
            ctx.contentType("application/octet-stream");
            ctx.header("Content-Disposition", "attachment; filename=\"divelive-run-" + run.id() + ".dlpf\"");
            ctx.res().setContentLengthLong(weights.length());
            Downloads.copy(weights.stream(), ctx.res().getOutputStream());
        } finally {
            downloads.release(client);
        }
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
        String client = RequestClient.of(ctx);
        EventStreams.Watcher watcher = streams.watcher(client);
        Subscription subscription = manager.subscribe(id, lastEventId(ctx), watcher::wake)
                .orElseThrow(() -> ApiError.noSuchRun(Long.toString(id)));
        if (subscription.exhausted()) {
            ctx.status(204);
            return;
        }
        if (subscription.complete()) {
            replay(ctx, subscription);
            return;
        }
        ClientPermits.Refusal refusal = streams.permits().acquire(client);
        if (refusal != null) {
            subscription.cancel();
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            if (refusal == ClientPermits.Refusal.CLIENT_FULL) {
                throw new ApiError(429, "this client already watches " + streams.permits().perClient() + " event "
                        + "streams, the most one client may; close one, or poll GET /api/runs/" + id);
            }
            throw new ApiError(503, streams.permits().total() + " event streams are open, the most this server "
                    + "keeps; try again later or poll GET /api/runs/" + id);
        }
        watcher.open(ctx, subscription);
    }

    /**
     * A run that has ended: its whole story in one answer, written at once, so watching a finished run takes no
     * live stream's place. The same lines a live stream sends; the browser's reconnect then gets 204.
     */
    private static void replay(Context ctx, Subscription subscription) {
        StringBuilder text = new StringBuilder();
        for (RunEvent event = subscription.poll(); event != null; event = subscription.poll()) {
            if (event.lasting()) {
                text.append("id: ").append(event.id()).append('\n');
            }
            text.append("event: ").append(event.name()).append("\ndata: ").append(event.data()).append("\n\n");
        }
        ctx.status(200);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/event-stream;charset=utf-8");
        ctx.result(text.toString());
    }

    private ObjectNode run(StoredRun run, boolean withEpochs) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.put("id", run.id());
        json.put("status", run.status().word());
        if (run.status() == RunStatus.QUEUED) {
            json.put("queuePosition", manager.queuePosition(run.id()));
        }
        json.put("message", run.message());
        // which worker trains or trained it (null while it waits for its first), and how often one started it
        json.put("worker", run.worker());
        json.put("attempt", run.attempt());
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
        if (run.weightsRemovedAt() != null) {
            ObjectNode removed = json.putObject("weightsRemoved");
            RunJson.instant(removed, "at", run.weightsRemovedAt());
            removed.put("reason", WeightsRetention.removed(run.id(), run.weightsRemovedAt()));
        } else {
            json.putNull("weightsRemoved");
        }
        return json;
    }

    /** 410 for weights retention removed (they existed and will not come back), else 404 saying why there are none. */
    private static ApiError noWeights(StoredRun run) {
        if (run.weightsRemovedAt() != null) {
            return new ApiError(410, WeightsRetention.removed(run.id(), run.weightsRemovedAt()));
        }
        return new ApiError(404, "run " + run.id() + " has no weights" + (run.status().isFinal() ? " (it "
                + run.status().word() + ": " + run.message() + ")" : " yet: they are saved when it ends"));
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
        String token = bearerToken(ctx, what + " needs the admin token");
        throttle(ctx);
        if (!isAdminToken(token)) {
            wrongTokens.failed(RequestClient.of(ctx));
            throw unauthorized(ctx, "this is not the admin token");
        }
        LOG.info("Admin action by {}: {} {}", RequestClient.of(ctx), ctx.method(), ctx.path());
    }

    /** A client that sent too many wrong tokens waits, so tokens cannot be guessed by trying. */
    private void throttle(Context ctx) {
        ApiRequests.refuseIfThrottled(ctx, wrongTokens, "tokens");
    }

    /** The wrong admin and cancel tokens of each client: class mode counts its wrong admin tokens here too. */
    public FailureThrottle wrongTokens() {
        return wrongTokens;
    }

    private boolean isAdminToken(String token) {
        return Tokens.matches(token, adminTokenDigest);
    }
}
