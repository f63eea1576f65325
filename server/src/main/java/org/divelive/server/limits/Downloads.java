package org.divelive.server.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** What large downloads (a run's weights, a Fashion-MNIST packet) share: the refusal text and the copy loop. */
public final class Downloads {
    /** Copied a buffer at a time, so a download's memory is this, not the file's size. */
    private static final int BUFFER_BYTES = 64 * 1024;

    private Downloads() {
    }

    /** Why a download was refused, for the client; answered 429 (this client) or 503 (the server) with Retry-After. */
    public static String refusal(ClientPermits.Refusal refusal, ClientPermits permits) {
        return refusal == ClientPermits.Refusal.CLIENT_FULL
                ? "this client already has " + permits.perClient() + " downloads running, the most one client may "
                        + "have at once; let one finish, then try again"
                : permits.total() + " downloads are running, the most this server serves at once; try again in a "
                        + "moment";
    }

    public static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
        out.flush();
    }
}
