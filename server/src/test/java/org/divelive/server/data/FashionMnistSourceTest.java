package org.divelive.server.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.divelive.math.data.TrainTestSplit;
import org.divelive.server.testsupport.FileServer;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding, downloading and reading Fashion-MNIST, with temporary folders and a local stand-in for the internet. */
class FashionMnistSourceTest {
    private static final Path REAL = FashionMnistLocator.DEBIAN;
    private static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";

    @TempDir
    Path dir;

    /** A folder with the four real files, one of them replaced by {@code bytes}. */
    private Path folderWith(String name, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data"));
        for (String file : FashionMnistLocator.FILES) {
            Files.copy(REAL.resolve(file), folder.resolve(file));
        }
        Files.write(folder.resolve(name), bytes);
        return folder;
    }

    private static void touchAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String file : FashionMnistLocator.FILES) {
            Files.writeString(folder.resolve(file), "");
        }
    }

    @Test
    void theFirstFolderHoldingAllFourFilesWinsInTheDocumentedOrder() throws IOException {
        Path explicit = dir.resolve("explicit");
        Path system = dir.resolve("system");
        Path cache = dir.resolve("cache");
        FashionMnistLocator locator = new FashionMnistLocator(explicit, system, cache);
        assertEquals(List.of(explicit, system, cache), locator.candidates());
        assertTrue(locator.find().isEmpty());
        DataUnavailableException missing = assertThrows(DataUnavailableException.class, locator::locate);
        assertTrue(missing.getMessage().contains(explicit.toString()) && missing.getMessage().contains("--data"),
                missing.getMessage());

        touchAll(cache);
        assertEquals(cache, locator.locate());
        touchAll(system);
        assertEquals(system, locator.locate());
        touchAll(explicit);
        Files.delete(explicit.resolve(TRAIN_IMAGES));
        assertEquals(system, locator.locate(), "a folder missing one file does not count");
    }

    @Test
    void withNoFilesAnywhereAndNoNetworkItFailsFastSayingWhatToDo() {
        FashionMnistSource source = new FashionMnistSource(TestConfigs.nowhere(dir));
        long started = System.nanoTime();
        DataUnavailableException e = assertThrows(DataUnavailableException.class, source::prepare);
        assertTrue(System.nanoTime() - started < 5e9, "failing offline takes seconds, not minutes");
        String message = e.getMessage();
        assertTrue(message.startsWith("Fashion-MNIST is in none of [" + dir.resolve("no-system-package") + ", "
                + dir.resolve("cache") + "], and cannot download http://127.0.0.1:"), message);
        assertTrue(message.contains("train-images-idx3-ubyte.gz (no connection, Connection refused: is this machine "
                + "offline?). Install Debian's dataset-fashion-mnist package, or put the four files from "
                + "https://github.com/zalandoresearch/fashion-mnist in a folder and pass --data FOLDER"), message);
        assertEquals(message, assertThrows(DataUnavailableException.class, source::requireFiles).getMessage());
    }

    @Test
    void aTruncatedFileIsNamedAndSaysWhatIsWrong() throws IOException {
        byte[] real = Files.readAllBytes(REAL.resolve(TRAIN_IMAGES));
        Path folder = folderWith(TRAIN_IMAGES, Arrays.copyOf(real, real.length / 3));
        FashionMnistSource source = new FashionMnistSource(new DataSettings(folder, dir.resolve("none"),
                dir.resolve("cache"), TestConfigs.unreachable()));
        source.prepare();
        source.requireFiles();
        String message = assertThrows(DataUnavailableException.class, source::dataset).getMessage();
        assertTrue(message.startsWith(folder.resolve(TRAIN_IMAGES) + " is truncated"), message);
        assertTrue(assertThrows(DataUnavailableException.class, source::requireFiles).getMessage()
                .contains("is truncated"), "a broken file keeps the data off until it is fixed");
    }

    @Test
    void aFileThatIsNotGzipIsNamed() throws IOException {
        Path folder = folderWith("t10k-labels-idx1-ubyte.gz", "not a gzip file".getBytes());
        String message = assertThrows(DataUnavailableException.class, () -> FashionMnistReader.read(folder))
                .getMessage();
        assertTrue(message.startsWith(folder.resolve("t10k-labels-idx1-ubyte.gz") + " is not a valid gzip file"),
                message);
    }

    @Test
    void goodFilesLoadOnceAndAreShared() {
        FashionMnistSource source = new FashionMnistSource(new DataSettings(REAL, dir.resolve("none"),
                dir.resolve("cache"), TestConfigs.unreachable()));
        source.prepare();
        TrainTestSplit data = source.dataset();
        assertEquals(60_000, data.train().size());
        assertEquals(10_000, data.test().size());
        assertSame(data, source.dataset());
    }

    @Test
    void aDownloadFetchesTheMissingFilesVerifiedAndReportsProgress() throws IOException {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Files.copy(REAL.resolve("t10k-labels-idx1-ubyte.gz"), cache.resolve("t10k-labels-idx1-ubyte.gz"));
        List<String> progress = new ArrayList<>();
        try (FileServer site = new FileServer(REAL, Map.of(), true)) {
            assertEquals(cache, new FashionMnistDownload(site.base(), cache, progress::add).fetchMissing());
        }
        for (String file : FashionMnistLocator.FILES) {
            assertArrayEquals(Files.readAllBytes(REAL.resolve(file)), Files.readAllBytes(cache.resolve(file)), file);
        }
        // the line is written once half the bytes are in: 13.2 MB, or a read's worth more (13.3)
        assertTrue(progress.stream().anyMatch(line -> line.matches(
                "downloading train-images-idx3-ubyte\\.gz: 50% \\(13\\.[23] of 26\\.4 MB\\)")), progress.toString());
        assertFalse(progress.stream().anyMatch(line -> line.contains("t10k-labels")), "a file already there is kept");
    }

    @Test
    void aDownloadThatIsNotTheOfficialFileIsRejectedAndNotKept() {
        Path cache = dir.resolve("cache");
        try (FileServer site = new FileServer(REAL, Map.of(TRAIN_IMAGES, "tampered".getBytes()), true)) {
            String message = assertThrows(DataUnavailableException.class,
                    () -> new FashionMnistDownload(site.base(), cache, line -> { }).fetchMissing()).getMessage();
            assertTrue(message.startsWith("the download of " + site.base() + TRAIN_IMAGES + " is damaged or not the "
                    + "official file: its SHA-256 is "), message);
        }
        assertFalse(Files.exists(cache.resolve(TRAIN_IMAGES)));
        assertFalse(Files.exists(cache.resolve(TRAIN_IMAGES + ".part")));
    }

    @Test
    void aMissingFileOnTheDownloadSiteIsReportedWithItsHttpStatus() throws IOException {
        try (FileServer site = new FileServer(Files.createDirectories(dir.resolve("empty")), Map.of(), true)) {
            String message = assertThrows(DataUnavailableException.class,
                    () -> new FashionMnistDownload(site.base(), dir.resolve("cache"), line -> { }).fetchMissing())
                    .getMessage();
            assertTrue(message.startsWith("cannot download " + site.base() + TRAIN_IMAGES + ": the server answered "
                    + "HTTP 404"), message);
        }
    }

    @Test
    void aDownloadLargerThanTheOfficialFileIsCutOffAndNotKept() {
        Path cache = dir.resolve("cache");
        byte[] oversized = new byte[26_421_856 + 1];
        try (FileServer site = new FileServer(REAL, Map.of(TRAIN_IMAGES, oversized), true)) {
            String message = assertThrows(DataUnavailableException.class,
                    () -> new FashionMnistDownload(site.base(), cache, line -> { }).fetchMissing()).getMessage();
            assertTrue(message.startsWith("cannot download " + site.base() + TRAIN_IMAGES) && message.contains(
                    "the official file has 26421856"), message);
        }
        assertFalse(Files.exists(cache.resolve(TRAIN_IMAGES)));
        assertFalse(Files.exists(cache.resolve(TRAIN_IMAGES + ".part")));
    }
}
