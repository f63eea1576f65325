package org.divelive.server.pages;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.divelive.server.http.Precompressed;

/**
 * Serves our files under their fingerprinted names ({@link AssetNames}) from memory, compressed once, with
 * {@code Cache-Control: immutable}. A name whose fingerprint is not that of the file's present bytes finds nothing,
 * so a cache never keeps an old file under a current name.
 */
public final class AssetRoutes {
    /** {@code <base>.<12 hex digits>.<extension>}, or without an extension. */
    private static final Pattern FINGERPRINTED = Pattern.compile("([A-Za-z0-9_-]+(?:[.-][A-Za-z0-9_-]+)*?)"
            + "\\.([0-9a-f]{12})((?:\\.[A-Za-z0-9]+)?)");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "wasm", "application/wasm");

    private final AssetNames names;
    private final Map<String, Precompressed> served = new ConcurrentHashMap<>();

    public AssetRoutes(AssetNames names) {
        this.names = names;
    }

    /**
     * A before-handler, not a route: a route would hide the static files of the same folder, which keep answering
     * under their plain names. It answers only a current fingerprinted name and leaves every other path alone.
     */
    public void register(RoutesConfig routes) {
        for (SiteFolders folder : SiteFolders.values()) {
            routes.before(folder.sitePath() + "/*", ctx -> serve(ctx, folder));
        }
    }

    private void serve(Context ctx, SiteFolders folder) throws IOException {
        String path = ctx.path();
        Matcher name = FINGERPRINTED.matcher(path.substring(folder.sitePath().length() + 1));
        if (!ctx.method().name().equals("GET") || !name.matches()) {
            return;
        }
        String plain = folder.sitePath() + "/" + name.group(1) + name.group(3);
        if (!exists(plain) || !names.of(plain).equals(path)) {
            throw new NotFoundResponse();
        }
        Precompressed bytes = served.computeIfAbsent(path, p -> Precompressed.of(AssetNames.bytes(plain)));
        String extension = name.group(3).isEmpty() ? "" : name.group(3).substring(1);
        ctx.header("Cache-Control", AssetNames.IMMUTABLE);
        bytes.send(ctx, Optional.ofNullable(TYPES.get(extension)).orElse("application/octet-stream"));
        ctx.skipRemainingHandlers();
    }

    private static boolean exists(String sitePath) {
        return AssetNames.resource(sitePath).map(r -> AssetRoutes.class.getClassLoader().getResource(r) != null)
                .orElse(false);
    }
}
