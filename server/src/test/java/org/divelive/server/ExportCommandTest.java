package org.divelive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.divelive.server.testsupport.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code divelive export} refuses what it cannot export with a message naming what to fix, and writes nothing. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenLessonFailsTheExportNamingTheFileAndLine() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("en/01-fine.md"), "---\ntitle: Fine\norder: 1\n---\n\nAll good.\n");
        Files.writeString(content.resolve("en/02-broken.md"), "---\ntitle: Broken\norder: 2\n---\n\nText.\n\n"
                + "<div data-widget=\"no-such-widget\"></div>\n");
        Path out = dir.resolve("site");
        CommandRun result = CommandRun.of("export", "--content", content.toString(), "--out", out.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains("en/02-broken.md, line 8"), result.err());
        assertTrue(result.err().contains("no-such-widget"), result.err());
        assertFalse(Files.exists(out), "nothing is written for a broken course");
    }

    @Test
    void aFolderWithoutLessonsIsRefusedWithWhatALessonFolderNeeds() throws Exception {
        Path content = Files.createDirectories(dir.resolve("not-lessons"));
        CommandRun result = CommandRun.of("export",
                "--content", content.toString(), "--out", dir.resolve("site").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("needs an en/ folder of lessons"), result.err());

        CommandRun missing = CommandRun.of("export",
                "--content", dir.resolve("nowhere").toString(), "--out", dir.resolve("s").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
    }

    @Test
    void aFolderThatIsNeitherEmptyNorAnEarlierExportIsLeftAlone() throws Exception {
        Path out = Files.createDirectories(dir.resolve("homework"));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        CommandRun result = CommandRun.of("export", "--out", out.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("is not empty and not an earlier export"), result.err());
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void anApiUrlMustBeAServerAddress() {
        CommandRun result = CommandRun.of("export", "--out", dir.resolve("s").toString(), "--api-url", "ftp://x");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--api-url must be an http or https address"), result.err());
    }
}
