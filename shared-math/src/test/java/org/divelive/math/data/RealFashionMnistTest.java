package org.divelive.math.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The real Fashion-MNIST files, as {@link FashionMnistFiles} finds them. */
class RealFashionMnistTest {

    @Test
    void theFilesAreTheOfficialRelease() throws IOException, NoSuchAlgorithmException {
        assertEquals("b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
                sha256(FashionMnistFiles.TRAIN_IMAGES));
        assertEquals("0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
                sha256(FashionMnistFiles.TRAIN_LABELS));
        assertEquals("cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
                sha256(FashionMnistFiles.TEST_IMAGES));
        assertEquals("8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05",
                sha256(FashionMnistFiles.TEST_LABELS));
    }

    @Test
    void thereAre60000TrainingAnd10000TestImagesOf28By28() {
        Dataset train = FashionMnistFiles.train();
        Dataset test = FashionMnistFiles.test();
        assertEquals(60_000, train.size());
        assertEquals(10_000, test.size());
        assertEquals(784, train.features());
        assertEquals(10, train.classes());
        // train() checked 28x28 when it read the header; the test header is small enough to read again
        Idx.Images testImages = Idx.images(FashionMnistFiles.gunzip(FashionMnistFiles.TEST_IMAGES));
        assertEquals(28, testImages.rows());
        assertEquals(28, testImages.cols());
    }

    @Test
    void everyClassHas6000TrainingAnd1000TestExamples() {
        int[] train = classCounts(FashionMnistFiles.train());
        int[] test = classCounts(FashionMnistFiles.test());
        for (int k = 0; k < 10; k++) {
            assertEquals(6000, train[k], "training examples of class " + k);
            assertEquals(1000, test[k], "test examples of class " + k);
        }
    }

    @Test
    void pixelsSpanTheUnitIntervalExactly() {
        for (Dataset data : new Dataset[] {FashionMnistFiles.train(), FashionMnistFiles.test()}) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float x : data.featureArray()) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            assertEquals(0f, min);
            assertEquals(1f, max);
        }
    }

    @Test
    void theFirstTrainingImageIsAnAnkleBoot() {
        assertEquals(9, FashionMnistFiles.train().label(0));
        assertEquals("ankle boot", FashionMnist.englishName(FashionMnistFiles.train().label(0)));
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classes()];
        for (int i = 0; i < data.size(); i++) {
            counts[data.label(i)]++;
        }
        return counts;
    }

    private static String sha256(String file) throws IOException, NoSuchAlgorithmException {
        byte[] bytes = Files.readAllBytes(FashionMnistFiles.path(file));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
