package org.divelive.server.limits;

import java.time.Duration;

/**
 * How much one run, one client and all clients together may take of this server, so that no request, run or slow
 * connection can stop the course for everyone else. Every limit has a default fit for one class on one machine.
 *
 * @param maxRunWork              most parameters × training examples × epochs one run may ask for
 * @param maxRunTime              longest a run may train; past it the run ends {@code failed}
 * @param maxRunWeightBytes       largest parameter file one run may store
 * @param maxStoredWeightBytes    most bytes of weights all runs together may store
 * @param minFreeDiskBytes        free space the database's disk must keep after a run's weights are saved
 * @param maxDownloads            weight and data downloads served at once
 * @param maxDownloadsPerClient   of those, how many one client address may hold
 * @param maxEventStreams         live event streams open at once
 * @param maxEventStreamsPerClient of those, how many one client address may hold (a class behind one NAT address
 *                                shares this: raise it for such a room)
 * @param maxConnectionsPerClient open connections one client address may hold; more are closed at once
 * @param maxThreadsPerClient     server threads the requests of one client address may hold at once; its other
 *                                requests wait, holding none, until one of those ends
 * @param minDataRate             bytes per second below which a request body or an API answer is cut off (event
 *                                streams, pages and assets are not measured)
 * @param idleTimeout             a connection that sends and receives nothing this long is closed
 * @param bodyTimeout             longest a request body may take to arrive, however slowly it trickles
 */
public record Limits(long maxRunWork, Duration maxRunTime, long maxRunWeightBytes, long maxStoredWeightBytes,
        long minFreeDiskBytes, int maxDownloads, int maxDownloadsPerClient, int maxEventStreams,
        int maxEventStreamsPerClient, int maxConnectionsPerClient, int maxThreadsPerClient, long minDataRate,
        Duration idleTimeout, Duration bodyTimeout) {
    /** An MLP with 256 hidden units on all 60,000 images trains about 80 epochs within it. */
    public static final long DEFAULT_MAX_RUN_WORK = 1_000_000_000_000L;
    public static final long DEFAULT_MAX_RUN_SECONDS = 3600;
    public static final long MIB = 1024 * 1024;
    /** Holds an MLP of 784-4096-4096-10 (67 MB); a hidden [4096, 4096, 4096] (147 MB) is refused. */
    public static final long DEFAULT_MAX_RUN_WEIGHT_BYTES = 96 * MIB;
    public static final long DEFAULT_MAX_STORED_WEIGHT_BYTES = 2048 * MIB;
    public static final long DEFAULT_MIN_FREE_DISK_BYTES = 512 * MIB;
    /**
     * Jetty has 250 threads: downloads may hold 96 of them, so pages always have threads left; one address may hold
     * 32, since a lesson page with two training widgets starts four at once and a small class may share one address.
     */
    public static final int DEFAULT_MAX_DOWNLOADS = 96;
    public static final int DEFAULT_MAX_DOWNLOADS_PER_CLIENT = 32;
    public static final int DEFAULT_MAX_EVENT_STREAMS = 4000;
    public static final int DEFAULT_MAX_EVENT_STREAMS_PER_CLIENT = 64;
    /**
     * A browser opens up to six connections to a site, and each event stream holds one more: 512 leave a class of
     * 40 behind one NAT address room, while one client cannot hold the thousands a server can keep open.
     */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 512;
    /**
     * Jetty has 250 threads: one address holding 64 of them (its 32 downloads among them) leaves the rest of the class
     * served even while a client stalls that many request bodies, and is more than a room behind one NAT address
     * keeps busy with page loads that each take milliseconds.
     */
    public static final int DEFAULT_MAX_THREADS_PER_CLIENT = 64;
    /**
     * 1 KiB/s: far below any working network, so only a client that trickles on purpose (or is as good as gone) is
     * cut, and a download of the 47 MB data packet still has 13 hours.
     */
    public static final long DEFAULT_MIN_DATA_RATE = 1024;
    public static final long DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
    public static final long DEFAULT_BODY_TIMEOUT_SECONDS = 10;

    public Limits {
        positive("the run work ceiling (--max-run-work)", maxRunWork);
        positive("the run time limit in seconds (--max-run-seconds)", maxRunTime.toSeconds());
        positive("the per-run weights cap (--max-run-weights)", maxRunWeightBytes);
        positive("the stored weights cap (--max-stored-weights)", maxStoredWeightBytes);
        if (minFreeDiskBytes < 0) {
            throw new IllegalArgumentException("the free disk space to keep (--min-free-disk) must be 0 or more "
                    + "bytes, was " + minFreeDiskBytes);
        }
        positive("the concurrent downloads (--max-downloads)", maxDownloads);
        positive("the concurrent downloads per client (--max-downloads-per-client)", maxDownloadsPerClient);
        positive("the event streams (--max-event-streams)", maxEventStreams);
        positive("the event streams per client (--max-event-streams-per-client)", maxEventStreamsPerClient);
        positive("the connections per client (--max-connections-per-client)", maxConnectionsPerClient);
        positive("the threads per client (--max-threads-per-client)", maxThreadsPerClient);
        positive("the minimum data rate in bytes per second (--min-data-rate)", minDataRate);
        positive("the idle timeout in seconds (--idle-timeout-seconds)", idleTimeout.toSeconds());
        positive("the body timeout in seconds (--body-timeout-seconds)", bodyTimeout.toSeconds());
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_RUN_WORK, Duration.ofSeconds(DEFAULT_MAX_RUN_SECONDS),
                DEFAULT_MAX_RUN_WEIGHT_BYTES, DEFAULT_MAX_STORED_WEIGHT_BYTES, DEFAULT_MIN_FREE_DISK_BYTES,
                DEFAULT_MAX_DOWNLOADS, DEFAULT_MAX_DOWNLOADS_PER_CLIENT, DEFAULT_MAX_EVENT_STREAMS,
                DEFAULT_MAX_EVENT_STREAMS_PER_CLIENT, DEFAULT_MAX_CONNECTIONS_PER_CLIENT,
                DEFAULT_MAX_THREADS_PER_CLIENT, DEFAULT_MIN_DATA_RATE, Duration.ofSeconds(DEFAULT_IDLE_TIMEOUT_SECONDS),
                Duration.ofSeconds(DEFAULT_BODY_TIMEOUT_SECONDS));
    }

    public Limits withRunWork(long work) {
        return new Limits(work, maxRunTime, maxRunWeightBytes, maxStoredWeightBytes, minFreeDiskBytes, maxDownloads,
                maxDownloadsPerClient, maxEventStreams, maxEventStreamsPerClient,
                maxConnectionsPerClient, maxThreadsPerClient, minDataRate, idleTimeout, bodyTimeout);
    }

    public Limits withRunTime(Duration time) {
        return new Limits(maxRunWork, time, maxRunWeightBytes, maxStoredWeightBytes, minFreeDiskBytes, maxDownloads,
                maxDownloadsPerClient, maxEventStreams, maxEventStreamsPerClient,
                maxConnectionsPerClient, maxThreadsPerClient, minDataRate, idleTimeout, bodyTimeout);
    }

    public Limits withWeights(long perRun, long stored, long minFree) {
        return new Limits(maxRunWork, maxRunTime, perRun, stored, minFree, maxDownloads, maxDownloadsPerClient,
                maxEventStreams, maxEventStreamsPerClient,
                maxConnectionsPerClient, maxThreadsPerClient, minDataRate, idleTimeout, bodyTimeout);
    }

    public Limits withDownloads(int total, int perClient) {
        return new Limits(maxRunWork, maxRunTime, maxRunWeightBytes, maxStoredWeightBytes, minFreeDiskBytes, total,
                perClient, maxEventStreams, maxEventStreamsPerClient,
                maxConnectionsPerClient, maxThreadsPerClient, minDataRate, idleTimeout, bodyTimeout);
    }

    public Limits withEventStreams(int total, int perClient) {
        return new Limits(maxRunWork, maxRunTime, maxRunWeightBytes, maxStoredWeightBytes, minFreeDiskBytes,
                maxDownloads, maxDownloadsPerClient, total, perClient,
                maxConnectionsPerClient, maxThreadsPerClient, minDataRate, idleTimeout, bodyTimeout);
    }

    public Limits withConnectionsPerClient(int perClient) {
        return new Limits(maxRunWork, maxRunTime, maxRunWeightBytes, maxStoredWeightBytes, minFreeDiskBytes,
                maxDownloads, maxDownloadsPerClient, maxEventStreams, maxEventStreamsPerClient, perClient,
                maxThreadsPerClient, minDataRate, idleTimeout, bodyTimeout);
    }

    public Limits withThreadsPerClient(int perClient) {
        return new Limits(maxRunWork, maxRunTime, maxRunWeightBytes, maxStoredWeightBytes, minFreeDiskBytes,
                maxDownloads, maxDownloadsPerClient, maxEventStreams, maxEventStreamsPerClient,
                maxConnectionsPerClient, perClient, minDataRate, idleTimeout, bodyTimeout);
    }

    public Limits withMinDataRate(long bytesPerSecond) {
        return new Limits(maxRunWork, maxRunTime, maxRunWeightBytes, maxStoredWeightBytes, minFreeDiskBytes,
                maxDownloads, maxDownloadsPerClient, maxEventStreams, maxEventStreamsPerClient,
                maxConnectionsPerClient, maxThreadsPerClient, bytesPerSecond, idleTimeout, bodyTimeout);
    }

    public Limits withTimeouts(Duration idle, Duration body) {
        return new Limits(maxRunWork, maxRunTime, maxRunWeightBytes, maxStoredWeightBytes, minFreeDiskBytes,
                maxDownloads, maxDownloadsPerClient, maxEventStreams, maxEventStreamsPerClient,
                maxConnectionsPerClient, maxThreadsPerClient, minDataRate, idle, body);
    }

    private static void positive(String what, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + value);
        }
    }

    @Override
    public String toString() {
        return "run work ≤ " + maxRunWork + ", run time ≤ " + maxRunTime.toSeconds() + " s, weights ≤ "
                + maxRunWeightBytes + " B per run and " + maxStoredWeightBytes + " B in all, keeping "
                + minFreeDiskBytes + " B free; " + maxDownloads + " downloads (" + maxDownloadsPerClient
                + " per client), " + maxEventStreams + " event streams (" + maxEventStreamsPerClient
                + " per client), " + maxConnectionsPerClient
                + " connections per client; idle timeout " + idleTimeout.toSeconds() + " s, body timeout "
                + bodyTimeout.toSeconds() + " s";
    }
}
