package org.divelive.math.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class FashionMnistPacketTest {

    @Test
    void aPacketCarriesAPrefixOfTheRealImagesExactly() {
        Dataset test = FashionMnistFiles.test();
        byte[] packet = FashionMnistPacket.write(test, 500);
        assertEquals(8 + 500 * 785, packet.length);
        Dataset back = FashionMnistPacket.read(packet);
        assertEquals(500, back.size());
        assertArrayEquals(Arrays.copyOf(test.featureArray(), 500 * 784), back.featureArray());
        for (int i = 0; i < 500; i++) {
            assertEquals(test.label(i), back.label(i));
        }
    }

    @Test
    void aBrokenPacketIsRejectedInWords() {
        byte[] packet = FashionMnistPacket.write(FashionMnistFiles.test(), 3);
        assertEquals("the packet announces 3 images, which take 2363 bytes, but has 2362", assertThrows(
                IllegalArgumentException.class, () -> FashionMnistPacket.read(Arrays.copyOf(packet, 2362)))
                .getMessage());
        assertEquals("not a Fashion-MNIST packet from a DiveLive server", assertThrows(
                IllegalArgumentException.class, () -> FashionMnistPacket.read(new byte[] {1, 2})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> FashionMnistPacket.write(FashionMnistFiles.test(), 0));
    }
}
