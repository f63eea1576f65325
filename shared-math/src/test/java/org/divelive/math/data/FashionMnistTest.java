package org.divelive.math.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FashionMnistTest {

    @Test
    void classesHaveTheirEnglishAndChineseNames() {
        assertEquals("t-shirt/top", FashionMnist.englishName(0));
        assertEquals("sneaker", FashionMnist.englishName(7));
        assertEquals("ankle boot", FashionMnist.englishName(9));
        assertEquals("T恤/上衣", FashionMnist.chineseName(0));
        assertEquals("运动鞋", FashionMnist.chineseName(7));
        assertEquals("短靴", FashionMnist.chineseName(9));
        assertEquals("label must be from 0 to 9, was 10",
                assertThrows(IllegalArgumentException.class, () -> FashionMnist.englishName(10)).getMessage());
    }

    @Test
    void pixelsAreScaledToTheUnitIntervalAndLabelsKept() {
        byte[] pixels = new byte[2 * 784];
        pixels[0] = (byte) 255;
        pixels[1] = 51;
        pixels[784 + 783] = (byte) 128;
        Dataset data = FashionMnist.dataset(pixels, new byte[] {9, 0});
        assertEquals(2, data.size());
        assertEquals(784, data.features());
        assertEquals(10, data.classes());
        assertEquals(1f, data.x(0, 0));
        assertEquals(0.2f, data.x(0, 1));
        assertEquals(0f, data.x(0, 2));
        assertEquals((float) (128 / 255.0), data.x(1, 783));
        assertEquals(9, data.label(0));
        assertEquals(0, data.label(1));
    }

    @Test
    void theCompactFormRebuildsTheSameFloatsBitForBit() {
        byte[] pixels = new byte[256 * 784];
        byte[] labels = new byte[256];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7);
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) (i % 10);
        }
        Dataset data = FashionMnist.dataset(pixels, labels);
        assertArrayEquals(pixels, FashionMnist.pixelBytes(data));
        assertArrayEquals(labels, FashionMnist.labelBytes(data));
        Dataset rebuilt = FashionMnist.dataset(FashionMnist.pixelBytes(data), FashionMnist.labelBytes(data));
        assertArrayEquals(data.featureArray(), rebuilt.featureArray());
    }

    @Test
    void featuresThatAreNotPixelValuesCannotBeMadeCompact() {
        float[] x = new float[784];
        x[5] = 0.5f;
        Dataset data = Dataset.classification(x, 784, new int[] {3}, 10);
        assertEquals("feature 5 of example 0 is 0.5, not a pixel value b/255 with b in 0..255",
                assertThrows(IllegalArgumentException.class, () -> FashionMnist.pixelBytes(data)).getMessage());
        Dataset regression = new Dataset(new float[784], 784, new float[1]);
        assertEquals("a Fashion-MNIST set has 784 features and 10 classes, this one 784 features and 0 classes",
                assertThrows(IllegalArgumentException.class, () -> FashionMnist.labelBytes(regression)).getMessage());
    }

    @Test
    void mismatchedOrMalformedInputIsRejectedWithWhatIsWrong() {
        assertEquals("label count 3 needs 2352 pixel bytes (784 per image), got 784",
                assertThrows(IllegalArgumentException.class,
                        () -> FashionMnist.dataset(new byte[784], new byte[3])).getMessage());
        assertEquals("label 10 of example 0 is outside [0, 10)",
                assertThrows(IllegalArgumentException.class,
                        () -> FashionMnist.dataset(new byte[784], new byte[] {10})).getMessage());
        assertEquals("Fashion-MNIST images are 28x28, these are 2x2",
                assertThrows(IllegalArgumentException.class, () -> FashionMnist.dataset(
                        new Idx.Images(1, 2, 2, new byte[4]), new Idx.Labels(new byte[1]))).getMessage());
        assertEquals("image count 2 differs from label count 1",
                assertThrows(IllegalArgumentException.class, () -> FashionMnist.dataset(
                        new Idx.Images(2, 28, 28, new byte[2 * 784]), new Idx.Labels(new byte[1]))).getMessage());
    }
}
