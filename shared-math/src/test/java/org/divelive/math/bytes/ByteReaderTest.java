package org.divelive.math.bytes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteReaderTest {

    @Test
    void readsBackWhatTheWriterWroteLittleEndian() {
        ByteWriter out = new ByteWriter(1 + 2 + 4 + 4 + 3);
        out.u8(0xAB);
        out.u16(0xBEEF);
        out.u32(0xCAFEF00D);
        out.f32(-1.5f);
        out.bytes(new byte[] {7, 8, 9});
        byte[] bytes = out.toArray();
        assertEquals((byte) 0xEF, bytes[1], "the low byte comes first");
        ByteReader in = ByteReader.littleEndian(bytes, "test file");
        assertEquals(0xAB, in.u8());
        assertEquals(0xBEEF, in.u16());
        assertEquals(0xCAFEF00D, in.u32());
        assertEquals(-1.5f, in.f32());
        assertArrayEquals(new byte[] {7, 8, 9}, in.bytes(3));
        assertEquals(0, in.remaining());
    }

    @Test
    void readsBigEndianWithTheHighByteFirst() {
        ByteReader in = ByteReader.bigEndian(new byte[] {0, 0, 8, 3, 1, 2}, "IDX file");
        assertEquals(0x00000803, in.u32());
        assertEquals(0x0102, in.u16());
    }

    @Test
    void matchesAMagicNumberOnlyWhenEveryByteIsEqual() {
        ByteReader in = ByteReader.littleEndian(new byte[] {'D', 'L', 'X', 'Y'}, "test file");
        assertFalse(in.match(new byte[] {'D', 'X'}));
        assertEquals(4, in.remaining(), "a mismatch reads nothing");
        assertTrue(in.match(new byte[] {'D', 'L'}));
        assertEquals(2, in.remaining());
        assertEquals("the test file ends too early, at byte 4", assertThrows(IllegalArgumentException.class,
                () -> in.match(new byte[] {'X', 'Y', 'Z'})).getMessage());
    }

    @Test
    void namesTheFileAndTheByteWhereItEndsTooEarly() {
        ByteReader in = ByteReader.littleEndian(new byte[] {1, 2, 3}, "parameter file");
        in.u16();
        assertEquals("the parameter file ends too early, at byte 3", assertThrows(IllegalArgumentException.class,
                in::u16).getMessage());
        assertEquals("the parameter file ends too early, at byte 3", assertThrows(IllegalArgumentException.class,
                () -> in.bytes(1)).getMessage());
    }

    @Test
    void aWriterRefusesToHandOutAPartlyWrittenArray() {
        ByteWriter out = new ByteWriter(4);
        out.u16(1);
        assertEquals("wrote 2 of 4 bytes", assertThrows(IllegalStateException.class, out::toArray).getMessage());
    }
}
