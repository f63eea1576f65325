package org.divelive.server.http;

import java.util.Optional;

import io.javalin.http.Context;

/**
 * Why another web site cannot create or cancel runs through a reader's browser: a form or a {@code text/plain}
 * fetch needs no CORS preflight, so a POST to the API must carry a JSON body (a type only a preflighted request can
 * send cross-origin), and a browser's Origin header, when present, must be this site's own.
 */
final class CrossOrigin {
    record Refusal(int status, String message) {
    }

    private CrossOrigin() {
    }

    /** @param allowedOrigin whether the request's Origin is one the instructor allowed (see {@code --cors-origin}) */
    static Optional<Refusal> check(Context ctx, boolean allowedOrigin) {
        String origin = ctx.header("Origin");
        String own = RequestClient.scheme(ctx) + "://" + ctx.host();
        if (origin != null && !allowedOrigin && !origin.equals(own)) {
            return Optional.of(new Refusal(403, "requests from " + origin + " may not change runs here; the API "
                    + "takes POSTs only from this site's own pages (" + own + ")"));
        }
        boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        String type = ctx.header("Content-Type");
        boolean json = type != null && type.toLowerCase().startsWith("application/json");
        if ((hasBody || ctx.path().equals("/api/runs")) && !json) {
            return Optional.of(new Refusal(415, "send the body as JSON with Content-Type: application/json (with "
                    + "curl add -H 'Content-Type: application/json'); this request said " + (type == null ? "none"
                    : type)));
        }
        return Optional.empty();
    }
}
