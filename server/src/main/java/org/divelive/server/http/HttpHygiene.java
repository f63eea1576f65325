package org.divelive.server.http;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * What every answer of the site gets, before any route runs: security headers (cross-origin isolation among them),
 * {@code Vary: Accept-Encoding} (Javalin compresses text answers), {@code Cache-Control: no-store} on the API, HEAD
 * answered like GET without the body, OPTIONS with Allow, 405 for methods the site does not use, one canonical address
 * per page (no trailing slash), and the API's cross-origin rules for POST.
 */
public final class HttpHygiene {
    /**
     * Scripts and everything else only from this site; WebAssembly may be compiled ({@code 'wasm-unsafe-eval'}, the
     * page's training worker); styles may be inline (KaTeX and Chart.js set style attributes); no framing by others.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
            + "worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /**
     * The training worker's script (its policy is the worker's own) may also evaluate strings: TeaVM's WebAssembly GC
     * runtime builds its JavaScript glue with {@code new Function}; without it the worker falls back to JavaScript.
     */
    static final String WORKER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'",
            "script-src 'self' 'unsafe-eval'");
    /** The worker's script: {@code static/training-worker.js}, under any fingerprinted name that begins so. */
    private static final String WORKER_SCRIPT = "/static/training-worker";
    static final String ALLOWED = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /** The one address that keeps its trailing slash besides "/": the Chinese index, whose links are relative to it. */
    private static final Set<String> SLASHED = Set.of("/", "/zh/");

    private HttpHygiene() {
    }

    /** @param corsOrigins origins an instructor allowed (a static export's host): their pages may call the API */
    public static void register(JavalinConfig javalin, String apiPrefix, List<String> corsOrigins) {
        javalin.jetty.modifyServletContextHandler(context -> context.addFilter(new FilterHolder(new HeadAsGet()),
                "/*", EnumSet.of(DispatcherType.REQUEST)));
        javalin.routes.before(ctx -> before(ctx, apiPrefix, corsOrigins));
    }

    private static void before(Context ctx, String apiPrefix, List<String> corsOrigins) {
        ctx.header("Content-Security-Policy", ctx.path().startsWith(WORKER_SCRIPT) ? WORKER_CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        // cross-origin isolation: the training worker gets SharedArrayBuffer, so a kernel helper takes a share of
        // each large product on a second core (static/kernel-helper.js). It holds as every file a page loads is this
        // site's own; on every answer, as a worker's script carries its own policy.
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Embedder-Policy", "require-corp");
        ctx.header("Vary", "Accept-Encoding");
        boolean api = ctx.path().startsWith(apiPrefix);
        if (api) {
            ctx.header("Cache-Control", "no-store");
        }
        String method = ctx.req().getMethod();
        if (!METHODS.contains(method)) {
            ctx.header("Allow", ALLOWED);
            ctx.status(HttpStatus.METHOD_NOT_ALLOWED);
            answer(ctx, api, "this site does not answer " + method + "; it answers " + ALLOWED);
            return;
        }
        String origin = ctx.header("Origin");
        boolean allowedOrigin = api && origin != null && corsOrigins.contains(origin);
        if (method.equals("OPTIONS") && allowedOrigin) {
            // the preflight of a page the instructor allowed: it may send JSON and its learner's token
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization, Last-Event-ID");
            ctx.header("Vary", "Accept-Encoding, Origin");
            ctx.status(HttpStatus.NO_CONTENT);
            ctx.skipRemainingHandlers();
            return;
        }
        if (method.equals("OPTIONS")) {
            // the site's own pages need no preflight, and other origins get no CORS headers here
            ctx.header("Allow", api ? ALLOWED : "GET, HEAD, OPTIONS");
            ctx.status(HttpStatus.NO_CONTENT);
            ctx.skipRemainingHandlers();
            return;
        }
        String path = ctx.path();
        if (path.length() > 1 && path.endsWith("/") && !SLASHED.contains(path) && !api
                && (method.equals("GET") || method.equals("HEAD"))) {
            String query = ctx.queryString();
            // one leading slash: "//host/" made "//host", which a browser reads as another site
            ctx.header("Location", "/" + path.replaceAll("^/+|/+$", "") + (query == null ? "" : "?" + query));
            throw new RedirectResponse(HttpStatus.MOVED_PERMANENTLY);
        }
        if (api && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
            CrossOrigin.check(ctx, allowedOrigin).ifPresent(refusal -> {
                ctx.status(refusal.status());
                answer(ctx, true, refusal.message());
            });
        }
    }

    /** A refusal from here: JSON on the API, plain text elsewhere; no route runs after it. */
    private static void answer(Context ctx, boolean api, String message) {
        if (api) {
            ctx.contentType("application/json");
            ctx.result("{\"error\":" + jsonString(message) + "}");
        } else {
            ctx.contentType("text/plain;charset=utf-8");
            ctx.result(message);
        }
        ctx.skipRemainingHandlers();
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
