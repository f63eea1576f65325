package org.divelive.math.bytes;

import java.util.Arrays;

/**
 * Reads a byte array front to back: unsigned 8-, 16- and 32-bit integers (the 32-bit ones in a Java int) and 32-bit
 * floats, all in one byte order, and runs of raw bytes. Reading past the end fails with a message naming the file.
 */
public final class ByteReader {
    private final byte[] buffer;
    private final boolean bigEndian;
    private final String what;
    private int position;

    private ByteReader(byte[] buffer, boolean bigEndian, String what) {
        this.buffer = buffer;
        this.bigEndian = bigEndian;
        this.what = what;
    }

    /** @param what names the bytes in errors: "the " + what + " ends too early, at byte …" */
    public static ByteReader littleEndian(byte[] buffer, String what) {
        return new ByteReader(buffer, false, what);
    }

    public static ByteReader bigEndian(byte[] buffer, String what) {
        return new ByteReader(buffer, true, what);
    }

    public int u8() {
        if (position >= buffer.length) {
            throw endsEarly(position);
        }
        return buffer[position++] & 0xFF;
    }

    public int u16() {
        int first = u8();
        int second = u8();
        return bigEndian ? first << 8 | second : first | second << 8;
    }

    public int u32() {
        int first = u16();
        int second = u16();
        return bigEndian ? first << 16 | second : first | second << 16;
    }

    public float f32() {
        return Float.intBitsToFloat(u32());
    }

    /** The next {@code count} bytes, copied. */
    public byte[] bytes(int count) {
        if (count > remaining()) {
            throw endsEarly(position);
        }
        position += count;
        return Arrays.copyOfRange(buffer, position - count, position);
    }

    /**
     * Whether the next bytes are exactly {@code expected} (a magic number): reads them if so, nothing if one differs,
     * and fails as at the end of the bytes if they end while still matching.
     */
    public boolean match(byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (position + i >= buffer.length) {
                throw endsEarly(position + i);
            }
            if (buffer[position + i] != expected[i]) {
                return false;
            }
        }
        position += expected.length;
        return true;
    }

    public int remaining() {
        return buffer.length - position;
    }

    private IllegalArgumentException endsEarly(int at) {
        return new IllegalArgumentException("the " + what + " ends too early, at byte " + at);
    }
}
