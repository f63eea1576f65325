package org.divelive.server.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the lessons live: a folder given by the instructor, or the course embedded in the server itself (its jar,
 * or {@code target/classes} when run from the build), opened as a file system so both read the same way.
 */
public final class ContentRoot {
    private ContentRoot() {
    }

    /** The course shipped inside the server. */
    public static Path embedded() {
        try {
            Path codeSource = Path.of(ContentRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(codeSource)) {
                return codeSource.resolve("content");
            }
            FileSystem jar = FileSystems.newFileSystem(codeSource, (ClassLoader) null);
            return jar.getPath("/content");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the server jar to read its lessons", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the server's own location is not a file path", e);
        }
    }
}
