package org.divelive.math.data;

import org.divelive.math.bytes.ByteReader;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST from the bytes of an un-gzipped file. An IDX file is a big-endian
 * magic number {@code 0x0000TTNN} (TT the element type, 0x08 for unsigned bytes; NN the number of dimensions), then
 * NN big-endian 32-bit sizes, then the elements row-major. We read the two unsigned-byte kinds: images (count, rows,
 * cols) and labels (count). Every check fails with an {@link IllegalArgumentException} that says what is wrong.
 */
public final class Idx {
    /** Unsigned-byte elements, 3 dimensions: count, rows, cols. */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Unsigned-byte elements, 1 dimension: count. */
    public static final int LABELS_MAGIC = 0x00000801;

    private Idx() {
    }

    /**
     * {@code count} images of rows × cols unsigned bytes, row-major: pixel (r, c) of image i is at
     * {@code (i·rows + r)·cols + c}. The array is not copied; read it as unsigned ({@code b & 0xFF}).
     */
    public record Images(int count, int rows, int cols, byte[] pixels) {
        public Images {
            if (count < 0) {
                throw new IllegalArgumentException("the image count must be >= 0, was " + count);
            }
            if (rows < 1 || cols < 1) {
                throw new IllegalArgumentException("an image needs at least one row and one column, was "
                        + rows + "x" + cols);
            }
            if ((long) count * rows * cols != pixels.length) {
                throw new IllegalArgumentException(counted(count, "image") + " of " + rows + "x" + cols + " need "
                        + (long) count * rows * cols + " pixel bytes, got " + pixels.length);
            }
        }

        /** Pixel (row, col) of image i as the unsigned value 0..255 it stands for. */
        public int pixel(int image, int row, int col) {
            return pixels[(image * rows + row) * cols + col] & 0xFF;
        }
    }

    /** {@code count} labels, one unsigned byte each. The array is not copied; read it as unsigned. */
    public record Labels(byte[] values) {
        public int count() {
            return values.length;
        }

        /** Label i as the unsigned value 0..255 it stands for. */
        public int label(int i) {
            return values[i] & 0xFF;
        }
    }

    /** The images of an IDX image file (magic 0x00000803). The pixels are copied out of {@code file}. */
    public static Images images(byte[] file) {
        ByteReader in = ByteReader.bigEndian(file, "IDX image file");
        int[] size = header(in, file, IMAGES_MAGIC, "image", "3 (count, rows, cols)");
        int count = size[0];
        int rows = size[1];
        int cols = size[2];
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("header says the images are " + rows + "x" + cols
                    + ": an image needs at least one row and one column");
        }
        long bytes = (long) count * rows * cols;
        String promise = counted(count, "image") + " of " + rows + "x" + cols + " = " + bytes;
        int length = payloadLength(file, 16, bytes, promise);
        return new Images(count, rows, cols, in.bytes(length));
    }

    /** The labels of an IDX label file (magic 0x00000801). The labels are copied out of {@code file}. */
    public static Labels labels(byte[] file) {
        ByteReader in = ByteReader.bigEndian(file, "IDX label file");
        int count = header(in, file, LABELS_MAGIC, "label", "1 (count)")[0];
        int length = payloadLength(file, 8, count, counted(count, "label") + " = " + count);
        return new Labels(in.bytes(length));
    }

    /**
     * Checks the magic number (two zero bytes, the element type, the dimension count) and returns the sizes that
     * follow it, read from {@code in}, which starts at the beginning of {@code file}. Sizes are unsigned 32-bit, but
     * a Java array stops at 2³¹ − 1.
     */
    private static int[] header(ByteReader in, byte[] file, int expected, String kind, String dimensions) {
        if (file.length == 0) {
            throw new IllegalArgumentException("not an IDX " + kind + " file: the file is empty");
        }
        if (file.length < 4) {
            throw new IllegalArgumentException("not an IDX " + kind + " file: " + file.length
                    + " bytes, too short for the 4-byte magic number");
        }
        int magic = in.u32();
        if (magic != expected) {
            String found = "not an IDX " + kind + " file: magic " + hex(magic) + ", expected " + hex(expected);
            if ((file[0] & 0xFF) == 0x1F && (file[1] & 0xFF) == 0x8B) {
                throw new IllegalArgumentException(found + "; it starts like gzip: un-gzip it first");
            }
            if (magic == IMAGES_MAGIC || magic == LABELS_MAGIC) {
                String other = magic == IMAGES_MAGIC ? "an image" : "a label";
                throw new IllegalArgumentException(found + "; this is " + other + " file");
            }
            if (file[0] != 0 || file[1] != 0 || file[2] != 0x08) {
                throw new IllegalArgumentException(found + "; the elements must be unsigned bytes (type 0x08)");
            }
            throw new IllegalArgumentException(found + "; it declares " + file[3] + " dimensions, " + kind
                    + " files have " + dimensions);
        }
        int dimensionCount = expected & 0xFF;
        int headerLength = 4 + 4 * dimensionCount;
        if (file.length < headerLength) {
            throw new IllegalArgumentException("truncated: an IDX " + kind + " header needs " + headerLength
                    + " bytes, file has " + file.length);
        }
        int[] size = new int[dimensionCount];
        for (int i = 0; i < dimensionCount; i++) {
            size[i] = in.u32();
            if (size[i] < 0) {
                throw new IllegalArgumentException("header size " + i + " is " + (size[i] & 0xFFFFFFFFL)
                        + ", more than a Java array can hold");
            }
        }
        return size;
    }

    /** After the header the file must hold exactly the {@code expected} element bytes it promises. */
    private static int payloadLength(byte[] file, int headerLength, long expected, String promise) {
        long actual = file.length - headerLength;
        if (actual != expected) {
            throw new IllegalArgumentException((actual < expected ? "truncated" : "trailing bytes")
                    + ": header promises " + promise + " bytes, file has " + actual + " after the " + headerLength
                    + "-byte header");
        }
        return (int) expected;
    }

    private static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** 0x followed by 8 hex digits, e.g. 0x00000803. */
    private static String hex(int value) {
        String digits = Integer.toHexString(value);
        return "0x" + "00000000".substring(digits.length()) + digits;
    }
}
