package org.divelive.server.compute;

/**
 * How a logical matrix X (R, C) lies in its flat array: row-major as stored, or as the transpose of a stored
 * (C, R) row-major matrix. Either way X(r, c) sits at {@code rowStart(r) + c·colStride()}, so one packing routine
 * and one micro-kernel serve all three products of {@code Kernels}.
 */
record Operand(float[] data, boolean transposed, int rows, int cols) {

    int rowStart(int r) {
        return transposed ? r : r * cols;
    }

    int colStride() {
        return transposed ? rows : 1;
    }
}
