package org.divelive.server.http;

import java.io.IOException;

import io.javalin.http.Context;

/**
 * An answer made once and sent many times: its bytes, compressed once ({@link Precompressed}), and an ETag of their
 * digest, so a browser that already has this version gets a 304 without a body. {@code Cache-Control: no-cache}
 * lets it keep the answer but makes it ask each time, so a changed page shows on the next load.
 */
public record ETagged(Precompressed bytes, String etag) {

    public static ETagged of(byte[] plain) {
        return new ETagged(Precompressed.of(plain), "\"" + Digest.hex(plain, 12) + "\"");
    }

    public void send(Context ctx, String contentType) throws IOException {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        String known = ctx.header("If-None-Match");
        if (known != null && (known.contains(etag) || known.trim().equals("*"))) {
            ctx.status(304);
            return;
        }
        bytes.send(ctx, contentType);
    }
}
