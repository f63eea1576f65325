package org.divelive.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EagerCompileHintTest {
    @TempDir
    Path folder;

    @Test
    void theHintGoesOnTheFirstLineOnceAndTheCodeStaysAsItWas() throws Exception {
        Path bundle = folder.resolve("divelive.js");
        Files.writeString(bundle, "\"use strict\";\n(function(){})();\n", StandardCharsets.UTF_8);
        EagerCompileHint.main(new String[] {bundle.toString()});
        // a build that finds the bundle unchanged runs the step again: still one hint
        EagerCompileHint.main(new String[] {bundle.toString()});
        assertEquals("//# allFunctionsCalledOnLoad\n\"use strict\";\n(function(){})();\n",
                Files.readString(bundle, StandardCharsets.UTF_8));
    }
}
