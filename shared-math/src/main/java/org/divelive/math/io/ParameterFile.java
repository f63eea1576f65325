package org.divelive.math.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.divelive.math.bytes.ByteReader;
import org.divelive.math.bytes.ByteWriter;
import org.divelive.math.nn.Parameter;

/**
 * The one format in which DiveLive saves a model's parameters, read and written the same way on the server and in
 * the page. All integers are little-endian, like a Float32Array on every machine a browser runs on:
 * <pre>
 *   "DLPF"                     4 bytes, magic
 *   version = 1                u32
 *   count                      u32, number of parameters
 *   count times:
 *     nameLength, name         u16, ASCII bytes ("0.W", "b1", ...)
 *     rank, dims[rank]         u8, u32 each
 *     values                   float32 × (product of dims), row-major
 * </pre>
 */
public final class ParameterFile {
    private static final byte[] MAGIC = {'D', 'L', 'P', 'F'};
    public static final int VERSION = 1;

    /** A saved tensor: its name, shape and values. */
    public record Tensor(String name, int[] shape, float[] values) {
    }

    private ParameterFile() {
    }

    public static byte[] write(List<Parameter> parameters) {
        int size = 12;
        for (Parameter p : parameters) {
            size += 2 + p.name().length() + 1 + 4 * p.shape().length + 4 * p.size();
        }
        ByteWriter out = new ByteWriter(size);
        out.bytes(MAGIC);
        out.u32(VERSION);
        out.u32(parameters.size());
        for (Parameter p : parameters) {
            String name = p.name();
            out.u16(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c > 127) {
                    throw new IllegalArgumentException("parameter names must be ASCII, was " + name);
                }
                out.u8(c);
            }
            out.u8(p.shape().length);
            for (int d : p.shape()) {
                out.u32(d);
            }
            for (float v : p.value()) {
                out.f32(v);
            }
        }
        return out.toArray();
    }

    public static List<Tensor> read(byte[] file) {
        ByteReader in = ByteReader.littleEndian(file, "parameter file");
        if (!in.match(MAGIC)) {
            throw new IllegalArgumentException("not a DiveLive parameter file (it does not start with DLPF)");
        }
        int version = in.u32();
        if (version != VERSION) {
            throw new IllegalArgumentException("parameter file version " + version + ", this DiveLive reads "
                    + VERSION);
        }
        int count = in.u32();
        List<Tensor> tensors = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            char[] name = new char[in.u16()];
            for (int i = 0; i < name.length; i++) {
                name[i] = (char) in.u8();
            }
            int[] shape = new int[in.u8()];
            long size = 1;
            for (int d = 0; d < shape.length; d++) {
                shape[d] = in.u32();
                size *= shape[d];
            }
            if (shape.length == 0 || size <= 0 || size * 4 > in.remaining()) {
                throw new IllegalArgumentException("parameter " + new String(name) + " claims " + size
                        + " values but the file is too short or the shape is invalid");
            }
            float[] values = new float[(int) size];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.f32();
            }
            tensors.add(new Tensor(new String(name), shape, values));
        }
        if (in.remaining() != 0) {
            throw new IllegalArgumentException(in.remaining() + " unexpected bytes after the last parameter");
        }
        return tensors;
    }

    /** Copies a saved file into a model's parameters, which must match it in names, order and shapes. */
    public static void load(byte[] file, List<Parameter> into) {
        List<Tensor> saved = read(file);
        if (saved.size() != into.size()) {
            throw new IllegalArgumentException("the file holds " + saved.size() + " parameters, the model has "
                    + into.size());
        }
        for (int i = 0; i < saved.size(); i++) {
            Tensor t = saved.get(i);
            Parameter p = into.get(i);
            if (!t.name().equals(p.name()) || !Arrays.equals(t.shape(), p.shape())) {
                throw new IllegalArgumentException("parameter " + i + " is " + t.name() + " "
                        + Arrays.toString(t.shape()) + " in the file but " + p.name() + " "
                        + Arrays.toString(p.shape()) + " in the model");
            }
        }
        for (int i = 0; i < saved.size(); i++) {
            System.arraycopy(saved.get(i).values(), 0, into.get(i).value(), 0, into.get(i).size());
        }
    }
}
