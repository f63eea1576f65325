package org.divelive.server.lessons;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The widgets the page bundle can mount, as the client's build lists them in {@code web/client/widgets.txt} (one
 * name a line) beside the bundle: a lesson naming any other is broken.
 */
public final class WidgetNames {
    static final String RESOURCE = "/web/client/widgets.txt";

    private WidgetNames() {
    }

    public static List<String> load() {
        try (InputStream in = WidgetNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the client jar (the page bundle) is not on "
                        + "the class path");
            }
            List<String> names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(name -> !name.isEmpty()).toList();
            if (names.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " lists no widgets");
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
