package org.divelive.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import io.javalin.http.Context;

/**
 * An answer compressed once, when it is made, instead of per request (gzipping the 47 MB data packet for each of
 * 16 downloads slowed a running epoch tenfold): its plain bytes and their gzip form.
 */
public record Precompressed(byte[] plain, byte[] gzip) {
    public static Precompressed of(byte[] plain) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 2 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory failed", e);
        }
        return new Precompressed(plain, compressed.toByteArray());
    }

    /**
     * Writes the gzip form to a client that takes it, the plain bytes to others, here rather than through Javalin,
     * which would compress them again; the caller's permits cover the whole send.
     */
    public void send(Context ctx, String contentType) throws IOException {
        String accepted = ctx.header("Accept-Encoding");
        boolean gzipped = accepted != null && accepted.contains("gzip");
        byte[] bytes = gzipped ? gzip : plain;
        ctx.contentType(contentType);
        ctx.header("Vary", "Accept-Encoding");
        if (gzipped) {
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.res().setContentLength(bytes.length);
        OutputStream out = ctx.res().getOutputStream();
        out.write(bytes);
        out.flush();
    }
}
