package org.divelive.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step, run on the JVM after TeaVM (never part of the page): marks the page bundle, whose functions nearly all
 * run as it starts, with V8's compile hint {@value #HINT}. TeaVM wraps the whole bundle in one function passed as an
 * argument, which V8 would otherwise compile lazily, on the main thread, when the wrapper calls it (≈150 ms for
 * 400 KB); with the hint the browser compiles it while the file streams in, off the main thread. Other engines read
 * the line as a comment.
 */
public final class EagerCompileHint {
    static final String HINT = "//# allFunctionsCalledOnLoad";

    private EagerCompileHint() {
    }

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args[0]);
        String code = Files.readString(bundle, StandardCharsets.UTF_8);
        if (!code.startsWith(HINT)) {
            Files.writeString(bundle, HINT + "\n" + code, StandardCharsets.UTF_8);
        }
    }
}
