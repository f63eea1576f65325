package org.divelive.server;

import java.net.URI;
import java.nio.file.Path;

import org.divelive.server.data.DataSettings;
import picocli.CommandLine.Option;

/** Where a command finds Fashion-MNIST: the flags {@code serve} and {@code train} share. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:DIVELIVE_DATA}",
            description = "Folder with the four Fashion-MNIST .gz files, looked in before Debian's package and the "
                    + "user cache (env DIVELIVE_DATA).")
    Path data;

    @Option(names = "--data-url", paramLabel = "URL", defaultValue = "${env:DIVELIVE_DATA_URL}",
            description = "Folder URL to download the four files from when no folder has them (env "
                    + "DIVELIVE_DATA_URL; default: the dataset's official location).")
    URI downloadBase;

    DataSettings settings() {
        DataSettings defaults = DataSettings.defaults();
        return new DataSettings(data, defaults.systemDir(), defaults.cacheDir(),
                downloadBase != null ? withTrailingSlash(downloadBase) : defaults.downloadBase());
    }

    /** A folder URL must end in '/' for the file names to resolve inside it rather than beside it. */
    private static URI withTrailingSlash(URI folder) {
        String text = folder.toString();
        return text.endsWith("/") ? folder : URI.create(text + "/");
    }
}
