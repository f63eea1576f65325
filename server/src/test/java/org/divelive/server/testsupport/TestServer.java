package org.divelive.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.ServerConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real server on a free port for a whole test class ({@code @RegisterExtension static}): the test configuration
 * with the class's own changes, its files in a fresh folder that is deleted after the class.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {
    private final UnaryOperator<ServerConfig> changes;
    private final Api api = new Api(this::port);
    private Path dir;
    private Javalin app;

    public TestServer(UnaryOperator<ServerConfig> changes) {
        this.changes = changes;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("divelive-test");
        app = App.create(changes.apply(TestConfigs.server(dir))).start(0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        app.stop();
        try (Stream<Path> files = Files.walk(dir)) {
            // children before their folder
            files.sorted(Comparator.reverseOrder()).forEach(TestServer::delete);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        if (app == null) {
            throw new IllegalStateException("the test server starts before the class's first test");
        }
        return app.port();
    }

    /** The API of this server, usable as soon as it has started. */
    public Api api() {
        return api;
    }
}
