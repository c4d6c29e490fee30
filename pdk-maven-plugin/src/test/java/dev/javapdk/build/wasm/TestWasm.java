package dev.javapdk.build.wasm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds wasm binaries for tests (there is no wat2wasm for Chicory 1.4). Encoders are static;
 * {@link #module()} returns a builder that lays the sections out in the required order.
 */
final class TestWasm {
    static final int I32 = 0x7F, I64 = 0x7E, F32 = 0x7D, F64 = 0x7C, FUNCREF = 0x70, EXTERNREF = 0x6F;
    static final int END = 0x0B;

    private TestWasm() {
    }

    /** Concatenates parts: an Integer is one byte, a byte[] is copied, a String becomes a name. */
    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof Integer i) {
                out.write(i);
            } else if (p instanceof byte[] b) {
                out.writeBytes(b);
            } else if (p instanceof String s) {
                out.writeBytes(name(s));
            } else {
                throw new IllegalArgumentException(String.valueOf(p));
            }
        }
        return out.toByteArray();
    }

    static byte[] u32(long v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return out.toByteArray();
    }

    /** Unsigned LEB128 padded to exactly {@code width} bytes (valid but not minimal). */
    static byte[] u32Padded(long v, int width) {
        byte[] out = new byte[width];
        for (int i = 0; i < width; i++) {
            out[i] = (byte) ((v & 0x7F) | (i < width - 1 ? 0x80 : 0));
            v >>>= 7;
        }
        return out;
    }

    static byte[] s64(long v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return out.toByteArray();
            }
        }
    }

    static byte[] name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return bytes(u32(b.length), b);
    }

    static byte[] vec(List<byte[]> items) {
        return bytes(u32(items.size()), bytes(items.toArray()));
    }

    static byte[] vec(byte[]... items) {
        return vec(List.of(items));
    }

    static byte[] section(int id, byte[] payload) {
        return bytes(id, u32(payload.length), payload);
    }

    static byte[] header() {
        return bytes(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00);
    }

    static byte[] funcType(int[] params, int[] results) {
        return bytes(0x60, vec(types(params)), vec(types(results)));
    }

    private static List<byte[]> types(int[] codes) {
        List<byte[]> out = new ArrayList<>();
        for (int c : codes) {
            out.add(new byte[] {(byte) c});
        }
        return out;
    }

    static int[] t(int... codes) {
        return codes;
    }

    // Instruction helpers
    static byte[] call(int f) {
        return bytes(0x10, u32(f));
    }

    static byte[] i32(int v) {
        return bytes(0x41, s64(v));
    }

    static byte[] i64(long v) {
        return bytes(0x42, s64(v));
    }

    static byte[] refFunc(int f) {
        return bytes(0xD2, u32(f));
    }

    static byte[] constExpr(Object... instr) {
        return bytes(bytes(instr), END);
    }

    static Builder module() {
        return new Builder();
    }

    /** Collects entries per section; {@link #build()} emits the non-empty sections in order. */
    static final class Builder {
        private final List<byte[]> types = new ArrayList<>();
        private final List<byte[]> imports = new ArrayList<>();
        private final List<byte[]> functions = new ArrayList<>();
        private final List<byte[]> tables = new ArrayList<>();
        private final List<byte[]> memories = new ArrayList<>();
        private final List<byte[]> globals = new ArrayList<>();
        private final List<byte[]> exports = new ArrayList<>();
        private final List<byte[]> elements = new ArrayList<>();
        private final List<byte[]> bodies = new ArrayList<>();
        private final List<byte[]> data = new ArrayList<>();
        private final List<byte[]> customs = new ArrayList<>();
        private final List<byte[]> functionNames = new ArrayList<>();
        private final List<byte[]> localNames = new ArrayList<>();
        private Integer start;
        private boolean dataCount;
        private int importedFunctions;

        int type(int[] params, int[] results) {
            types.add(funcType(params, results));
            return types.size() - 1;
        }

        int importFunction(String module, String name, int type) {
            if (!functions.isEmpty()) {
                throw new IllegalStateException("imports must come before defined functions");
            }
            imports.add(bytes(name(module), name(name), 0x00, u32(type)));
            named(importedFunctions, name);
            return importedFunctions++;
        }

        Builder importRaw(String module, String name, int kind, byte[] desc) {
            imports.add(bytes(name(module), name(name), kind, desc));
            return this;
        }

        /** Defines a function; {@code code} is the instruction sequence without the final end. */
        int function(String name, int type, byte[] code) {
            return function(name, type, new byte[] {0}, code);
        }

        int function(String name, int type, byte[] locals, byte[] code) {
            functions.add(u32(type));
            bodies.add(rawBody(bytes(locals, code, END)));
            int index = importedFunctions + functions.size() - 1;
            named(index, name);
            return index;
        }

        private static byte[] rawBody(byte[] content) {
            return bytes(u32(content.length), content);
        }

        private void named(int index, String name) {
            if (name != null) {
                functionNames.add(bytes(u32(index), name(name)));
            }
        }

        Builder localNames(int function, String... names) {
            List<byte[]> entries = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                entries.add(bytes(u32(i), name(names[i])));
            }
            localNames.add(bytes(u32(function), vec(entries)));
            return this;
        }

        Builder table(int min) {
            tables.add(bytes(FUNCREF, 0x00, u32(min)));
            return this;
        }

        Builder memory(int min, int max) {
            memories.add(bytes(0x01, u32(min), u32(max)));
            return this;
        }

        Builder global(int type, boolean mutable, byte[] init) {
            globals.add(bytes(type, mutable ? 1 : 0, init));
            return this;
        }

        Builder export(String name, int kind, int index) {
            exports.add(bytes(name(name), kind, u32(index)));
            return this;
        }

        Builder exportFunction(String name, int index) {
            return export(name, 0, index);
        }

        Builder start(int function) {
            start = function;
            return this;
        }

        /** A raw element segment: flags followed by the rest of its encoding. */
        Builder element(byte[] segment) {
            elements.add(segment);
            return this;
        }

        Builder data(byte[] segment) {
            data.add(segment);
            return this;
        }

        Builder dataCount() {
            dataCount = true;
            return this;
        }

        Builder custom(String name, byte[] content) {
            customs.add(section(0, bytes(name(name), content)));
            return this;
        }

        byte[] nameSection() {
            List<Object> subs = new ArrayList<>();
            subs.add(0);
            subs.add(sized(bytes(name("test module"))));
            if (!functionNames.isEmpty()) {
                subs.add(1);
                subs.add(sized(vec(sortedByIndex(functionNames))));
            }
            if (!localNames.isEmpty()) {
                subs.add(2);
                subs.add(sized(vec(localNames)));
            }
            return section(0, bytes(name("name"), bytes(subs.toArray())));
        }

        private static byte[] sized(byte[] b) {
            return bytes(u32(b.length), b);
        }

        private static List<byte[]> sortedByIndex(List<byte[]> entries) {
            List<byte[]> sorted = new ArrayList<>(entries);
            sorted.sort((a, b) -> Integer.compare(a[0] & 0xFF, b[0] & 0xFF)); // test indices stay < 128
            return sorted;
        }

        byte[] build() {
            return build(false);
        }

        byte[] build(boolean withNames) {
            List<Object> out = new ArrayList<>();
            out.add(header());
            add(out, 1, types);
            add(out, 2, imports);
            add(out, 3, functions);
            add(out, 4, tables);
            add(out, 5, memories);
            add(out, 6, globals);
            add(out, 7, exports);
            if (start != null) {
                out.add(section(8, u32(start)));
            }
            add(out, 9, elements);
            if (dataCount) {
                out.add(section(12, u32(data.size())));
            }
            add(out, 10, bodies);
            add(out, 11, data);
            if (withNames) {
                out.add(nameSection());
            }
            out.addAll(customs);
            return bytes(out.toArray());
        }

        private static void add(List<Object> out, int id, List<byte[]> entries) {
            if (!entries.isEmpty()) {
                out.add(section(id, vec(entries)));
            }
        }
    }
}
