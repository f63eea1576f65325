package org.divelive.server.http;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;

/**
 * Log lines a client can cause, kept from flooding the log: a client that went away or timed out is one short line
 * (no stack trace: nothing is wrong with the server), and a line of one kind is written at most once per
 * {@link #INTERVAL_NANOS}, then with how many like it were left out.
 */
public final class QuietLog {
    static final long INTERVAL_NANOS = 10_000_000_000L;
    private static final ConcurrentMap<String, long[]> LAST = new ConcurrentHashMap<>();

    private QuietLog() {
    }

    /** Whether the failure is the client's connection ending (closed, reset, timed out), not the server's fault. */
    public static boolean isClientGone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof TimeoutException || type.endsWith("EofException") || type.endsWith("ClosedChannelException")
                    || (t instanceof IOException && t.getMessage() != null && (t.getMessage().contains("Broken pipe")
                    || t.getMessage().contains("Connection reset") || t.getMessage().contains("Idle timeout")))) {
                return true;
            }
        }
        return false;
    }

    /** Warns, at most once per interval for this {@code kind}. */
    public static void warn(Logger log, String kind, String message, Object... arguments) {
        long now = System.nanoTime();
        long[] state = LAST.computeIfAbsent(kind, k -> new long[] {now - INTERVAL_NANOS, 0});
        long suppressed;
        synchronized (state) {
            if (now - state[0] < INTERVAL_NANOS) {
                state[1]++;
                return;
            }
            suppressed = state[1];
            state[0] = now;
            state[1] = 0;
        }
        log.warn(suppressed == 0 ? message : message + " (and " + suppressed + " more like it)", arguments);
    }
}
