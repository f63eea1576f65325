package org.divelive.server.data;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnistPacket;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.server.http.Precompressed;
import org.divelive.server.http.RequestClient;
import org.divelive.server.limits.ClientPermits;
import org.divelive.server.limits.Downloads;

/**
 * {@code GET /api/data/fashion-mnist/{train|test}?limit=N}: at least the first N images of a split as a
 * {@link FashionMnistPacket}, for the page's widgets: the smallest of the {@link PacketSizes} that holds N (the
 * packet's header says how many it has). Responses carry an ETag and may be cached for a day (the files never
 * change). Each packet and its gzip form are computed once and kept (re-compressing 47 MB per request slowed
 * training for everyone), and sent within the bounded download permits. Without the data set the answer is 503 with
 * the message that says how to get it.
 */
public final class DataRoutes {
    private final FashionMnistSource source;
    private final ClientPermits downloads;
    /** Every packet made so far, by split and size: a handful, all kept. */
    private final Map<String, Precompressed> packets = new ConcurrentHashMap<>();
    /** Held while a packet is made. */
    private final Object making = new Object();

    public DataRoutes(FashionMnistSource source, ClientPermits downloads) {
        this.source = source;
        this.downloads = downloads;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/data/fashion-mnist/{split}", this::packet);
    }

    private void packet(Context ctx) throws IOException {
        String split = ctx.pathParam("split");
        if (!split.equals("train") && !split.equals("test")) {
            ctx.status(404).json(Map.of("error", "there is no split '" + split + "'; ask for train or test"));
            return;
        }
        TrainTestSplit data;
        try {
            data = source.dataset();
        } catch (DataUnavailableException e) {
            ctx.status(503).json(Map.of("error", e.getMessage()));
            return;
        }
        Dataset set = split.equals("train") ? data.train() : data.test();
        String limitText = ctx.queryParam("limit");
        int limit;
        try {
            limit = limitText == null ? set.size() : Integer.parseInt(limitText);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > set.size()) {
            ctx.status(400).json(Map.of("error", "limit must be an integer from 1 to " + set.size() + ", was "
                    + limitText));
            return;
        }
        int size = PacketSizes.holding(limit, set.size());
        String etag = "\"fashion-mnist-" + split + "-" + size + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "public, max-age=86400");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        String client = RequestClient.of(ctx);
        ClientPermits.Refusal refusal = downloads.acquire(client);
        if (refusal != null) {
            ctx.header("Retry-After", "5");
            ctx.status(refusal == ClientPermits.Refusal.CLIENT_FULL ? 429 : 503)
                    .json(Map.of("error", Downloads.refusal(refusal, downloads)));
            return;
        }
        try {
            packet(split, set, size).send(ctx, "application/octet-stream");
        } finally {
            downloads.release(client);
        }
    }

    /**
     * The packet of the first {@code size} images, made if it is not kept. Making one takes seconds of a core for a
     * whole split, so packets are made one at a time, and a packet already kept is sent without waiting for that.
     */
    private Precompressed packet(String split, Dataset set, int size) {
        String key = split + ":" + size;
        Precompressed made = packets.get(key);
        if (made != null) {
            return made;
        }
        synchronized (making) {
            return packets.computeIfAbsent(key, absent -> Precompressed.of(FashionMnistPacket.write(set, size)));
        }
    }
}
