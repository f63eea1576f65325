package org.divelive.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PortableKernelsTest extends KernelsContract {
    @Override
    protected Kernels kernels() {
        return new PortableKernels();
    }

    /** The page's update is the reference for the server's curves: double arithmetic, rounded once to float. */
    @Test
    void sgdStepRoundsTheDoubleUpdateOnce() {
        float[] theta = {0.3f, -1.7f, 2.5e-3f};
        float[] g = {0.11f, 0f, -4.2f};
        float[] expected = new float[theta.length];
        for (int k = 0; k < theta.length; k++) {
            expected[k] = (float) (theta[k] - 0.05 * (g[k] + 1e-3 * theta[k]));
        }
        new PortableKernels().sgdStep(theta, g, 0.05, 1e-3);
        for (int k = 0; k < theta.length; k++) {
            assertEquals(Float.floatToRawIntBits(expected[k]), Float.floatToRawIntBits(theta[k]), "θ(" + k + ")");
        }
    }
}
