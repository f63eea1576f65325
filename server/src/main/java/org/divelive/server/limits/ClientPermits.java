package org.divelive.server.limits;

import java.util.HashMap;
import java.util.Map;

/**
 * Counted permits for something that holds the server's resources while it lasts (an event stream, a download):
 * at most {@code total} at once, and at most {@code perClient} for one client address, so one client cannot take
 * them all from the rest.
 */
public final class ClientPermits {
    /** Why a permit was refused: the whole server is at its limit, or this client is. */
    public enum Refusal { SERVER_FULL, CLIENT_FULL }

    private final int total;
    private final int perClient;
    private final Map<String, Integer> held = new HashMap<>();
    private int inUse;

    public ClientPermits(int total, int perClient) {
        this.total = total;
        this.perClient = perClient;
    }

    /** Takes a permit for the client; null if granted, else why not. Every granted permit needs one release. */
    public synchronized Refusal acquire(String client) {
        int ofClient = held.getOrDefault(client, 0);
        if (ofClient >= perClient) {
            return Refusal.CLIENT_FULL;
        }
        if (inUse >= total) {
            return Refusal.SERVER_FULL;
        }
        held.put(client, ofClient + 1);
        inUse++;
        return null;
    }

    public synchronized void release(String client) {
        int ofClient = held.getOrDefault(client, 0);
        if (ofClient <= 1) {
            held.remove(client);
        } else {
            held.put(client, ofClient - 1);
        }
        inUse = Math.max(0, inUse - 1);
    }

    public synchronized int inUse() {
        return inUse;
    }

    public int total() {
        return total;
    }

    public int perClient() {
        return perClient;
    }
}
