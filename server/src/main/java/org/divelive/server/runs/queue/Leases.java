package org.divelive.server.runs.queue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.divelive.server.limits.Bounds;

/**
 * How this process takes part in the shared queue: the name it trains under and how it holds the runs it trains.
 * A worker renews its lease on each run it trains every third of {@code lease}; a run whose lease ran out (its
 * worker was killed, or lost the database) is taken by another worker and trained again from the start, up to
 * {@code attempts} starts in all, after which it ends as interrupted.
 *
 * @param worker the name runs record as their worker; by default host name and process id
 */
public record Leases(String worker, Duration lease, int attempts) {
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(15);
    public static final int DEFAULT_ATTEMPTS = 3;
    public static final int MAX_NAME_LENGTH = 200;

    public Leases {
        if (worker == null || worker.isBlank() || worker.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("the worker name must be 1 to " + MAX_NAME_LENGTH + " characters, was '"
                    + worker + "'");
        }
        if (lease.compareTo(Duration.ofSeconds(1)) < 0 || lease.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("the lease must be from 1 to 3600 seconds, was " + lease.toSeconds());
        }
        Bounds.require("the attempts per run", attempts, 1, 100);
    }

    public static Leases defaults() {
        return new Leases(defaultWorkerName(), DEFAULT_LEASE, DEFAULT_ATTEMPTS);
    }

    /** {@code HOST-PID}: unique among the processes sharing a database, and says where to look. */
    public static String defaultWorkerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    public Leases withWorker(String name) {
        return new Leases(name, lease, attempts);
    }

    /** How often a held lease is renewed: three chances before it runs out. */
    Duration renewEvery() {
        return lease.dividedBy(3);
    }

    @Override
    public String toString() {
        return "worker " + worker + ", lease " + lease.toSeconds() + " s, up to " + attempts + " attempt(s) per run";
    }
}
