package org.divelive.math.data;

/**
 * Fashion-MNIST (Xiao, Rasul and Vollgraf, 2017): 28×28 grey-scale images of clothing in K = 10 classes, 60,000 for
 * training and 10,000 for testing. As a {@link Dataset} an image is one row of D = 784 features, pixel (r, c) in
 * column 28·r + c, scaled from 0..255 to [0, 1] as x/255.
 *
 * <p>The compact form is the unsigned bytes of the IDX files, a quarter of the size of the floats: the server sends
 * pixels (N, 784) and labels (N) as bytes, and the page rebuilds the data set with {@link #dataset(byte[], byte[])},
 * the same code the server trains with, so both hold the same floats bit for bit.
 */
public final class FashionMnist {
    public static final int ROWS = 28;
    public static final int COLS = 28;
    public static final int FEATURES = ROWS * COLS;
    public static final int CLASSES = 10;
    public static final int TRAIN_SIZE = 60_000;
    public static final int TEST_SIZE = 10_000;

    private static final String[] ENGLISH_NAMES = {
        "t-shirt/top", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle boot"
    };
    private static final String[] CHINESE_NAMES = {
        "T恤/上衣", "裤子", "套衫", "连衣裙", "外套", "凉鞋", "衬衫", "运动鞋", "包", "短靴"
    };

    /** x/255 for each of the 256 byte values, computed in double and rounded once: the same float everywhere. */
    private static final float[] SCALED = new float[256];

    static {
        for (int b = 0; b < 256; b++) {
            SCALED[b] = (float) (b / 255.0);
        }
    }

    private FashionMnist() {
    }

    public static String englishName(int label) {
        return ENGLISH_NAMES[requireLabel(label)];
    }

    public static String chineseName(int label) {
        return CHINESE_NAMES[requireLabel(label)];
    }

    /** The data set in the two IDX files, given un-gzipped. */
    public static Dataset fromIdx(byte[] imageFile, byte[] labelFile) {
        return dataset(Idx.images(imageFile), Idx.labels(labelFile));
    }

    public static Dataset dataset(Idx.Images images, Idx.Labels labels) {
        if (images.rows() != ROWS || images.cols() != COLS) {
            throw new IllegalArgumentException("Fashion-MNIST images are " + ROWS + "x" + COLS + ", these are "
                    + images.rows() + "x" + images.cols());
        }
        if (images.count() != labels.count()) {
            throw new IllegalArgumentException("image count " + images.count() + " differs from label count "
                    + labels.count());
        }
        return dataset(images.pixels(), labels.values());
    }

    // region scale-pixels
    /**
     * From the compact form: {@code pixels} (N, 784) and {@code labels} (N), unsigned bytes, each label below 10.
     * Pixels become b/255.
     */
    public static Dataset dataset(byte[] pixels, byte[] labels) {
        if (pixels.length != (long) labels.length * FEATURES) {
            throw new IllegalArgumentException("label count " + labels.length + " needs "
                    + (long) labels.length * FEATURES + " pixel bytes (" + FEATURES + " per image), got "
                    + pixels.length);
        }
        float[] x = new float[pixels.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = SCALED[pixels[i] & 0xFF];
        }
        int[] y = new int[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i] & 0xFF;
        }
        return Dataset.classification(x, FEATURES, y, CLASSES);
    }
    // endregion

    /**
     * The compact pixels (N, 784) of a Fashion-MNIST data set, e.g. a subset: the exact inverse of
     * {@link #dataset(byte[], byte[])}. A feature that is not some b/255 fails, so nothing is lost unnoticed.
     */
    public static byte[] pixelBytes(Dataset data) {
        requireFashionMnist(data);
        float[] x = data.featureArray();
        byte[] pixels = new byte[data.size() * FEATURES];
        for (int i = 0; i < pixels.length; i++) {
            // x·255 is within a float rounding of the integer b, far from the ±0.5 that would round it elsewhere
            int b = (int) Math.floor(x[i] * 255.0 + 0.5);
            if (b < 0 || b > 255 || SCALED[b] != x[i]) {
                throw new IllegalArgumentException("feature " + i % FEATURES + " of example " + i / FEATURES
                        + " is " + x[i] + ", not a pixel value b/255 with b in 0..255");
            }
            pixels[i] = (byte) b;
        }
        return pixels;
    }

    /** The compact labels (N) of a Fashion-MNIST data set. */
    public static byte[] labelBytes(Dataset data) {
        requireFashionMnist(data);
        byte[] labels = new byte[data.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) data.label(i);
        }
        return labels;
    }

    private static void requireFashionMnist(Dataset data) {
        if (!data.isClassification() || data.features() != FEATURES || data.classes() != CLASSES) {
            throw new IllegalArgumentException("a Fashion-MNIST set has " + FEATURES + " features and " + CLASSES
                    + " classes, this one " + data.features() + " features and " + data.classes() + " classes");
        }
    }

    private static int requireLabel(int label) {
        if (label < 0 || label >= CLASSES) {
            throw new IllegalArgumentException("label must be from 0 to " + (CLASSES - 1) + ", was " + label);
        }
        return label;
    }
}
