package org.divelive.server.limits;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Counts a client's failed attempts (wrong admin or cancel tokens) in a fixed window; past {@code allowed} the client
 * is refused until its window ends, so a token cannot be guessed at thousands of tries a second.
 */
public final class FailureThrottle {
    /** Forgotten clients are dropped once this many are tracked, so the map cannot grow without bound. */
    private static final int MAX_TRACKED = 10_000;

    private final int allowed;
    private final long windowNanos;
    private final Map<String, Window> windows = new HashMap<>();

    private static final class Window {
        final long start;
        int failures;

        Window(long start) {
            this.start = start;
        }
    }

    public FailureThrottle(int allowed, Duration window) {
        this.allowed = allowed;
        this.windowNanos = window.toNanos();
    }

    /** Seconds the client must wait before trying again; 0 if it may try now. */
    public synchronized long waitSeconds(String client) {
        long now = System.nanoTime();
        Window window = windows.get(client);
        if (window == null || now - window.start >= windowNanos) {
            return 0;
        }
        return window.failures >= allowed ? Math.max(1, (windowNanos - (now - window.start)) / 1_000_000_000L) : 0;
    }

    public synchronized void failed(String client) {
        long now = System.nanoTime();
        if (windows.size() >= MAX_TRACKED) {
            for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
                if (now - it.next().start >= windowNanos) {
                    it.remove();
                }
            }
        }
        Window window = windows.get(client);
        if (window == null || now - window.start >= windowNanos) {
            window = new Window(now);
            windows.put(client, window);
        }
        window.failures++;
    }

    public int allowed() {
        return allowed;
    }
}
