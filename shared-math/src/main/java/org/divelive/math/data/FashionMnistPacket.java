package org.divelive.math.data;

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
        byte[] packet = new byte[HEADER + pixels.length + labels.length];
        System.arraycopy(MAGIC, 0, packet, 0, 4);
        for (int i = 0; i < 4; i++) {
            packet[4 + i] = (byte) (count >>> (8 * i));
        }
        System.arraycopy(pixels, 0, packet, HEADER, pixels.length);
        System.arraycopy(labels, 0, packet, HEADER + pixels.length, labels.length);
        return packet;
    }

    /** The packet's examples as a data set, pixels scaled to [0, 1]. */
    public static Dataset read(byte[] packet) {
        if (packet.length < HEADER || packet[0] != 'D' || packet[1] != 'L' || packet[2] != 'F' || packet[3] != 'M') {
            throw new IllegalArgumentException("not a Fashion-MNIST packet from a DiveLive server");
        }
        int count = (packet[4] & 0xFF) | (packet[5] & 0xFF) << 8 | (packet[6] & 0xFF) << 16 | (packet[7] & 0xFF) << 24;
        long expected = HEADER + (long) count * (FashionMnist.FEATURES + 1);
        if (count < 1 || packet.length != expected) {
            throw new IllegalArgumentException("the packet announces " + count + " images, which take " + expected
                    + " bytes, but has " + packet.length);
        }
        byte[] pixels = new byte[count * FashionMnist.FEATURES];
        byte[] labels = new byte[count];
        System.arraycopy(packet, HEADER, pixels, 0, pixels.length);
        System.arraycopy(packet, HEADER + pixels.length, labels, 0, count);
        return FashionMnist.dataset(pixels, labels);
    }
}
