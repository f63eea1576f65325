package org.divelive.e2e;

import java.nio.file.Path;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.ServerConfig;

/** The real DiveLive server on a free port, for one test class. */
final class Site implements AutoCloseable {
    private final Javalin app;

    private Site(Path contentDir) {
        this.app = App.create(new ServerConfig(0, contentDir)).start(0);
    }

    /** The course embedded in the server jar. */
    static Site embedded() {
        return new Site(null);
    }

    /** An instructor's content folder. */
    static Site withContent(Path contentDir) {
        return new Site(contentDir);
    }

    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    @Override
    public void close() {
        app.stop();
    }
}
