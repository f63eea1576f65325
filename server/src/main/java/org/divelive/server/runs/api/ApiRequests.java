package org.divelive.server.runs.api;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.divelive.server.runs.RunJson;

/** Reads what an API request carries (its id, body, query, headers), answering a bad one with an {@link ApiError}. */
public final class ApiRequests {
    static final int MAX_BODY_BYTES = 16 * 1024;
    /**
     * A body too large but not absurdly so is read and thrown away before the 413 goes out: answering while the client
     * is still sending makes the connection close under it, and it may never see the answer. Past this, close.
     */
    static final int DRAINED_BYTES = 1024 * 1024;

    private ApiRequests() {
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

    /** The request's JSON object, read at most {@link #MAX_BODY_BYTES} bytes far. */
    public static ObjectNode body(Context ctx) throws IOException {
        String tooLarge = "the body may hold at most " + MAX_BODY_BYTES + " bytes";
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            if (declared <= DRAINED_BYTES) {
                ctx.bodyInputStream().skipNBytes(declared);
            }
            throw new ApiError(413, tooLarge + ", this one has " + declared);
        }
        byte[] bytes = ctx.bodyInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            ctx.bodyInputStream().skip(DRAINED_BYTES);
            throw new ApiError(413, tooLarge + ", this one has more");
        }
        String example = "send the run's settings as a JSON object, e.g. {\"model\": \"mlp\", \"hidden\": [256]}";
        if (bytes.length == 0) {
            throw new ApiError(400, "the body is empty: " + example);
        }
        JsonNode json;
        try {
            json = RunJson.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "the body is not valid JSON (" + e.getOriginalMessage() + ", line "
                    + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr() + "): " + example);
        }
        if (!json.isObject()) {
            throw new ApiError(400, "the body is JSON but not an object: " + example);
        }
        return (ObjectNode) json;
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
