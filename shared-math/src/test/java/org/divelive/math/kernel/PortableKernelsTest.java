package org.divelive.math.kernel;

class PortableKernelsTest extends KernelsContract {
    @Override
    protected Kernels kernels() {
        return new PortableKernels();
    }
}
