package org.divelive.server;

import java.nio.file.Path;

import org.divelive.server.data.DataSettings;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.api.RunSettings;

/**
 * Everything the server can be told. Every field has an embedded default, so {@code serve} needs no configuration.
 *
 * @param port       the HTTP port; 0 picks a free one (tests)
 * @param host       the address to listen on: {@link #ALL_INTERFACES} (a class reaches the server over the network)
 *                   or e.g. 127.0.0.1 for this machine only
 * @param contentDir an instructor's lesson folder ({@code en/}, {@code zh/}), or null for the embedded course
 * @param data       where Fashion-MNIST is looked for and downloaded to
 * @param runs       the run database, the queue, the ceilings and the admin token
 * @param limits     what one run, one client and all clients may take of the server
 */
public record ServerConfig(int port, String host, Path contentDir, DataSettings data, RunSettings runs,
        Limits limits) {
    public static final int DEFAULT_PORT = 7070;
    public static final String ALL_INTERFACES = "0.0.0.0";

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, ALL_INTERFACES, null, DataSettings.defaults(), RunSettings.defaults(),
                Limits.defaults());
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, host, contentDir, data, runs, limits);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(port, newHost, contentDir, data, runs, limits);
    }

    public ServerConfig withContentDir(Path dir) {
        return new ServerConfig(port, host, dir, data, runs, limits);
    }

    public ServerConfig withData(DataSettings newData) {
        return new ServerConfig(port, host, contentDir, newData, runs, limits);
    }

    public ServerConfig withRuns(RunSettings newRuns) {
        return new ServerConfig(port, host, contentDir, data, newRuns, limits);
    }

    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(port, host, contentDir, data, runs, newLimits);
    }

    /** The effective configuration in words, for the start-up log; the admin token shows only as set or not. */
    @Override
    public String toString() {
        return "host " + host + ", port " + port + "; content " + (contentDir == null ? "embedded" : contentDir.toAbsolutePath())
                + "; Fashion-MNIST from " + (data.explicitDir() == null ? "" : data.explicitDir() + ", then ")
                + data.systemDir() + ", then " + data.cacheDir() + " (downloaded from " + data.downloadBase()
                + " if none has it); runs: " + runs + "; limits: " + limits;
    }
}
