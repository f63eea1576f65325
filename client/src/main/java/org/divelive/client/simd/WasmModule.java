package org.divelive.client.simd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A WebAssembly module in the binary format: functions that return nothing, each exported under its name, working on
 * one imported linear memory ({@code env.memory}, the memory of the TeaVM module they serve, so both see the same
 * bytes). Sections in the order the format requires: type, import, function, export, code.
 */
final class WasmModule {
    private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00}; // "\0asm", version 1
    /** 4 GB in pages of 64 KB, the most a 32-bit memory can have: a shared import's maximum that any memory fits. */
    private static final int MAX_PAGES = 65536;

    private record Function(String name, byte[] params, byte[] locals, byte[] body) {
    }

    private final List<Function> functions = new ArrayList<>();
    private final boolean sharedMemory;

    /**
     * @param sharedMemory whether the imported memory is a shared one (a SharedArrayBuffer that two threads run on):
     *                     an import matches only a memory of the same kind
     */
    WasmModule(boolean sharedMemory) {
        this.sharedMemory = sharedMemory;
    }

    /** Adds an exported function; its locals after the parameters are {@code locals}, one value type each. */
    void function(String name, byte[] params, byte[] locals, WasmCode body) {
        functions.add(new Function(name, params.clone(), locals.clone(), body.op(WasmCode.END).bytes()));
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER);
        ByteArrayOutputStream types = new ByteArrayOutputStream();
        count(types, functions.size());
        for (Function f : functions) {
            types.write(0x60); // a function type: params → results
            count(types, f.params.length);
            types.writeBytes(f.params);
            count(types, 0);
        }
        section(out, 1, types);
        ByteArrayOutputStream imports = new ByteArrayOutputStream();
        count(imports, 1);
        name(imports, "env");
        name(imports, "memory");
        imports.write(0x02); // a memory
        if (sharedMemory) {
            imports.write(0x03); // shared, with a minimum and the maximum a shared memory must declare
            count(imports, 1);
            count(imports, MAX_PAGES);
        } else {
            imports.write(0x00); // limits with a minimum only: any memory of at least one page fits
            count(imports, 1);
        }
        section(out, 2, imports);
        ByteArrayOutputStream declarations = new ByteArrayOutputStream();
        count(declarations, functions.size());
        for (int i = 0; i < functions.size(); i++) {
            count(declarations, i); // function i has type i
        }
        section(out, 3, declarations);
        ByteArrayOutputStream exports = new ByteArrayOutputStream();
        count(exports, functions.size());
        for (int i = 0; i < functions.size(); i++) {
            name(exports, functions.get(i).name);
            exports.write(0x00); // a function
            count(exports, i);
        }
        section(out, 7, exports);
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        count(code, functions.size());
        for (Function f : functions) {
            ByteArrayOutputStream entry = new ByteArrayOutputStream();
            count(entry, f.locals.length); // one (count 1, type) group per local: simple, a few bytes more
            for (byte local : f.locals) {
                count(entry, 1);
                entry.write(local);
            }
            entry.writeBytes(f.body);
            count(code, entry.size());
            code.writeBytes(entry.toByteArray());
        }
        section(out, 10, code);
        return out.toByteArray();
    }

    private static void section(ByteArrayOutputStream out, int id, ByteArrayOutputStream content) {
        out.write(id);
        count(out, content.size());
        out.writeBytes(content.toByteArray());
    }

    private static void name(ByteArrayOutputStream out, String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        count(out, utf8.length);
        out.writeBytes(utf8);
    }

    private static void count(ByteArrayOutputStream out, int value) {
        WasmCode.writeUnsigned(out, value);
    }
}
