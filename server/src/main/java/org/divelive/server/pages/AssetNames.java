package org.divelive.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.divelive.server.http.Digest;

/**
 * Our own page files under names that change with their bytes: {@code /static/divelive.css} is linked as
 * {@code /static/divelive.3fa09c1e27b4.css}, the first 6 bytes of the SHA-256 of what the server carries. A browser
 * may then keep such a file forever ({@code immutable}): a new version of it has a new name, which the next page
 * links. The plain names keep answering too (scripts load the worker and its WebAssembly by them), without that
 * promise. The webjars' files need no fingerprint: their paths name their version.
 */
public final class AssetNames {
    /** Cache-Control of a fingerprinted file: a year, and no revalidation while the page lives. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** The fingerprinted site path of one of our files, or {@code sitePath} itself for any other file. */
    public String of(String sitePath) {
        if (resource(sitePath).isEmpty()) {
            return sitePath;
        }
        return names.computeIfAbsent(sitePath, path -> {
            String digest = Digest.hex(bytes(path), 6);
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            return dot > slash ? path.substring(0, dot) + "." + digest + path.substring(dot)
                    : path + "." + digest;
        });
    }

    /** Every name handed out so far, by plain site path: what the pages composed until now link. */
    public Map<String, String> handedOut() {
        return Map.copyOf(names);
    }

    /** The class-path resource of a file in one of the {@link SiteFolders}, or empty for any other site path. */
    public static Optional<String> resource(String sitePath) {
        for (SiteFolders folder : SiteFolders.values()) {
            if (sitePath.startsWith(folder.sitePath() + "/")) {
                return Optional.of(folder.resource() + sitePath.substring(folder.sitePath().length()));
            }
        }
        return Optional.empty();
    }

    /** The bytes the server carries for one of our files. */
    public static byte[] bytes(String sitePath) {
        String resource = resource(sitePath).orElseThrow(() ->
                new IllegalArgumentException(sitePath + " is not in a folder of the site's own files"));
        try (InputStream in = AssetNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the server's class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
