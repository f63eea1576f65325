package org.divelive.server;

import java.nio.file.Path;

/**
 * Everything the server can be told. Every field has an embedded default, so {@code serve} needs no configuration.
 *
 * @param port       the HTTP port; 0 picks a free one (tests)
 * @param contentDir an instructor's lesson folder ({@code en/}, {@code zh/}), or null for the embedded course
 */
public record ServerConfig(int port, Path contentDir) {
    public static final int DEFAULT_PORT = 7070;

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, null);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, contentDir);
    }
}
