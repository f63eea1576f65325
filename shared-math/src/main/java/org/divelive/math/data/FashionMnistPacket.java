package org.divelive.math.data;

import org.divelive.math.bytes.ByteReader;
import org.divelive.math.bytes.ByteWriter;

/**
 * How the server sends Fashion-MNIST images to the page, and how the page reads them: one byte array holding
 * <pre>
 *   "DLFM"                    4 bytes, magic
 *   count                     u32 little-endian, images in this packet
 *   pixels                    count × 784 unsigned bytes, row-major 28 × 28 per image
 *   labels                    count unsigned bytes, 0..9
 * </pre>
 * Pixels stay bytes on the wire (4 times smaller than floats, and they compress well); the page scales them with
 * the same {@link FashionMnist#dataset(byte[], byte[])} as the server.
 */
public final class FashionMnistPacket {
    private static final byte[] MAGIC = {'D', 'L', 'F', 'M'};
    private static final int HEADER = 8;

    private FashionMnistPacket() {
    }

    /** The first {@code count} examples of a Fashion-MNIST data set. */
    public static byte[] write(Dataset data, int count) {
        if (count < 1 || count > data.size()) {
            throw new IllegalArgumentException("count must be from 1 to " + data.size() + ", was " + count);
        }
        Dataset prefix = count == data.size() ? data : data.first(count);
        byte[] pixels = FashionMnist.pixelBytes(prefix);
        byte[] labels = FashionMnist.labelBytes(prefix);
        ByteWriter out = new ByteWriter(HEADER + pixels.length + labels.length);
        out.bytes(MAGIC);
        out.u32(count);
        out.bytes(pixels);
        out.bytes(labels);
        return out.toArray();
    }

    /** The packet's examples as a data set, pixels scaled to [0, 1]. */
    public static Dataset read(byte[] packet) {
        ByteReader in = ByteReader.littleEndian(packet, "Fashion-MNIST packet");
        if (packet.length < HEADER || !in.match(MAGIC)) {
            throw new IllegalArgumentException("not a Fashion-MNIST packet from a DiveLive server");
        }
        int count = in.u32();
        long expected = HEADER + (long) count * (FashionMnist.FEATURES + 1);
        if (count < 1 || packet.length != expected) {
            throw new IllegalArgumentException("the packet announces " + count + " images, which take " + expected
                    + " bytes, but has " + packet.length);
        }
        byte[] pixels = in.bytes(count * FashionMnist.FEATURES);
        return FashionMnist.dataset(pixels, in.bytes(count));
    }
}
