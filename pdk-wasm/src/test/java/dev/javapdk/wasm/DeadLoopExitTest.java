package dev.javapdk.wasm;

import static dev.javapdk.fixtures.TestWasm.I32;
import static dev.javapdk.fixtures.TestWasm.bytes;
import static dev.javapdk.fixtures.TestWasm.call;
import static dev.javapdk.fixtures.TestWasm.i32;
import static dev.javapdk.fixtures.TestWasm.module;
import static dev.javapdk.fixtures.TestWasm.t;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.Parser;
import dev.javapdk.fixtures.TestWasm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loops that never fall through: the dead code after them is found and made valid. */
class DeadLoopExitTest {
    private static final int LOOP = 0x03;
    private static final int BLOCK = 0x02;
    private static final int VOID = 0x40;
    private static final int END = 0x0B;
    private static final int BR = 0x0C;
    private static final int BR_IF = 0x0D;
    private static final int RETURN = 0x0F;

    /** A module whose function 1 (type () -> i32) has {@code code}; function 0 is a helper it may call. */
    private static byte[] moduleWith(byte[] code) {
        TestWasm.Builder b = module();
        int type = b.type(t(), t(I32));
        b.function("helper", type, i32(1));
        b.function("run", type, code);
        return b.build();
    }

    @Test
    void bareReturnAfterAnEndlessLoopIsClosed() {
        // What TeaVM 0.13.1 writes for `while (true) { ... }` in a non-void method: loop ... br 0 end; return.
        byte[] wasm = moduleWith(bytes(LOOP, VOID, call(0), 0x1A, BR, 0, END, RETURN));
        assertThrows(InvalidException.class, () -> Parser.parse(wasm));

        WasmModule parsed = WasmModule.parse(wasm);
        Code body = parsed.code().get(1);
        assertEquals(1, body.deadLoopExits().size());
        Code closed = body.closeDeadLoopExits();
        assertEquals(body.bytes().length + 1, closed.bytes().length);
        assertEquals(
                body.functionRefs().get(0).pos(), closed.functionRefs().get(0).pos(), "call before the exit");

        byte[] fixed = parsed.toBuilder()
                .code(List.of(parsed.code().get(0), closed))
                .build()
                .toBytes();
        Parser.parse(fixed); // valid now
    }

    @Test
    void loopsThatFallThroughOrCloseAVoidBlockAreLeftAlone() {
        // loop ... br_if 0 end: falls through when the condition is false.
        byte[] fallsThrough = moduleWith(bytes(LOOP, VOID, i32(0), BR_IF, 0, END, i32(7)));
        assertEquals(List.of(), WasmModule.parse(fallsThrough).code().get(1).deadLoopExits());
        // block loop ... br 0 end end: TeaVM's usual loop; the void block's end after it is valid as is.
        byte[] usual = moduleWith(bytes(BLOCK, VOID, LOOP, VOID, i32(1), BR_IF, 1, BR, 0, END, END, i32(7)));
        Parser.parse(usual);
        Code body = WasmModule.parse(usual).code().get(1);
        assertEquals(List.of(), body.deadLoopExits());
        assertArrayEquals(body.bytes(), body.closeDeadLoopExits().bytes());
    }

    @Test
    void renumberingKeepsTheExitsInPlace() {
        // A call with a one-byte index before the loop; renumbered to an index of two bytes.
        byte[] wasm = moduleWith(bytes(call(0), 0x1A, LOOP, VOID, BR, 0, END, RETURN));
        Code body = WasmModule.parse(wasm).code().get(1);
        int[] remap = new int[2];
        remap[0] = 200;
        remap[1] = 1;
        Code moved = body.renumber(remap);
        assertEquals(body.deadLoopExits().get(0) + 1, moved.deadLoopExits().get(0));
        byte[] closed = moved.closeDeadLoopExits().bytes();
        assertEquals(0x00, closed[moved.deadLoopExits().get(0)], "unreachable right after the loop's end");
        assertEquals(RETURN, closed[moved.deadLoopExits().get(0) + 1]);
    }
}
