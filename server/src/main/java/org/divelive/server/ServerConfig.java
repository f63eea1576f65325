package org.divelive.server;

import java.nio.file.Path;
import java.util.List;

import org.divelive.server.classes.ClassSettings;
import org.divelive.server.data.DataSettings;
import org.divelive.server.http.TrustedProxies;
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
 * @param limits      what one run, one client and all clients may take of the server
 * @param corsOrigins origins ({@code https://host[:port]}) whose pages may call the API, such as a static export's
 *                    host; empty (the default) sends no CORS headers
 * @param classes     class mode's fairness: runs per learner, runs shared by anonymous visitors
 * @param proxies     the reverse proxies whose X-Forwarded-For names the client of a request; none by default
 */
public record ServerConfig(int port, String host, Path contentDir, DataSettings data, RunSettings runs,
        Limits limits, List<String> corsOrigins, ClassSettings classes, TrustedProxies proxies) {
    public static final int DEFAULT_PORT = 7070;
    public static final String ALL_INTERFACES = "0.0.0.0";

    public ServerConfig {
        corsOrigins = List.copyOf(corsOrigins);
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, ALL_INTERFACES, null, DataSettings.defaults(), RunSettings.defaults(),
                Limits.defaults(), List.of(), ClassSettings.defaults(), TrustedProxies.NONE);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, host, contentDir, data, runs, limits, corsOrigins, classes, proxies);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(port, newHost, contentDir, data, runs, limits, corsOrigins, classes, proxies);
    }

    public ServerConfig withContentDir(Path dir) {
        return new ServerConfig(port, host, dir, data, runs, limits, corsOrigins, classes, proxies);
    }

    public ServerConfig withData(DataSettings newData) {
        return new ServerConfig(port, host, contentDir, newData, runs, limits, corsOrigins, classes, proxies);
    }

    public ServerConfig withRuns(RunSettings newRuns) {
        return new ServerConfig(port, host, contentDir, data, newRuns, limits, corsOrigins, classes, proxies);
    }

    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(port, host, contentDir, data, runs, newLimits, corsOrigins, classes, proxies);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(port, host, contentDir, data, runs, limits, origins, classes, proxies);
    }

    public ServerConfig withClasses(ClassSettings newClasses) {
        return new ServerConfig(port, host, contentDir, data, runs, limits, corsOrigins, newClasses, proxies);
    }

    public ServerConfig withProxies(TrustedProxies newProxies) {
        return new ServerConfig(port, host, contentDir, data, runs, limits, corsOrigins, classes, newProxies);
    }

    /** The effective configuration in words, for the start-up log; the admin token shows only as set or not. */
    @Override
    public String toString() {
        return "host " + host + ", port " + port + "; content " + (contentDir == null ? "embedded" : contentDir.toAbsolutePath())
                + "; Fashion-MNIST from " + (data.explicitDir() == null ? "" : data.explicitDir() + ", then ")
                + data.systemDir() + ", then " + data.cacheDir() + " (downloaded from " + data.downloadBase()
                + " if none has it); runs: " + runs + "; limits: " + limits + "; classes: " + classes
                + "; CORS " + (corsOrigins.isEmpty() ? "off" : "for " + String.join(", ", corsOrigins))
                + "; trusted proxies " + proxies;
    }
}
