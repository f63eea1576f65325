package org.divelive.server.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the four Fashion-MNIST files are looked for, in order: the folder the user names ({@code --data} or
 * {@code DIVELIVE_DATA}), Debian's {@code dataset-fashion-mnist} package, then the user's cache. The first folder
 * holding all four files wins.
 */
public final class FashionMnistLocator {
    public static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");
    public static final List<String> FILES = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private final List<Path> candidates;

    /**
     * @param explicit the user's folder, or null
     * @param system   where the operating system's package puts the files ({@link #DEBIAN}; tests use another)
     */
    public FashionMnistLocator(Path explicit, Path system, Path cache) {
        List<Path> order = new ArrayList<>();
        if (explicit != null) {
            order.add(explicit);
        }
        order.add(system);
        order.add(cache);
        this.candidates = List.copyOf(order);
    }

    /** The user cache: {@code $XDG_CACHE_HOME/divelive/fashion-mnist}, else {@code ~/.cache/divelive/fashion-mnist}. */
    public static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("divelive").resolve("fashion-mnist");
    }

    /** The first folder with all four files, if any. */
    public Optional<Path> find() {
        return candidates.stream()
                .filter(folder -> FILES.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f))))
                .findFirst();
    }

    /** The first folder with all four files, or a message listing where it looked and how to get the data. */
    public Path locate() {
        return find().orElseThrow(() -> new DataUnavailableException("Fashion-MNIST was not found. Looked for "
                + String.join(", ", FILES) + " in " + candidates + ". On Debian: apt-get install "
                + "dataset-fashion-mnist; elsewhere put the four files in a folder and pass --data FOLDER (or set "
                + "DIVELIVE_DATA)."));
    }

    public List<Path> candidates() {
        return candidates;
    }
}
