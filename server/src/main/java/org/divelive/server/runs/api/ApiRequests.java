package org.divelive.server.runs.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.divelive.server.http.RequestClient;
import org.divelive.server.limits.FailureThrottle;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.RunJson;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/** Reads what an API request carries (its id, body, query, headers), answering a bad one with an {@link ApiError}. */
public final class ApiRequests {
    static final int MAX_BODY_BYTES = 16 * 1024;
    /**
     * A body too large but not absurdly so is read and thrown away before the 413 goes out: answering while the client
     * is still sending makes the connection close under it (a reset), and it may never see the answer. Past this,
     * the answer goes out and the connection closes.
     */
    static final int DRAINED_BYTES = 4 * 1024 * 1024;
    private static final int CHUNK = 8192;

    private ApiRequests() {
    }

    /**
     * Refuses (429, with Retry-After) a client that sent {@code throttle}'s allowed number of wrong {@code what}
     * within its window, so a secret cannot be guessed by trying.
     */
    public static void refuseIfThrottled(Context ctx, FailureThrottle throttle, String what) {
        long wait = throttle.waitSeconds(RequestClient.of(ctx));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiError(429, "this client sent " + throttle.allowed() + " wrong " + what + " within a minute; "
                    + "try again in " + wait + " seconds");
        }
    }

    /** The run id in the path; anything but a positive number names no run, so it is a 404 like an unknown id. */
    static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not a number, so not a run's id: answered below like any unknown id
        }
        throw ApiError.noSuchRun(text);
    }

    /** The request's JSON object, within the server's default body timeout (class mode's small requests). */
    public static ObjectNode body(Context ctx) throws IOException {
        return body(ctx, Duration.ofSeconds(Limits.DEFAULT_BODY_TIMEOUT_SECONDS));
    }

    /**
     * The request's JSON object, read at most {@link #MAX_BODY_BYTES} bytes far and within {@code timeout}: however
     * slowly a client trickles its body, the thread reading it is free again by then.
     */
    public static ObjectNode body(Context ctx, Duration timeout) throws IOException {
        String tooLarge = "the body may hold at most " + MAX_BODY_BYTES + " bytes";
        long declared = ctx.req().getContentLengthLong();
        BodyReader reader = new BodyReader(ctx, timeout);
        if (declared > MAX_BODY_BYTES) {
            reader.discard(declared);
            throw new ApiError(413, tooLarge + ", this one has " + declared);
        }
        byte[] bytes = reader.read(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            reader.discard(DRAINED_BYTES);
            throw new ApiError(413, tooLarge + ", this one has more");
        }
        String example = "send the run's settings as a JSON object, e.g. {\"model\": \"mlp\", \"hidden\": [256]}";
        if (bytes.length == 0) {
            throw new ApiError(400, "the body is empty: " + example);
        }
        JsonNode json;
        try {
            json = RunJson.MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            // nesting too deep or a number too long: Jackson's limits, reported like any other bad JSON
            throw new ApiError(400, "the body is not JSON this server reads (" + e.getOriginalMessage() + "): "
                    + example);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ApiError(400, "the body is not valid JSON (" + e.getOriginalMessage()
                    + (at == null ? "" : ", line " + at.getLineNr() + " column " + at.getColumnNr()) + "): " + example);
        }
        if (!json.isObject()) {
            throw new ApiError(400, "the body is JSON but not an object: " + example);
        }
        return (ObjectNode) json;
    }

    /**
     * Reads a body against a deadline: before each read the connection's idle timeout is cut to the time left, so
     * a blocked read ends by the deadline; the connection's own timeout comes back afterwards.
     */
    private static final class BodyReader {
        private final Context ctx;
        private final long deadline;
        private final EndPoint endPoint;
        private final long idleTimeout;
        private final Duration timeout;

        BodyReader(Context ctx, Duration timeout) {
            this.ctx = ctx;
            this.timeout = timeout;
            this.deadline = System.nanoTime() + timeout.toNanos();
            this.endPoint = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
                    .getConnection().getEndPoint();
            this.idleTimeout = endPoint.getIdleTimeout();
        }

        byte[] read(int most) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK];
            InputStream in = ctx.bodyInputStream();
            try {
                while (out.size() < most) {
                    int n = in.read(chunk, 0, Math.min(chunk.length, most - out.size()));
                    if (n < 0) {
                        break;
                    }
                    out.write(chunk, 0, n);
                    beforeNextRead();
                }
                return out.toByteArray();
            } catch (IOException e) {
                throw timedOut(e);
            } finally {
                endPoint.setIdleTimeout(idleTimeout);
            }
        }

        /** Reads and drops up to {@code bytes} (at most {@link #DRAINED_BYTES}), so the client sees the answer. */
        void discard(long bytes) {
            ctx.header("Connection", "close");
            long left = Math.min(bytes, DRAINED_BYTES);
            byte[] chunk = new byte[CHUNK];
            try {
                InputStream in = ctx.bodyInputStream();
                beforeNextRead();
                while (left > 0) {
                    int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
                    if (n < 0) {
                        return;
                    }
                    left -= n;
                    beforeNextRead();
                }
            } catch (IOException | ApiError e) {
                // the answer goes out anyway; the connection closes after it
            } finally {
                endPoint.setIdleTimeout(idleTimeout);
            }
        }

        private void beforeNextRead() {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw timedOut(null);
            }
            endPoint.setIdleTimeout(Math.min(idleTimeout, left));
        }

        private ApiError timedOut(IOException cause) {
            ctx.header("Connection", "close");
            if (cause != null && System.nanoTime() < deadline) {
                // cut before the deadline: by Jetty's rate floor, or by silence as long as the idle timeout
                return new ApiError(408, "the body arrived too slowly: this server cuts one that comes slower than "
                        + "--min-data-rate bytes per second or falls silent for --idle-timeout-seconds ("
                        + cause.getMessage() + ")");
            }
            return new ApiError(408, "the body did not arrive within the " + timeout.toSeconds() + " seconds this "
                    + "server waits for one (--body-timeout-seconds)" + (cause == null ? ""
                    : " (" + cause.getMessage() + ")"));
        }
    }

    /** A whole-number query parameter from 1 to {@code max}, or the fallback; a bad one is added to {@code errors}. */
    public static int queryInt(Context ctx, String name, int fallback, int max, Map<String, String> errors) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        errors.put(name, name + " must be an integer from 1 to " + max + ", was " + text);
        return fallback;
    }

    /** The id of the last event a reconnecting EventSource saw, from Last-Event-ID; 0 if none or unreadable. */
    static long lastEventId(Context ctx) {
        String text = ctx.header("Last-Event-ID");
        try {
            return text == null ? 0 : Math.max(0, Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The token of an {@code Authorization: Bearer TOKEN} header; a 401 saying {@code need} if there is none. */
    public static String bearerToken(Context ctx, String need) {
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw unauthorized(ctx, need + ", sent as Authorization: Bearer TOKEN");
        }
        return header.substring(prefix.length()).trim();
    }

    /** A 401, with the header that tells the client which kind of credentials to send. */
    public static ApiError unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer");
        return new ApiError(401, message);
    }
}
