package org.divelive.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step, run on the JVM after compiling (never part of the page): writes the registry's widget names, one a
 * line, to the file given as the argument, so the server learns them from the client jar instead of its classes.
 */
public final class WidgetList {
    private WidgetList() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", Widgets.names()) + "\n", StandardCharsets.UTF_8);
    }
}
