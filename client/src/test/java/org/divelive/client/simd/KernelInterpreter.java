package org.divelive.client.simd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the exported functions of {@code kernels.wasm} on the JVM, from its bytes, so the kernel contract checks the
 * binary the page loads. It reads the module's code section and executes the instructions {@link WasmCode} can
 * write, with their WebAssembly meaning (f32 arithmetic rounded per operation, little-endian memory); anything else
 * is an error. Slow and simple: a test's reference, not a runtime.
 */
final class KernelInterpreter {
    private final ByteBuffer memory;
    private final Map<String, Integer> exports = new HashMap<>();
    private final List<byte[]> bodies = new ArrayList<>(); // locals declaration and instructions, per function
    private final List<Integer> paramCounts = new ArrayList<>();

    KernelInterpreter(byte[] module, int memoryBytes) {
        this.memory = ByteBuffer.allocate(memoryBytes).order(ByteOrder.LITTLE_ENDIAN);
        Reader in = new Reader(module, 8);
        List<Integer> typeParams = new ArrayList<>();
        List<Integer> functionTypes = new ArrayList<>();
        while (in.at < module.length) {
            int id = in.u8();
            int size = in.u32();
            int end = in.at + size;
            if (id == 1) {
                for (int count = in.u32(), i = 0; i < count; i++) {
                    in.u8(); // 0x60
                    int params = in.u32();
                    in.at += params;
                    int results = in.u32();
                    in.at += results;
                    typeParams.add(params);
                }
            } else if (id == 3) {
                for (int count = in.u32(), i = 0; i < count; i++) {
                    functionTypes.add(in.u32());
                }
            } else if (id == 7) {
                for (int count = in.u32(), i = 0; i < count; i++) {
                    String name = in.name();
                    in.u8();
                    exports.put(name, in.u32());
                }
            } else if (id == 10) {
                for (int count = in.u32(), i = 0; i < count; i++) {
                    int length = in.u32();
                    byte[] body = new byte[length];
                    System.arraycopy(module, in.at, body, 0, length);
                    in.at += length;
                    bodies.add(body);
                }
            }
            in.at = end;
        }
        for (int type : functionTypes) {
            paramCounts.add(typeParams.get(type));
        }
    }

    ByteBuffer memory() {
        return memory;
    }

    /** Calls the exported function {@code name} with i32 arguments. */
    void call(String name, int... args) {
        int index = exports.get(name);
        if (args.length != paramCounts.get(index)) {
            throw new IllegalArgumentException(name + " takes " + paramCounts.get(index) + " arguments");
        }
        new Frame(bodies.get(index), args).run();
    }

    private final class Frame {
        private final Reader code;
        private final Object[] locals;
        private final Deque<Object> stack = new ArrayDeque<>();
        /** Open blocks: where a branch to each goes (its end, or for a loop its start), and whether it is a loop. */
        private final Deque<int[]> labels = new ArrayDeque<>();

        Frame(byte[] body, int[] args) {
            code = new Reader(body, 0);
            List<Object> all = new ArrayList<>();
            for (int arg : args) {
                all.add(arg);
            }
            for (int groups = code.u32(), g = 0; g < groups; g++) {
                int count = code.u32();
                int type = code.u8();
                for (int i = 0; i < count; i++) {
                    all.add(type == (WasmCode.I32 & 0xFF) ? (Object) 0 : type == (WasmCode.F32 & 0xFF) ? (Object) 0f
                            : new float[4]);
                }
            }
            locals = all.toArray();
        }

        void run() {
            while (code.at < code.bytes.length) {
                int op = code.u8();
                switch (op) {
                    case 0x02, 0x03 -> {
                        code.u8(); // void block type
                        int start = code.at;
                        labels.push(new int[] {op == 0x03 ? start : matchingEnd(start) + 1, op == 0x03 ? 1 : 0});
                    }
                    case 0x0B -> {
                        if (labels.isEmpty()) {
                            return; // the function's end
                        }
                        labels.pop();
                    }
                    case 0x0C -> branch(code.u32());
                    case 0x0D -> {
                        int depth = code.u32();
                        if (i32() != 0) {
                            branch(depth);
                        }
                    }
                    case 0x20 -> stack.push(copy(locals[code.u32()]));
                    case 0x21 -> locals[code.u32()] = stack.pop();
                    case 0x22 -> locals[code.u32()] = copy(stack.peek());
                    case 0x41 -> stack.push(code.s32());
                    case 0x43 -> {
                        int bits = memoryless(code.bytes, code.at);
                        code.at += 4;
                        stack.push(Float.intBitsToFloat(bits));
                    }
                    case 0x45 -> stack.push(i32() == 0 ? 1 : 0);
                    case 0x49 -> {
                        int b = i32();
                        stack.push(Integer.compareUnsigned(i32(), b) < 0 ? 1 : 0);
                    }
                    case 0x6A -> stack.push(i32() + i32());
                    case 0x6B -> {
                        int b = i32();
                        stack.push(i32() - b);
                    }
                    case 0x6C -> stack.push(i32() * i32());
                    case 0x28 -> stack.push(memory.getInt(address()));
                    case 0x47 -> stack.push(i32() != i32() ? 1 : 0);
                    case 0xFD -> simd(code.u32());
                    default -> throw new IllegalStateException("opcode 0x" + Integer.toHexString(op));
                }
            }
        }

        private void simd(int op) {
            switch (op) {
                case 0x00 -> {
                    int at = address();
                    float[] v = new float[4];
                    for (int lane = 0; lane < 4; lane++) {
                        v[lane] = memory.getFloat(at + 4 * lane);
                    }
                    stack.push(v);
                }
                case 0x0B -> {
                    float[] v = (float[]) stack.pop();
                    int at = address();
                    for (int lane = 0; lane < 4; lane++) {
                        memory.putFloat(at + 4 * lane, v[lane]);
                    }
                }
                case 0x09 -> {
                    float s = memory.getFloat(address());
                    stack.push(new float[] {s, s, s, s});
                }
                case 0x13 -> {
                    float s = f32();
                    stack.push(new float[] {s, s, s, s});
                }
                case 0xE4, 0xE6 -> {
                    float[] b = (float[]) stack.pop();
                    float[] a = (float[]) stack.pop();
                    float[] r = new float[4];
                    for (int lane = 0; lane < 4; lane++) {
                        r[lane] = op == 0xE4 ? a[lane] + b[lane] : a[lane] * b[lane];
                    }
                    stack.push(r);
                }
                case 0x105 -> {
                    // relaxed_madd(a, b, c) = a·b + c; the proposal lets it round once or twice: here once, as FMA
                    float[] c = (float[]) stack.pop();
                    float[] b = (float[]) stack.pop();
                    float[] a = (float[]) stack.pop();
                    float[] r = new float[4];
                    for (int lane = 0; lane < 4; lane++) {
                        r[lane] = Math.fma(a[lane], b[lane], c[lane]);
                    }
                    stack.push(r);
                }
                default -> throw new IllegalStateException("SIMD opcode 0x" + Integer.toHexString(op));
            }
        }

        /** A memory instruction's address: the popped base plus the immediate offset (after the alignment hint). */
        private int address() {
            code.u32();
            int offset = code.u32();
            return i32() + offset;
        }

        private void branch(int depth) {
            for (int i = 0; i < depth; i++) {
                labels.pop();
            }
            int[] target = labels.peek();
            if (target[1] == 0) {
                labels.pop(); // leaving a block: past its end
            }
            code.at = target[0];
        }

        /** The position of the {@code end} that closes the block whose body starts at {@code start}. */
        private int matchingEnd(int start) {
            Reader scan = new Reader(code.bytes, start);
            int depth = 0;
            while (true) {
                int at = scan.at;
                int op = scan.u8();
                switch (op) {
                    case 0x02, 0x03 -> {
                        scan.u8();
                        depth++;
                    }
                    case 0x0B -> {
                        if (depth == 0) {
                            return at;
                        }
                        depth--;
                    }
                    case 0x0C, 0x0D, 0x20, 0x21, 0x22 -> scan.u32();
                    case 0x41 -> scan.s32();
                    case 0x43 -> scan.at += 4;
                    case 0x28 -> {
                        scan.u32();
                        scan.u32();
                    }
                    case 0xFD -> {
                        int simd = scan.u32();
                        if (simd == 0x00 || simd == 0x09 || simd == 0x0B) {
                            scan.u32();
                            scan.u32();
                        }
                    }
                    default -> { } // no immediates
                }
            }
        }

        private int i32() {
            return (Integer) stack.pop();
        }

        private float f32() {
            return (Float) stack.pop();
        }

        private Object copy(Object value) {
            return value instanceof float[] v ? v.clone() : value;
        }
    }

    private static int memoryless(byte[] bytes, int at) {
        return bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }

    private static final class Reader {
        final byte[] bytes;
        int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        int u8() {
            return bytes[at++] & 0xFF;
        }

        int u32() {
            int result = 0;
            for (int shift = 0;; shift += 7) {
                int b = u8();
                result |= (b & 0x7F) << shift;
                if (b < 0x80) {
                    return result;
                }
            }
        }

        int s32() {
            int result = 0;
            int shift = 0;
            int b;
            do {
                b = u8();
                result |= (b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            return shift < 32 && (b & 0x40) != 0 ? result | -1 << shift : result;
        }

        String name() {
            int length = u32();
            String s = new String(bytes, at, length, java.nio.charset.StandardCharsets.UTF_8);
            at += length;
            return s;
        }
    }
}
