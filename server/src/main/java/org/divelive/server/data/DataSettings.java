package org.divelive.server.data;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where Fashion-MNIST comes from.
 *
 * @param explicitDir  the folder the user named ({@code --data}), looked in first; null if none
 * @param systemDir    where the operating system's package puts the files, looked in next
 * @param cacheDir     the user cache: looked in last, and where a download goes
 * @param downloadBase the folder URL the four official files are fetched from when no folder holds them
 */
public record DataSettings(Path explicitDir, Path systemDir, Path cacheDir, URI downloadBase) {
    /** The dataset's official download location, as its README links it. */
    public static final URI OFFICIAL_DOWNLOAD = URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");

    public static DataSettings defaults() {
        return new DataSettings(null, FashionMnistLocator.DEBIAN, FashionMnistLocator.defaultCache(),
                OFFICIAL_DOWNLOAD);
    }

    public FashionMnistLocator locator() {
        return new FashionMnistLocator(explicitDir, systemDir, cacheDir);
    }
}
