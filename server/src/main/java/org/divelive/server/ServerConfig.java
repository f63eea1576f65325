package org.divelive.server;

import java.nio.file.Path;
import java.util.List;

import org.divelive.server.classes.ClassSettings;
import org.divelive.server.data.DataSettings;
import org.divelive.server.runs.api.RunSettings;

/**
 * Everything the server can be told. Every field has an embedded default, so {@code serve} needs no configuration.
 *
 * @param port       the HTTP port; 0 picks a free one (tests)
 * @param contentDir an instructor's lesson folder ({@code en/}, {@code zh/}), or null for the embedded course
 * @param data       where Fashion-MNIST is looked for and downloaded to
 * @param runs       the run database, the queue, the ceilings and the admin token
 * @param corsOrigins origins ({@code https://host[:port]}) whose pages may call the API, such as a static export's
 *                    host; empty (the default) sends no CORS headers
 * @param classes     class mode's fairness: runs per learner, runs shared by anonymous visitors
 */
public record ServerConfig(int port, Path contentDir, DataSettings data, RunSettings runs, List<String> corsOrigins,
        ClassSettings classes) {
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        corsOrigins = List.copyOf(corsOrigins);
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, null, DataSettings.defaults(), RunSettings.defaults(), List.of(),
                ClassSettings.defaults());
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, contentDir, data, runs, corsOrigins, classes);
    }

    public ServerConfig withContentDir(Path dir) {
        return new ServerConfig(port, dir, data, runs, corsOrigins, classes);
    }

    public ServerConfig withData(DataSettings newData) {
        return new ServerConfig(port, contentDir, newData, runs, corsOrigins, classes);
    }

    public ServerConfig withRuns(RunSettings newRuns) {
        return new ServerConfig(port, contentDir, data, newRuns, corsOrigins, classes);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(port, contentDir, data, runs, origins, classes);
    }

    public ServerConfig withClasses(ClassSettings newClasses) {
        return new ServerConfig(port, contentDir, data, runs, corsOrigins, newClasses);
    }

    /** The effective configuration in words, for the start-up log; the admin token shows only as set or not. */
    @Override
    public String toString() {
        return "port " + port + "; content " + (contentDir == null ? "embedded" : contentDir.toAbsolutePath())
                + "; Fashion-MNIST from " + (data.explicitDir() == null ? "" : data.explicitDir() + ", then ")
                + data.systemDir() + ", then " + data.cacheDir() + " (downloaded from " + data.downloadBase()
                + " if none has it); runs: " + runs + "; classes: " + classes
                + "; CORS " + (corsOrigins.isEmpty() ? "off" : "for " + String.join(", ", corsOrigins));
    }
}
