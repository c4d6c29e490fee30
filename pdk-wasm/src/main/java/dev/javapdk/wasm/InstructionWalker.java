package dev.javapdk.wasm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Skips through an instruction sequence, checking that it is well formed and recording every
 * function index it contains ({@code call}, {@code return_call}, {@code ref.func}). Covers the
 * MVP, sign extension, non-trapping conversions, bulk memory, reference types and tail calls;
 * anything else (SIMD, exceptions, GC, threads) is rejected with the opcode and offset.
 */
final class InstructionWalker {
    private final ByteReader r;
    private final String where;
    private final int typeCount;
    private final int functionCount;

    private InstructionWalker(ByteReader r, String where, int typeCount, int functionCount) {
        this.r = r;
        this.where = where;
        this.typeCount = typeCount;
        this.functionCount = functionCount;
    }

    /**
     * Reads instructions from {@code r} up to and including the {@code end} that closes the
     * expression, adding function references to {@code out} with positions relative to {@code base}.
     */
    static void walk(ByteReader r, String where, int typeCount, int functionCount, int base, List<Code.FuncRef> out) {
        walk(r, where, typeCount, functionCount, base, out, new ArrayList<>());
    }

    /**
     * As {@link #walk(ByteReader, String, int, int, int, List)}, also adding to {@code deadLoopExits}
     * the position (relative to {@code base}) just after the {@code end} of every {@code loop} whose
     * body ends in an unconditional branch: control can never fall out of such a loop.
     */
    static void walk(
            ByteReader r,
            String where,
            int typeCount,
            int functionCount,
            int base,
            List<Code.FuncRef> out,
            List<Integer> deadLoopExits) {
        new InstructionWalker(r, where, typeCount, functionCount).run(base, out, deadLoopExits);
    }

    /** br, br_table, return, unreachable, return_call, return_call_indirect: nothing after them runs. */
    private static boolean isUnconditionalBranch(int op) {
        return op == 0x0C || op == 0x0E || op == 0x0F || op == 0x00 || op == 0x12 || op == 0x13;
    }

    private void run(int base, List<Code.FuncRef> out, List<Integer> deadLoopExits) {
        int depth = 0;
        // Per open block: whether it is a loop, and whether it yields values (conservatively true for
        // a type index). The last instruction seen directly in the innermost block.
        Deque<boolean[]> blocks = new ArrayDeque<>();
        int last = -1;
        // Just after the end of a loop that never falls through: the place an `unreachable` may be needed.
        int deadExit = -1;
        while (true) {
            int at = r.pos;
            if (r.atEnd()) {
                throw WasmFormatException.described(
                        where + " ends at byte " + r.limit + " without closing 'end' (" + (depth + 1)
                                + " block(s) still open)",
                        at);
            }
            int op = r.u8();
            int previous = last;
            last = op;
            if (deadExit >= 0) {
                // Dead code follows the loop. An `end` or `else` right after it is fine unless the block
                // it closes must yield values (the function's own end: unknown here, so assumed to).
                boolean closes = op == 0x0B || op == 0x05;
                if (!closes || blocks.isEmpty() || blocks.peek()[1]) {
                    deadLoopExits.add(deadExit);
                }
                deadExit = -1;
            }
            switch (op) {
                case 0x02, 0x03, 0x04 -> { // block, loop, if
                    boolean yields = blockType();
                    depth++;
                    blocks.push(new boolean[] {op == 0x03, yields});
                    last = -1;
                }
                case 0x0B -> { // end
                    if (depth-- == 0) {
                        return;
                    }
                    if (blocks.pop()[0] && isUnconditionalBranch(previous)) {
                        deadExit = r.pos - base;
                    }
                }
                case 0x05 -> last = -1; // else: a new arm starts
                case 0x0E -> { // br_table: label vector plus default label
                    int n = r.count("br_table labels");
                    for (int i = 0; i <= n; i++) {
                        r.u32();
                    }
                }
                case Code.CALL, Code.RETURN_CALL, Code.REF_FUNC -> {
                    int p = r.pos;
                    int f = r.index("function", functionCount);
                    out.add(new Code.FuncRef(op, p - base, r.pos - p, f));
                }
                case 0x11, 0x13 -> { // call_indirect, return_call_indirect: type, table
                    r.index("type", typeCount);
                    r.u32();
                }
                case 0x1C -> { // select with value types
                    int n = r.count("select types");
                    for (int i = 0; i < n; i++) {
                        valType();
                    }
                }
                // br, br_if, local.*, global.*, table.get/set, memory.size/grow (memory index)
                case 0x0C, 0x0D, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x3F, 0x40 -> r.u32();
                case 0x41 -> r.s32();
                case 0x42 -> r.s64();
                case 0x43 -> r.skip(4);
                case 0x44 -> r.skip(8);
                case 0xD0 -> heapType();
                case 0x00, 0x01, 0x0F, 0x1A, 0x1B, 0xD1 -> {
                    // unreachable, nop, return, drop, select, ref.is_null: no immediates
                }
                case 0xFC -> prefixed(at);
                default -> {
                    if (op >= 0x28 && op <= 0x3E) {
                        memArg();
                    } else if (op < 0x45 || op > 0xC4) { // 0x45..0xC4: numeric ops without immediates
                        throw unknown(String.format("0x%02X", op), at);
                    }
                }
            }
        }
    }

    private void prefixed(int at) {
        long sub = r.u32();
        switch ((int) Math.min(sub, 255)) {
            case 0, 1, 2, 3, 4, 5, 6, 7 -> { // saturating truncation
            }
            case 8 -> { // memory.init data memory
                r.u32();
                r.u32();
            }
            case 9, 11, 13, 15, 16, 17 -> r.u32(); // data.drop, memory.fill, elem.drop, table.grow/size/fill
            case 10, 12, 14 -> { // memory.copy, table.init elem table, table.copy
                r.u32();
                r.u32();
            }
            default -> throw unknown("0xFC " + sub, at);
        }
    }

    private WasmFormatException unknown(String opcode, int at) {
        return new WasmFormatException("unknown or unsupported opcode " + opcode + " in " + where, at);
    }

    private void memArg() {
        long align = r.u32();
        if ((align & 0x40) != 0) { // multi-memory: an explicit memory index follows
            r.u32();
        }
        r.u32();
    }

    /** Reads a block type; whether the block may yield values (a type index counts as yes). */
    private boolean blockType() {
        int at = r.pos;
        long t = r.s33();
        if (t >= 0) {
            if (t >= typeCount) {
                throw new WasmFormatException(
                        "block type index " + t + " in " + where + " is out of range (" + typeCount + " types)", at);
            }
            return true;
        } else if (t < -64 || ((t & 0x7F) != 0x40 && ValType.of((int) (t & 0x7F)) == null)) {
            throw new WasmFormatException("invalid block type in " + where, at);
        }
        return (t & 0x7F) != 0x40;
    }

    private void valType() {
        int at = r.pos;
        int code = r.u8();
        if (ValType.of(code) == null) {
            throw new WasmFormatException(String.format("invalid value type 0x%02X in %s", code, where), at);
        }
    }

    private void heapType() {
        int at = r.pos;
        long t = r.s33();
        if (t >= 0 ? t >= typeCount : t < -64 || (t & 0x7F) != 0x70 && (t & 0x7F) != 0x6F) {
            throw new WasmFormatException("invalid heap type " + t + " for ref.null in " + where, at);
        }
    }
}
