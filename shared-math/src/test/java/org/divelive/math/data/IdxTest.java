package org.divelive.math.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class IdxTest {

    @Test
    void imagesRoundTripWithUnsignedPixelsInRowMajorOrder() {
        byte[] file = idx(0x00000803, new int[] {2, 2, 3}, 0, 1, 2, 3, 4, 5, 128, 200, 255, 0, 7, 9);
        Idx.Images images = Idx.images(file);
        assertEquals(2, images.count());
        assertEquals(2, images.rows());
        assertEquals(3, images.cols());
        assertArrayEquals(new byte[] {0, 1, 2, 3, 4, 5, (byte) 128, (byte) 200, (byte) 255, 0, 7, 9},
                images.pixels());
        assertEquals(5, images.pixel(0, 1, 2));
        assertEquals(128, images.pixel(1, 0, 0));
        assertEquals(255, images.pixel(1, 0, 2));
        assertEquals(9, images.pixel(1, 1, 2));
    }

    @Test
    void labelsRoundTripAsUnsignedBytes() {
        Idx.Labels labels = Idx.labels(idx(0x00000801, new int[] {4}, 9, 0, 3, 250));
        assertEquals(4, labels.count());
        assertArrayEquals(new byte[] {9, 0, 3, (byte) 250}, labels.values());
        assertEquals(9, labels.label(0));
        assertEquals(250, labels.label(3));
    }

    @Test
    void aFileWithZeroItemsIsValidAndEmpty() {
        assertEquals(0, Idx.images(idx(0x00000803, new int[] {0, 28, 28})).count());
        assertEquals(0, Idx.labels(idx(0x00000801, new int[] {0})).count());
    }

    @Test
    void anEmptyFileSaysSo() {
        assertMessage("not an IDX image file: the file is empty", () -> Idx.images(new byte[0]));
        assertMessage("not an IDX label file: the file is empty", () -> Idx.labels(new byte[0]));
        assertMessage("not an IDX label file: 3 bytes, too short for the 4-byte magic number",
                () -> Idx.labels(new byte[] {0, 0, 8}));
    }

    @Test
    void aLabelFileReadAsImagesAndTheOtherWayRoundIsNamed() {
        assertMessage("not an IDX image file: magic 0x00000801, expected 0x00000803; this is a label file",
                () -> Idx.images(idx(0x00000801, new int[] {1}, 3)));
        assertMessage("not an IDX label file: magic 0x00000803, expected 0x00000801; this is an image file",
                () -> Idx.labels(idx(0x00000803, new int[] {1, 1, 1}, 3)));
    }

    @Test
    void aStillGzippedFileIsRecognised() {
        byte[] gzipStart = {0x1F, (byte) 0x8B, 0x08, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertMessage("not an IDX image file: magic 0x1f8b0808, expected 0x00000803; it starts like gzip: "
                + "un-gzip it first", () -> Idx.images(gzipStart));
    }

    @Test
    void anElementTypeOtherThanUnsignedByteIsRejected() {
        // 0x0D is IDX's float type
        assertMessage("not an IDX image file: magic 0x00000d03, expected 0x00000803; the elements must be unsigned "
                + "bytes (type 0x08)", () -> Idx.images(idx(0x00000D03, new int[] {1, 1, 1}, 0, 0, 0, 0)));
    }

    @Test
    void aWrongDimensionCountIsRejected() {
        assertMessage("not an IDX image file: magic 0x00000802, expected 0x00000803; it declares 2 dimensions, "
                + "image files have 3 (count, rows, cols)", () -> Idx.images(idx(0x00000802, new int[] {1, 1}, 0)));
        assertMessage("not an IDX label file: magic 0x00000802, expected 0x00000801; it declares 2 dimensions, "
                + "label files have 1 (count)", () -> Idx.labels(idx(0x00000802, new int[] {1, 1}, 0)));
    }

    @Test
    void aTruncatedHeaderIsRejected() {
        byte[] file = idx(0x00000803, new int[] {60000, 28});
        assertMessage("truncated: an IDX image header needs 16 bytes, file has 12", () -> Idx.images(file));
    }

    @Test
    void truncatedPixelsAreRejectedWithWhatTheHeaderPromised() {
        byte[] file = new byte[16 + 1_000_000];
        System.arraycopy(idx(0x00000803, new int[] {60000, 28, 28}), 0, file, 0, 16);
        assertMessage("truncated: header promises 60000 images of 28x28 = 47040000 bytes, file has 1000000 after "
                + "the 16-byte header", () -> Idx.images(file));
    }

    @Test
    void truncatedLabelsAndTrailingBytesAreRejected() {
        assertMessage("truncated: header promises 3 labels = 3 bytes, file has 2 after the 8-byte header",
                () -> Idx.labels(idx(0x00000801, new int[] {3}, 1, 2)));
        assertMessage("trailing bytes: header promises 1 image of 1x2 = 2 bytes, file has 3 after the 16-byte "
                + "header", () -> Idx.images(idx(0x00000803, new int[] {1, 1, 2}, 1, 2, 3)));
    }

    @Test
    void sizesBeyondAJavaArrayAndEmptyImagesAreRejected() {
        assertMessage("header size 0 is 4294967295, more than a Java array can hold",
                () -> Idx.labels(idx(0x00000801, new int[] {-1})));
        assertMessage("header says the images are 0x28: an image needs at least one row and one column",
                () -> Idx.images(idx(0x00000803, new int[] {5, 0, 28})));
    }

    @Test
    void handBuiltImagesMustMatchTheirShape() {
        assertMessage("2 images of 2x2 need 8 pixel bytes, got 7", () -> new Idx.Images(2, 2, 2, new byte[7]));
        assertMessage("an image needs at least one row and one column, was 2x0",
                () -> new Idx.Images(1, 2, 0, new byte[0]));
        assertMessage("the image count must be >= 0, was -1", () -> new Idx.Images(-1, 1, 1, new byte[0]));
    }

    /** An IDX file: the big-endian magic, the big-endian sizes, then one byte per element. */
    static byte[] idx(int magic, int[] sizes, int... elements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, magic);
        for (int size : sizes) {
            writeInt(out, size);
        }
        for (int element : elements) {
            out.write(element);
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
