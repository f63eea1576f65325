package org.divelive.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A plain static file server, as a university web space is: the files of one folder under a sub-path, as they are,
 * with a content type by file name, nothing else (unless told to send more headers). It records every request path,
 * so a test can check that a page asked for nothing outside the folder.
 */
final class StaticFileServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript", "css", "text/css", "json", "application/json", "svg", "image/svg+xml", "wasm",
            "application/wasm", "woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf", "gz",
            "application/gzip");

    private final Path folder;
    private final String subPath;
    private final Map<String, String> headers;
    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    /** Serves {@code folder} at {@code subPath} (starting and ending with "/") on 127.0.0.1 and a free port. */
    StaticFileServer(Path folder, String subPath) throws IOException {
        this(folder, subPath, Map.of());
    }

    /** The same, sending {@code headers} with every file, as a host can be told to. */
    StaticFileServer(Path folder, String subPath, Map<String, String> headers) throws IOException {
        this.folder = folder;
        this.subPath = subPath;
        this.headers = Map.copyOf(headers);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The origin pages are served from, {@code http://127.0.0.1:PORT}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URL of a file of the folder, by its path inside it. */
    String url(String file) {
        return origin() + subPath + file;
    }

    /** Every request path so far. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        Path file = null;
        if (path.startsWith(subPath) && !path.contains("..")) {
            file = folder.resolve(path.substring(subPath.length()));
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
        }
        if (file == null || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(200, Files.size(file));
        try (var body = exchange.getResponseBody()) {
            Files.copy(file, body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
