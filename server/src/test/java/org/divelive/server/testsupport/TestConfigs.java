package org.divelive.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import org.divelive.server.ServerConfig;
import org.divelive.server.data.DataSettings;
import org.divelive.server.data.FashionMnistLocator;
import org.divelive.server.runs.api.RunSettings;

/** Server configurations whose every file lives in a test's temporary folder and that never reach the internet. */
public final class TestConfigs {
    private TestConfigs() {
    }

    /** Port 0, the database in {@code dir}, the real Fashion-MNIST from Debian's package. */
    public static ServerConfig server(Path dir) {
        return ServerConfig.defaults().withPort(0)
                .withData(new DataSettings(null, FashionMnistLocator.DEBIAN, dir.resolve("cache"), unreachable()))
                .withRuns(RunSettings.defaults().withDatabase(database(dir)));
    }

    public static Path database(Path dir) {
        return dir.resolve("runs.mv.db");
    }

    /** No folder holds Fashion-MNIST, and the download fails at once: the address of a port nobody listens on. */
    public static DataSettings nowhere(Path dir) {
        return new DataSettings(null, dir.resolve("no-system-package"), dir.resolve("cache"), unreachable());
    }

    /** A local address refusing connections: a port that was free a moment ago. */
    public static URI unreachable() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
