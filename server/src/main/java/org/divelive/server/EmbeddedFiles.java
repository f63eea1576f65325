package org.divelive.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files the server carries inside itself (its jar, or {@code target/classes} when run from the build), opened
 * as a file system so both read the same way: the course's lessons and the shared-math sources lessons quote.
 */
public final class EmbeddedFiles {
    private static Path root;

    private EmbeddedFiles() {
    }

    /** The embedded course: {@code content/en}, {@code content/zh}. */
    public static Path content() {
        return root().resolve("content");
    }

    /** The shared-math sources, at their package root {@code org/divelive/math}. */
    public static Path mathSources() {
        return root().resolve("source/org/divelive/math");
    }

    private static synchronized Path root() {
        if (root == null) {
            try {
                Path codeSource = Path.of(EmbeddedFiles.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                if (Files.isDirectory(codeSource)) {
                    root = codeSource;
                } else {
                    FileSystem jar = FileSystems.newFileSystem(codeSource, (ClassLoader) null);
                    root = jar.getPath("/");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the server jar to read its lessons", e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("the server's own location is not a file path", e);
            }
        }
        return root;
    }
}
