package org.divelive.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.ServerConfig;
import org.divelive.server.data.DataSettings;
import org.divelive.server.limits.Limits;

/** The real DiveLive server on a free port, for one test class, its run database in a temporary folder. */
final class Site implements AutoCloseable {
    /** Tests never reach the internet: a missing Fashion-MNIST fails at once instead of being downloaded. */
    private static final URI NO_DOWNLOAD = URI.create("http://127.0.0.1:9/");

    private final Path state;
    private final Javalin app;

    private Site(Path contentDir, List<String> corsOrigins, String adminToken) {
        this(contentDir, corsOrigins, adminToken, null);
    }

    private Site(Path contentDir, List<String> corsOrigins, String adminToken, Limits limits) {
        try {
            state = Files.createTempDirectory("divelive-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerConfig config = ServerConfig.defaults().withPort(0).withContentDir(contentDir)
                .withCorsOrigins(corsOrigins);
        if (limits != null) {
            config = config.withLimits(limits);
        }
        DataSettings data = config.data();
        this.app = App.create(config
                .withData(new DataSettings(data.explicitDir(), data.systemDir(), state.resolve("cache"), NO_DOWNLOAD))
                .withRuns(config.runs().withDatabase(state.resolve("runs.mv.db")).withAdminToken(adminToken)))
                .start(0);
    }

    /** The course embedded in the server jar. */
    static Site embedded() {
        return new Site(null, List.of(), null);
    }

    /** The embedded course, its API open to pages from {@code origin} (a static export's host). */
    static Site embeddedAllowing(String origin) {
        return new Site(null, List.of(origin), null);
    }

    /** An instructor's content folder. */
    static Site withContent(Path contentDir) {
        return new Site(contentDir, List.of(), null);
    }

    /** An instructor's content folder, served with tighter {@code limits} than a server's defaults. */
    static Site withContent(Path contentDir, Limits limits) {
        return new Site(contentDir, List.of(), null, limits);
    }

    /** An instructor's content folder, served with an admin token (class mode's instructor pages). */
    static Site withContent(Path contentDir, String adminToken) {
        return new Site(contentDir, List.of(), adminToken);
    }

    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    @Override
    public void close() {
        app.stop();
        try (Stream<Path> files = Files.walk(state)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
