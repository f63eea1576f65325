package org.divelive.math.bytes;

/**
 * Fills a byte array of a size known in advance, front to back, little-endian: the writing side of
 * {@link ByteReader#littleEndian}.
 */
public final class ByteWriter {
    private final byte[] buffer;
    private int position;

    public ByteWriter(int size) {
        buffer = new byte[size];
    }

    public void u8(int v) {
        buffer[position++] = (byte) v;
    }

    public void u16(int v) {
        u8(v);
        u8(v >>> 8);
    }

    public void u32(int v) {
        u16(v);
        u16(v >>> 16);
    }

    public void f32(float v) {
        u32(Float.floatToRawIntBits(v));
    }

    public void bytes(byte[] b) {
        System.arraycopy(b, 0, buffer, position, b.length);
        position += b.length;
    }

    /** The array, once every byte of it is written. */
    public byte[] toArray() {
        if (position != buffer.length) {
            throw new IllegalStateException("wrote " + position + " of " + buffer.length + " bytes");
        }
        return buffer;
    }
}
