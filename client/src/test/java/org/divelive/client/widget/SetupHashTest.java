package org.divelive.client.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SetupHashTest {
    @Test
    void aListWithCommasComesBackAsItWentIn() {
        SetupHash hash = SetupHash.parse("");
        Map<String, String> mlp = new LinkedHashMap<>();
        mlp.put("hidden", "256,128");
        mlp.put("learningRate", "0.1");
        hash.put("mlp-train", mlp);
        String written = hash.format();
        assertEquals("mlp-train:hidden=256%2C128,learningRate=0.1", written);
        assertEquals(mlp, SetupHash.parse(written).setup("mlp-train"));
    }

    @Test
    void theSectionStaysBesideTheSetups() {
        SetupHash hash = SetupHash.parse("the-idx-file-format");
        hash.put("fashion-gallery", Map.of("show", "all"));
        assertEquals("the-idx-file-format;fashion-gallery:show=all", hash.format());
        SetupHash read = SetupHash.parse(hash.format());
        assertEquals("the-idx-file-format", read.section());
        assertEquals(Map.of("show", "all"), read.setup("fashion-gallery"));
    }

    @Test
    void aChineseSectionIsReadFromItsPercentEncodingAndWrittenBackTheSame() {
        String encoded = SetupHash.encode("线性回归");
        assertEquals("%E7%BA%BF%E6%80%A7%E5%9B%9E%E5%BD%92", encoded);
        assertEquals("线性回归", SetupHash.parse(encoded).section());
        assertEquals(encoded, SetupHash.parse(encoded).format());
    }

    @Test
    void aStrayPercentSignIsKeptAsTypedInsteadOfFailing() {
        assertEquals(Map.of("learningRate", "5%", "seed", "%zz"),
                SetupHash.parse("sgd-linreg:learningRate=5%,seed=%zz").setup("sgd-linreg"));
        assertEquals("5%25", SetupHash.encode("5%"));
    }

    @Test
    void anOlderLinkWithBareCommasInAListStillReadsTheWholeList() {
        assertEquals(Map.of("hidden", "256,128", "epochs", "3"),
                SetupHash.parse("mlp-train:hidden=256,128,epochs=3").setup("mlp-train"));
    }

    @Test
    void separatorsInsideValuesAreEscaped() {
        SetupHash hash = SetupHash.parse("");
        hash.put("w", Map.of("x", "a;b=c:d"));
        assertEquals(Map.of("x", "a;b=c:d"), SetupHash.parse(hash.format()).setup("w"));
    }
}
