package org.divelive.math.data;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds the real Fashion-MNIST for tests and loads each set once per JVM. The four official .gz files are looked
 * for in the directory named by {@code DIVELIVE_DATA} if it is set, else in Debian's
 * {@code /usr/share/datasets/fashion-mnist}. Missing files fail the test with the way to install them: accuracy
 * checks must never pass by being skipped.
 */
public final class FashionMnistFiles {
    public static final String ENVIRONMENT_VARIABLE = "DIVELIVE_DATA";
    public static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";
    public static final List<String> FILES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    private static Dataset train;
    private static Dataset test;

    private FashionMnistFiles() {
    }

    /** The 60,000 training examples, loaded on first use. */
    public static synchronized Dataset train() {
        if (train == null) {
            train = FashionMnist.fromIdx(gunzip(TRAIN_IMAGES), gunzip(TRAIN_LABELS));
        }
        return train;
    }

    /** The 10,000 test examples, loaded on first use. */
    public static synchronized Dataset test() {
        if (test == null) {
            test = FashionMnist.fromIdx(gunzip(TEST_IMAGES), gunzip(TEST_LABELS));
        }
        return test;
    }

    /** The directory holding all four files; fails the calling test, saying how to get them, if there is none. */
    public static Path directory() {
        String configured = System.getenv(ENVIRONMENT_VARIABLE);
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured) : DEBIAN_DIRECTORY;
        List<String> missing = new ArrayList<>();
        for (String file : FILES) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                missing.add(file);
            }
        }
        if (!missing.isEmpty()) {
            String where = configured != null && !configured.isBlank()
                    ? ENVIRONMENT_VARIABLE + "=" + configured
                    : DEBIAN_DIRECTORY + " (" + ENVIRONMENT_VARIABLE + " is not set)";
            fail("Fashion-MNIST is missing: " + where + " lacks " + String.join(", ", missing) + ". Install it with "
                    + "`sudo apt-get install dataset-fashion-mnist` (it puts the files in " + DEBIAN_DIRECTORY
                    + "), or download the four .gz files from https://github.com/zalandoresearch/fashion-mnist into "
                    + "a directory and set " + ENVIRONMENT_VARIABLE + " to it.");
        }
        return directory;
    }

    public static Path path(String file) {
        return directory().resolve(file);
    }

    /** The un-gzipped bytes of one of the four files. */
    public static byte[] gunzip(String file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path(file)), 1 << 16)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path(file) + ": " + e.getMessage(), e);
        }
    }
}
