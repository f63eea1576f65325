package org.divelive.server.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.data.Idx;
import org.divelive.math.data.TrainTestSplit;

/** Reads the four gzipped IDX files of a folder into the training and test sets; errors name the file. */
public final class FashionMnistReader {
    private FashionMnistReader() {
    }

    public static TrainTestSplit read(Path folder) {
        List<String> files = FashionMnistLocator.FILES;
        return new TrainTestSplit(dataset(folder, files.get(0), files.get(1)),
                dataset(folder, files.get(2), files.get(3)));
    }

    private static Dataset dataset(Path folder, String imageFile, String labelFile) {
        Idx.Images images;
        Idx.Labels labels;
        try {
            images = Idx.images(bytes(folder, imageFile));
        } catch (IllegalArgumentException e) {
            throw new DataUnavailableException(folder.resolve(imageFile) + ": " + e.getMessage(), e);
        }
        try {
            labels = Idx.labels(bytes(folder, labelFile));
        } catch (IllegalArgumentException e) {
            throw new DataUnavailableException(folder.resolve(labelFile) + ": " + e.getMessage(), e);
        }
        try {
            return FashionMnist.dataset(images, labels);
        } catch (IllegalArgumentException e) {
            throw new DataUnavailableException(imageFile + " and " + labelFile + " do not belong together: "
                    + e.getMessage(), e);
        }
    }

    /** One file, un-gzipped. */
    static byte[] bytes(Path folder, String name) {
        Path file = folder.resolve(name);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return in.readAllBytes();
        } catch (ZipException e) {
            throw new DataUnavailableException(file + " is not a valid gzip file (" + e.getMessage()
                    + "); delete it and fetch it again", e);
        } catch (EOFException e) {
            throw new DataUnavailableException(file + " is truncated: it ends before its gzip stream does; "
                    + "delete it and fetch it again", e);
        } catch (IOException e) {
            throw new DataUnavailableException(file + " cannot be read: " + e, e);
        }
    }
}
