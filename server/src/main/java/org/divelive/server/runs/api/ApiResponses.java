package org.divelive.server.runs.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.divelive.math.setup.InvalidSetupException;
import org.divelive.server.data.DataUnavailableException;
import org.divelive.server.http.QuietLog;
import org.divelive.server.runs.RunJson;
import org.divelive.server.runs.queue.QueueFullException;
import org.divelive.server.runs.queue.RunLimitException;
import org.divelive.server.runs.queue.RunTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes API answers: JSON, and every failure as {@code {"error": …}} with the right status, never a stack trace. */
public final class ApiResponses {
    /** How long a client is asked to wait before trying again a request refused for a passing reason. */
    public static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(ApiResponses.class);

    private ApiResponses() {
    }

    /** Runs a route, turning every failure into a JSON error with the right status. */
    public static Handler api(Handler route) {
        return ctx -> {
            try {
                route.handle(ctx);
            } catch (ApiError e) {
                error(ctx, e.status, e.getMessage(), e.fieldErrors);
            } catch (RunTooLargeException e) {
                error(ctx, 400, e.getMessage(), Map.of());
            } catch (InvalidSetupException e) {
                error(ctx, 400, "invalid run settings: " + e.getMessage(), e.errors());
            } catch (DataUnavailableException e) {
                ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                error(ctx, 503, e.getMessage(), Map.of());
            } catch (RunLimitException e) {
                ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
                error(ctx, 429, e.getMessage(), Map.of());
            } catch (QueueFullException e) {
                ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                error(ctx, 429, e.getMessage(), Map.of());
            } catch (Exception e) {
                if (QuietLog.isClientGone(e)) {
                    QuietLog.warn(LOG, "client-gone", "A client went away during {} {}: {}", ctx.method(), ctx.path(),
                            e.toString());
                    return;
                }
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "the server failed to answer this request; its log has the details", Map.of());
            }
        };
    }

    public static void error(Context ctx, int status, String message, Map<String, String> fieldErrors) {
        ObjectNode json = RunJson.MAPPER.createObjectNode();
        json.put("error", message);
        if (!fieldErrors.isEmpty()) {
            ObjectNode errors = json.putObject("errors");
            fieldErrors.forEach(errors::put);
        }
        respond(ctx, status, json);
    }

    public static void respond(Context ctx, int status, JsonNode json) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(RunJson.write(json));
    }
}
