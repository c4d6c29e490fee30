package dev.javapdk.harness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A tiny WebAssembly binary writer for hand-assembled test plug-ins. There is no wat2wasm for
 * Chicory 1.4 on the test classpath, and real plug-ins would need a TeaVM build; a few hundred
 * bytes of hand-written code exercise exactly the Extism host functions we care about.
 * Only what the tests need: function imports, one memory, functions, exports; i32/i64 only.
 */
final class WasmBuilder {

    static final byte I32 = 0x7F;
    static final byte I64 = 0x7E;

    private final List<byte[]> types = new ArrayList<>();
    private final List<byte[]> imports = new ArrayList<>();
    private final List<Integer> functionTypes = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    private final List<byte[]> exports = new ArrayList<>();
    private int importedFunctions;

    /** Adds (or reuses) a function type; returns its index. */
    int type(byte[] params, byte[] results) {
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        t.write(0x60);
        vecBytes(t, params);
        vecBytes(t, results);
        byte[] enc = t.toByteArray();
        for (int i = 0; i < types.size(); i++) {
            if (java.util.Arrays.equals(types.get(i), enc)) {
                return i;
            }
        }
        types.add(enc);
        return types.size() - 1;
    }

    /** Imports a function; must be called before any {@link #function}. Returns its index. */
    int importFunction(String module, String name, byte[] params, byte[] results) {
        if (!bodies.isEmpty()) {
            throw new IllegalStateException("imports must come before functions");
        }
        ByteArrayOutputStream i = new ByteArrayOutputStream();
        name(i, module);
        name(i, name);
        i.write(0x00);
        u32(i, type(params, results));
        imports.add(i.toByteArray());
        return importedFunctions++;
    }

    /** Defines a function with extra locals and a body; returns its function index. */
    int function(byte[] params, byte[] results, byte[] locals, Consumer<Code> body) {
        int typeIndex = type(params, results);
        Code code = new Code();
        body.accept(code);
        code.op(0x0B); // end
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        // Locals: one (count=1, type) entry per local keeps the encoder trivial.
        u32(b, locals.length);
        for (byte l : locals) {
            u32(b, 1);
            b.write(l);
        }
        b.writeBytes(code.bytes());
        functionTypes.add(typeIndex);
        bodies.add(b.toByteArray());
        return importedFunctions + bodies.size() - 1;
    }

    void exportFunction(String name, int index) {
        export(name, 0x00, index);
    }

    private void export(String name, int kind, int index) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        name(e, name);
        e.write(kind);
        u32(e, index);
        exports.add(e.toByteArray());
    }

    /** The module, with one 1-page memory exported as "memory". */
    byte[] build() {
        export("memory", 0x02, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00});
        section(out, 1, vec(types));
        section(out, 2, vec(imports));
        ByteArrayOutputStream funcs = new ByteArrayOutputStream();
        u32(funcs, functionTypes.size());
        functionTypes.forEach(t -> u32(funcs, t));
        section(out, 3, funcs.toByteArray());
        section(out, 5, new byte[] {0x01, 0x00, 0x01}); // one memory, min 1 page, no max
        section(out, 7, vec(exports));
        List<byte[]> sizedBodies = new ArrayList<>();
        for (byte[] body : bodies) {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            u32(s, body.length);
            s.writeBytes(body);
            sizedBodies.add(s.toByteArray());
        }
        section(out, 10, vec(sizedBodies));
        return out.toByteArray();
    }

    private static void section(ByteArrayOutputStream out, int id, byte[] contents) {
        out.write(id);
        u32(out, contents.length);
        out.writeBytes(contents);
    }

    private static byte[] vec(List<byte[]> items) {
        ByteArrayOutputStream v = new ByteArrayOutputStream();
        u32(v, items.size());
        items.forEach(v::writeBytes);
        return v.toByteArray();
    }

    private static void vecBytes(ByteArrayOutputStream out, byte[] items) {
        u32(out, items.length);
        out.writeBytes(items);
    }

    private static void name(ByteArrayOutputStream out, String s) {
        vecBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    static void u32(ByteArrayOutputStream out, long value) {
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            out.write(value != 0 ? b | 0x80 : b);
        } while (value != 0);
    }

    static void s64(ByteArrayOutputStream out, long value) {
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }

    static byte[] types(byte... t) {
        return t;
    }

    /** Instruction encoder; method names follow the text format. */
    static final class Code {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Code op(int opcode) {
            out.write(opcode);
            return this;
        }

        Code i32Const(int v) {
            out.write(0x41);
            s64(out, v);
            return this;
        }

        Code i64Const(long v) {
            out.write(0x42);
            s64(out, v);
            return this;
        }

        Code localGet(int i) {
            out.write(0x20);
            u32(out, i);
            return this;
        }

        Code localSet(int i) {
            out.write(0x21);
            u32(out, i);
            return this;
        }

        Code localTee(int i) {
            out.write(0x22);
            u32(out, i);
            return this;
        }

        Code call(int function) {
            out.write(0x10);
            u32(out, function);
            return this;
        }

        Code block() {
            return op(0x02).op(0x40);
        }

        Code loop() {
            return op(0x03).op(0x40);
        }

        /** if with an empty block type. */
        Code ifThen() {
            return op(0x04).op(0x40);
        }

        Code elseDo() {
            return op(0x05);
        }

        Code end() {
            return op(0x0B);
        }

        Code br(int depth) {
            out.write(0x0C);
            u32(out, depth);
            return this;
        }

        Code brIf(int depth) {
            out.write(0x0D);
            u32(out, depth);
            return this;
        }

        Code ret() {
            return op(0x0F);
        }

        Code drop() {
            return op(0x1A);
        }

        Code unreachable() {
            return op(0x00);
        }

        Code i64Eqz() {
            return op(0x50);
        }

        Code i64GeU() {
            return op(0x5A);
        }

        Code i64Add() {
            return op(0x7C);
        }

        Code i32Add() {
            return op(0x6A);
        }

        Code i64ExtendI32U() {
            return op(0xAD);
        }

        Code i32WrapI64() {
            return op(0xA7);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
