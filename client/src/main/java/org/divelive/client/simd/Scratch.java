package org.divelive.client.simd;

import org.teavm.interop.Address;
import org.teavm.runtime.heap.Heap;

/**
 * A region of the WebAssembly module's linear memory that holds one operand of a kernel call. Java arrays of the
 * WebAssembly GC build live in the GC heap, which the SIMD module cannot see, so operands are copied in and results
 * out; the region is allocated once and grows to the largest operand seen.
 */
final class Scratch {
    private static final int FLOAT = 4;
    private Address start;
    private int capacity;

    /** The region's address, with room for at least {@code floats} values. */
    int reserve(int floats) {
        if (floats > capacity) {
            if (start != null) {
                Heap.release(start);
            }
            start = Heap.alloc(floats * FLOAT);
            capacity = floats;
        }
        return start.toInt();
    }

    /** Copies from[0, length) into the region; returns its address. */
    int put(float[] from, int length) {
        int at = reserve(length);
        for (int i = 0; i < length; i++) {
            Address.fromInt(at + i * FLOAT).putFloat(from[i]);
        }
        return at;
    }

    /** Copies the (rows, columns) matrix {@code from} into the region transposed, as (columns, rows). */
    int putTransposed(float[] from, int rows, int columns) {
        int at = reserve(rows * columns);
        for (int i = 0; i < rows; i++) {
            int row = i * columns;
            int column = at + i * FLOAT;
            for (int j = 0; j < columns; j++) {
                Address.fromInt(column + j * rows * FLOAT).putFloat(from[row + j]);
            }
        }
        return at;
    }

    /** Copies the region's first {@code length} values into to[0, length). */
    void get(float[] to, int length) {
        int at = start.toInt();
        for (int i = 0; i < length; i++) {
            to[i] = Address.fromInt(at + i * FLOAT).getFloat();
        }
    }
}
