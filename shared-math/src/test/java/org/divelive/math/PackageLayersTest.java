package org.divelive.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * shared-math is layered along the training pipeline: a package may use its own layer and the layers before it,
 * never a later one, and no set of packages may use each other in a circle. Read from the source tree, so a new
 * import against the order fails here instead of waiting for a reviewer.
 */
class PackageLayersTest {
    /** The layers, first to last; "" is org.divelive.math itself (Rng). */
    static final List<String> LAYERS = List.of("", "kernel", "bytes", "data", "setting", "nn", "loss", "model",
            "metrics", "optim", "train", "setup", "io", "lessons");

    private static final PackageLayers SHARED_MATH = PackageLayers.read(Path.of("src/main/java/org/divelive/math"),
            "org.divelive.math", LAYERS);

    @Test
    void noPackageUsesALaterLayer() {
        assertTrue(SHARED_MATH.packages().size() >= 10, "read only " + SHARED_MATH.packages());
        assertEquals(List.of(), SHARED_MATH.usesOfLaterLayers(), "the layer order is " + LAYERS);
    }

    @Test
    void everyPackageHasAPlaceInTheOrder() {
        assertEquals(List.of(), SHARED_MATH.outsideTheOrder(),
                "add each new package to PackageLayersTest.LAYERS where it belongs");
    }

    @Test
    void noPackagesUseEachOtherInACircle() {
        assertEquals(List.of(), SHARED_MATH.cycles());
    }

    @Test
    void theCheckSeesALaterLayerAndACircle() {
        assertTrue(SHARED_MATH.layer("model") > SHARED_MATH.layer("nn"), "model comes after nn");
        assertEquals(SHARED_MATH.layer("lessons"), SHARED_MATH.layer("lessons.autograd"),
                "every lesson package is in the last layer");
        PackageLayers made = PackageLayers.of(List.of("a", "b", "c"),
                Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of()));
        assertEquals(List.of("a (layer a) uses b (layer b)", "b (layer b) uses c (layer c)"),
                made.usesOfLaterLayers().stream().sorted().toList());
        assertEquals(List.of("a → b → c → a"), made.cycles());
        assertEquals(List.of("a", "b", "c"), made.cycleThrough("a"));
        assertEquals(List.of("d"), made.outsideTheOrder());
        assertNull(PackageLayers.of(List.of("a"), Map.of("a", Set.of("b"), "b", Set.of())).cycleThrough("a"));
    }
}
