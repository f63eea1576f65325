package org.divelive.server.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fetches the Fashion-MNIST files a folder lacks from the dataset's download location, each into a {@code .part}
 * file that becomes the real file only once its SHA-256 matches the official release, so the folder never holds a
 * partial or altered file under the real name. Connect and read timeouts make it fail within seconds when offline.
 *
 * @param base     the folder URL holding the four files, ending in '/'
 * @param folder   where they go, created if needed
 * @param progress told what is happening, a line at a time (the log, a status)
 */
public record FashionMnistDownload(URI base, Path folder, Consumer<String> progress) {
    /** SHA-256 of the official release (the same bytes as Debian's dataset-fashion-mnist package). */
    static final Map<String, String> SHA256 = Map.of(
            "train-images-idx3-ubyte.gz", "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
            "train-labels-idx1-ubyte.gz", "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
            "t10k-images-idx3-ubyte.gz", "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
            "t10k-labels-idx1-ubyte.gz", "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05");
    /** The official files' sizes: a server sending more is cut off there, so a download cannot fill the disk. */
    static final Map<String, Long> SIZE = Map.of(
            "train-images-idx3-ubyte.gz", 26_421_856L,
            "train-labels-idx1-ubyte.gz", 29_491L,
            "t10k-images-idx3-ubyte.gz", 4_422_079L,
            "t10k-labels-idx1-ubyte.gz", 5_125L);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** A progress line per this many percent of a file. */
    private static final int PROGRESS_STEP_PERCENT = 10;

    /** Downloads every file the folder does not hold yet; returns the folder, now with all four. */
    public Path fetchMissing() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataUnavailableException("cannot create the download folder " + folder + ": " + e, e);
        }
        for (String name : FashionMnistLocator.FILES) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                fetch(name);
            }
        }
        return folder;
    }

    private void fetch(String name) {
        URI url = base.resolve(name);
        Path part = folder.resolve(name + ".part");
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            int status = connection.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new DataUnavailableException("cannot download " + url + ": the server answered HTTP " + status
                        + ". " + howElse());
            }
            String digest = copy(connection, name, part);
            if (!digest.equals(SHA256.get(name))) {
                Files.deleteIfExists(part);
                throw new DataUnavailableException("the download of " + url + " is damaged or not the official "
                        + "file: its SHA-256 is " + digest + ", expected " + SHA256.get(name) + ". " + howElse());
            }
            Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the download's own failure is the one to report
            }
            throw new DataUnavailableException("cannot download " + url + " (" + describe(e) + "). " + howElse(), e);
        }
    }

    /** Streams the body into {@code part}, reporting progress, and returns the SHA-256 of what it wrote. */
    private String copy(HttpURLConnection connection, String name, Path part) throws IOException {
        long total = connection.getContentLengthLong();
        long most = SIZE.get(name);
        if (total > most) {
            throw new IOException(name + " from " + connection.getURL() + " says it has " + total + " bytes; the "
                    + "official file has " + most);
        }
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[1 << 16];
        long received = 0;
        int reportedPercent = -PROGRESS_STEP_PERCENT;
        try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(part)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                received += n;
                if (received > most) {
                    throw new IOException(name + " from " + connection.getURL() + " goes on past the official "
                            + "file's " + most + " bytes: not the Fashion-MNIST file");
                }
                out.write(buffer, 0, n);
                sha256.update(buffer, 0, n);
                int percent = total > 0 ? (int) (100 * received / total) : 0;
                if (percent >= reportedPercent + PROGRESS_STEP_PERCENT) {
                    reportedPercent = percent - percent % PROGRESS_STEP_PERCENT;
                    progress.accept(String.format(Locale.ROOT, "downloading %s: %d%% (%.1f of %.1f MB)", name,
                            reportedPercent, received / 1e6, total / 1e6));
                }
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The usual offline failures in words; anything else as the exception says it. */
    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "no connection, " + e.getMessage() + ": is this machine offline?";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage() + ": is this machine offline?";
        }
        if (e instanceof SocketTimeoutException) {
            return "no answer within " + CONNECT_TIMEOUT.toSeconds() + " s to connect or " + READ_TIMEOUT.toSeconds()
                    + " s to read: is this machine offline?";
        }
        return e.toString();
    }

    private static String howElse() {
        return "Install Debian's dataset-fashion-mnist package, or put the four files from "
                + "https://github.com/zalandoresearch/fashion-mnist in a folder and pass --data FOLDER "
                + "(or set DIVELIVE_DATA).";
    }
}
