package org.divelive.server.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.divelive.math.kernel.Compute;
import org.junit.jupiter.api.Test;

class KernelSelectionTest {

    @Test
    void aJvmWithoutTheVectorModuleFallsBackToThePortableKernels() {
        var chosen = KernelSelection.choose(() -> {
            throw new NoClassDefFoundError("jdk/incubator/vector/FloatVector");
        });
        assertEquals("portable", chosen.name());
    }

    @Test
    void installPutsTheVectorKernelsInPlaceWhenTheModuleIsPresent() {
        // surefire starts the test JVM with --add-modules jdk.incubator.vector
        KernelSelection.install();
        assertTrue(Compute.kernels().name().startsWith("vector"), Compute.kernels().name());
    }
}
