package org.divelive.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class WidgetNamesTest {
    @Test
    void theClientJarListsEachWidgetOfItsRegistryOnce() {
        List<String> names = WidgetNames.load();
        assertTrue(names.containsAll(List.of("sgd-linreg", "softmax-train", "mlp-train", "fashion-gallery",
                "softmax-explorer", "activation-plot", "poly-fit", "weight-decay", "autograd-graph", "playground-2d",
                "entropy-kl")), names.toString());
        assertEquals(names.size(), new HashSet<>(names).size(), names.toString());
    }
}
