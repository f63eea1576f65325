package org.divelive.server.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the dataset's download site: serves the files of a folder, or given bytes in place of some,
 * and answers only once its gate is open, so a test can catch a download in progress.
 */
public final class FileServer implements AutoCloseable {
    private final HttpServer server;
    private final CountDownLatch gate = new CountDownLatch(1);

    public FileServer(Path folder, Map<String, byte[]> replaced, boolean open) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (open) {
            gate.countDown();
        }
        server.createContext("/", exchange -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String name = exchange.getRequestURI().getPath().substring(1);
            Path file = folder.resolve(name);
            byte[] body = replaced.containsKey(name) ? replaced.get(name)
                    : Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Lets the waiting and every later request through. */
    public void open() {
        gate.countDown();
    }

    @Override
    public void close() {
        open();
        server.stop(0);
    }
}
