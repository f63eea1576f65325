package org.divelive.server.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.divelive.math.kernel.Compute;
import org.junit.jupiter.api.Test;

class KernelSelectionTest {

    @Test
    void aJvmWithoutTheVectorModuleFallsBackToThePortableKernels() {
        List<String> said = new ArrayList<>();
        var chosen = KernelSelection.choose(() -> {
            throw new NoClassDefFoundError("jdk/incubator/vector/FloatVector");
        }, said::add);
        assertEquals("portable", chosen.name());
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("Kernels: portable"), said.get(0));
        assertTrue(said.get(0).contains("20 times slower"), "the speed cost is named: " + said.get(0));
    }

    @Test
    void installPutsTheVectorKernelsInPlaceWhenTheModuleIsPresent() {
        // surefire starts the test JVM with --add-modules jdk.incubator.vector
        KernelSelection.install();
        assertTrue(Compute.kernels().name().startsWith("vector"), Compute.kernels().name());
    }
}
