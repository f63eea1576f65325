package org.divelive.math.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.divelive.math.Rng;
import org.divelive.math.model.Classifier;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.nn.Init;
import org.junit.jupiter.api.Test;

class ParameterFileTest {

    @Test
    void aSavedModelLoadsIntoAnotherWithTheSameArchitecture() {
        Classifier trained = ModelSpec.mlp(ModelSpec.ActivationKind.TANH, 5, 3).build(4, 2, Init.XAVIER, new Rng(1));
        byte[] file = ParameterFile.write(trained.parameters());
        // 12 header bytes; per parameter: 2 + name + 1 + 4·rank + 4·size
        assertEquals(12 + (2 + 3 + 1 + 8 + 80) + (2 + 3 + 1 + 4 + 20) + (2 + 3 + 1 + 8 + 60) + (2 + 3 + 1 + 4 + 12)
                + (2 + 3 + 1 + 8 + 24) + (2 + 3 + 1 + 4 + 8), file.length);

        Classifier fresh = ModelSpec.mlp(ModelSpec.ActivationKind.TANH, 5, 3).build(4, 2, Init.XAVIER, new Rng(2));
        ParameterFile.load(file, fresh.parameters());
        for (int i = 0; i < trained.parameters().size(); i++) {
            assertArrayEquals(trained.parameters().get(i).value(), fresh.parameters().get(i).value());
        }
        List<ParameterFile.Tensor> tensors = ParameterFile.read(file);
        assertEquals("0.W", tensors.get(0).name());
        assertArrayEquals(new int[] {4, 5}, tensors.get(0).shape());
    }

    @Test
    void theByteLayoutIsTheDocumentedLittleEndianOne() {
        Classifier model = ModelSpec.softmax().build(1, 1, (w, in, out, rng) -> w[0] = 1.5f, new Rng(0));
        byte[] file = ParameterFile.write(model.parameters());
        assertArrayEquals(new byte[] {'D', 'L', 'P', 'F', 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, '0', '.', 'W', 2,
            1, 0, 0, 0, 1, 0, 0, 0, 0, 0, (byte) 0xC0, 0x3F}, Arrays.copyOf(file, 30));
    }

    @Test
    void aWrongOrBrokenFileIsRejectedInWords() {
        Classifier model = ModelSpec.softmax().build(3, 2, Init.BOOK, new Rng(0));
        byte[] file = ParameterFile.write(model.parameters());
        assertEquals("not a DiveLive parameter file (it does not start with DLPF)", assertThrows(
                IllegalArgumentException.class, () -> ParameterFile.read(new byte[] {1, 2, 3, 4, 5})).getMessage());
        assertEquals("the parameter file ends too early, at byte 10", assertThrows(
                IllegalArgumentException.class, () -> ParameterFile.read(Arrays.copyOf(file, 10))).getMessage());
        assertEquals("parameter 0.b claims 2 values but the file is too short or the shape is invalid", assertThrows(
                IllegalArgumentException.class, () -> ParameterFile.read(Arrays.copyOf(file, file.length - 1)))
                .getMessage());
        Classifier other = ModelSpec.softmax().build(4, 2, Init.BOOK, new Rng(0));
        assertEquals("parameter 0 is 0.W [3, 2] in the file but 0.W [4, 2] in the model", assertThrows(
                IllegalArgumentException.class, () -> ParameterFile.load(file, other.parameters())).getMessage());
    }
}
