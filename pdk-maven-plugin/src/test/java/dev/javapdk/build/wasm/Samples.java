package dev.javapdk.build.wasm;

import static dev.javapdk.build.wasm.TestWasm.*;

/** Hand-built modules shared by the tests. */
final class Samples {
    private Samples() {
    }

    /**
     * An executable plug-in-like module. Imports env.base (used), env.unused, env.x_only (used only
     * from teavm_x). f1() = ((5 * 2 + base()) via helper, then +100 via call_indirect) + 7 set by
     * the start function = 1117 with base() = 1000. f2() = 1002. teavm_x() = x_only(9) + 42.
     */
    static TestWasm.Builder plugin() {
        TestWasm.Builder b = module();
        int t0 = b.type(t(), t(I32));
        int t1 = b.type(t(I32), t(I32));
        int t2 = b.type(t(), t());
        int base = b.importFunction("env", "base", t0);             // 0
        b.importFunction("env", "unused", t1);                      // 1
        int xOnly = b.importFunction("env", "x_only", t1);          // 2
        int helper = b.function("helper", t1,                       // 3
                bytes(0x20, 0, i32(2), 0x6C, call(base), 0x6A));
        int viaTable = b.function("via_table", t1,                  // 4
                bytes(0x20, 0, i32(100), 0x6A));
        int f1 = b.function("f1", t0,                               // 5
                bytes(i32(5), call(helper), i32(0), 0x11, u32(t1), 0, 0x23, 0, 0x6A));
        int f2 = b.function("f2", t0, bytes(i32(1), call(helper)));  // 6
        int teavmX = b.function("teavm_x", t0, bytes(i32(9), call(8))); // 7
        b.function("only_x", t1, bytes(0x20, 0, call(xOnly), call(9), 0x6A)); // 8
        b.function("x_helper", t0, i32(42));                        // 9
        b.function("dead", t0, i32(13));                            // 10
        int init = b.function("init", t2, bytes(i32(7), 0x24, 0));  // 11
        b.localNames(helper, "x").localNames(8, "y");
        b.table(1).memory(1, 2).global(I32, true, constExpr(i32(0)));
        b.exportFunction("f1", f1).exportFunction("f2", f2).exportFunction("teavm_x", teavmX).export("memory", 2, 0);
        b.start(init);
        b.element(bytes(0x00, constExpr(i32(0)), vec(u32(viaTable))));
        b.data(bytes(0x00, constExpr(i32(16)), name("hi"))).dataCount();
        b.custom("producers", bytes(0x00));
        return b;
    }

    /** Number of functions (imported and defined) in {@link #plugin()}. */
    static final int PLUGIN_FUNCTIONS = 12;

    /** The body of function "all" in {@link #everything()}: one instruction of every supported kind. */
    static byte[] everyInstruction() {
        Object[] parts = {
            0x02, 0x40, 0x03, I32, 0x04, 0x01, 0x05, END,          // block, loop i32, if (type 1), else, end
            0x0C, 0x00, 0x0D, 0x01, 0x0E, vec(u32(0), u32(1)), u32(0), END, END,
            call(2), 0x11, u32(1), 0x00, 0x12, u32(3), 0x13, u32(1), 0x00,
            0x1A, 0x1B, 0x1C, vec(new byte[] {(byte) I32}),
            0x20, 0, 0x21, 0, 0x22, 0, 0x23, 0, 0x24, 0, 0x25, 0, 0x26, 1,
            memoryOps(),
            0x3F, 0, 0x40, 0,
            0x41, s64(Integer.MIN_VALUE), 0x41, s64(Integer.MAX_VALUE), 0x42, s64(Long.MIN_VALUE),
            0x42, s64(Long.MAX_VALUE), 0x42, s64(-1), 0x43, bytes(0, 0, 0x80, 0x3F), 0x44, bytes(0, 0, 0, 0, 0, 0, 0xF0, 0x3F),
            numericOps(),
            0xD0, 0x70, 0xD0, 0x6F, 0xD1, refFunc(4),
            0xFC, 0, 0xFC, 1, 0xFC, 2, 0xFC, 3, 0xFC, 4, 0xFC, 5, 0xFC, 6, 0xFC, 7,
            0xFC, 8, u32(0), 0, 0xFC, 9, u32(1), 0xFC, 10, 0, 0, 0xFC, 11, 0, 0xFC, 12, u32(1), u32(0),
            0xFC, 13, u32(1), 0xFC, 14, 0, 1, 0xFC, 15, 0, 0xFC, 16, 0, 0xFC, 17, 0,
            0x00, 0x01, 0x0F,
        };
        return bytes(parts);
    }

    private static byte[] memoryOps() {
        byte[][] ops = new byte[0x3E - 0x28 + 1][];
        for (int op = 0x28; op <= 0x3E; op++) {
            ops[op - 0x28] = bytes(op, 2, u32(0xFFFFFFFFL));
        }
        return bytes((Object[]) ops);
    }

    private static byte[] numericOps() {
        byte[] ops = new byte[0xC4 - 0x45 + 1];
        for (int op = 0x45; op <= 0xC4; op++) {
            ops[op - 0x45] = (byte) op;
        }
        return ops;
    }

    /**
     * Every section kind, imports of every kind, all eight element segment forms, a data count,
     * the name section and another custom section. Structurally valid, not meant to be run.
     */
    static TestWasm.Builder everything() {
        TestWasm.Builder b = module();
        b.type(t(), t(I32));                          // 0
        b.type(t(I32), t(I32));                       // 1
        int t2 = b.type(t(), t());                    // 2
        b.type(t(I64, F32, F64), t(I32, I64));        // 3
        b.type(t(FUNCREF, EXTERNREF), t());           // 4
        b.importFunction("env", "f", 1);              // function 0
        b.importRaw("env", "tab", 1, bytes(FUNCREF, 0x00, u32(1)));
        b.importRaw("env", "mem", 2, bytes(0x01, u32(1), u32(2)));
        b.importRaw("env", "g", 3, bytes(I32, 0x00));
        b.function("all", t2, bytes(u32(2), u32(1), I32, u32(2), I64), everyInstruction()); // 1
        b.function("a", 0, i32(1));                   // 2
        b.function("b", 1, bytes(0x20, 0));           // 3
        b.function("c", t2, bytes(0x01));             // 4
        b.localNames(1, "l0", "l1", "l2");
        b.table(2);
        b.memory(1, 3);
        b.global(I32, true, constExpr(i32(-5)))
                .global(I64, false, constExpr(i64(Long.MIN_VALUE)))
                .global(F32, false, constExpr(0x43, bytes(0, 0, 0, 0)))
                .global(F64, false, constExpr(0x44, bytes(0, 0, 0, 0, 0, 0, 0, 0)))
                .global(FUNCREF, false, constExpr(refFunc(2)))
                .global(EXTERNREF, false, constExpr(0xD0, 0x6F))
                .global(I32, false, constExpr(0x23, 0));
        b.exportFunction("a", 2).export("mem", 2, 0).export("tab", 1, 0).export("g", 3, 1).exportFunction("all", 1);
        b.start(4);
        b.element(bytes(0x00, constExpr(i32(0)), vec(u32(2), u32(3))));
        b.element(bytes(0x01, 0x00, vec(u32(2))));
        b.element(bytes(0x02, u32(1), constExpr(i32(0)), 0x00, vec(u32(3))));
        b.element(bytes(0x03, 0x00, vec(u32(4))));
        b.element(bytes(0x04, constExpr(i32(1)), vec(constExpr(refFunc(2)), constExpr(0xD0, 0x70))));
        b.element(bytes(0x05, FUNCREF, vec(constExpr(refFunc(3)))));
        b.element(bytes(0x06, u32(1), constExpr(i32(0)), FUNCREF, vec(constExpr(refFunc(4)))));
        b.element(bytes(0x07, FUNCREF, vec(constExpr(refFunc(1)))));
        b.data(bytes(0x00, constExpr(i32(0)), name("abc")));
        b.data(bytes(0x01, name("passive")));
        b.data(bytes(0x02, u32(0), constExpr(i32(8)), name("")));
        b.dataCount();
        b.custom("producers", bytes(0x01, name("language"), 0x01, name("Java"), name("17")));
        return b;
    }
}
