package dev.javapdk.wasm;

import java.util.ArrayList;
import java.util.List;

/**
 * Encoded instructions (a function body including its locals, or a constant expression) plus the
 * places where they name a function. Keeping the bytes and patching only those places means an
 * untouched body is re-emitted exactly as it was read.
 *
 * <pre>{@code
 * Code body = module.code().get(0);
 * for (Code.FuncRef r : body.functionRefs()) {
 *     if (r.isCall()) { ... r.function() ... }
 * }
 * Code moved = body.renumber(remap);   // remap[old function index] = new index
 * }</pre>
 */
public final class Code {
    /** Opcode of {@code call}. */
    public static final int CALL = 0x10;
    /** Opcode of {@code return_call} (tail calls). */
    public static final int RETURN_CALL = 0x12;
    /** Opcode of {@code ref.func} (reference types). */
    public static final int REF_FUNC = 0xD2;

    /**
     * A function index immediate: the instruction's opcode ({@link #CALL}, {@link #RETURN_CALL} or
     * {@link #REF_FUNC}), the position and length of the index's LEB128 within the code's bytes,
     * and the function it names.
     *
     * <pre>{@code
     * boolean calls = body.functionRefs().stream().anyMatch(r -> r.isCall() && r.function() == 3);
     * }</pre>
     */
    public record FuncRef(int opcode, int pos, int len, int function) {

        /** A direct call ({@code call} or {@code return_call}), as opposed to taking a reference. */
        public boolean isCall() {
            return opcode == CALL || opcode == RETURN_CALL;
        }

        /** {@code ref.func}: the function is used as a value, e.g. stored in a table. */
        public boolean isRefFunc() {
            return opcode == REF_FUNC;
        }
    }

    /** Opcode of {@code unreachable}. */
    public static final int UNREACHABLE = 0x00;

    private final byte[] bytes;
    private final List<FuncRef> refs;
    private final List<Integer> deadLoopExits;

    Code(byte[] bytes, List<FuncRef> refs) {
        this(bytes, refs, List.of());
    }

    Code(byte[] bytes, List<FuncRef> refs, List<Integer> deadLoopExits) {
        this.bytes = bytes;
        this.refs = List.copyOf(refs);
        this.deadLoopExits = List.copyOf(deadLoopExits);
    }

    /**
     * Positions just after the {@code end} of each {@code loop} whose body ends in an unconditional
     * branch, so that control never leaves it by falling through: what follows is dead code. A
     * validator still type-checks that code as if it could run (a {@code return} there needs its
     * values), which is why {@link #closeDeadLoopExits()} exists. Empty for constant expressions.
     */
    public List<Integer> deadLoopExits() {
        return deadLoopExits;
    }

    /**
     * Returns a copy with {@code unreachable} inserted at every {@link #deadLoopExits() dead loop
     * exit}. It never runs (nothing reaches those places), and it makes the dead code after an
     * endless loop type-check: TeaVM 0.13.1 ends a non-void method whose loop has no exit with a
     * bare {@code return}, which no validator accepts.
     *
     * <pre>{@code
     * Code fixed = body.deadLoopExits().isEmpty() ? body : body.closeDeadLoopExits();
     * }</pre>
     */
    public Code closeDeadLoopExits() {
        if (deadLoopExits.isEmpty()) {
            return this;
        }
        ByteWriter w = new ByteWriter();
        List<FuncRef> moved = new ArrayList<>(refs.size());
        int copied = 0;
        int inserted = 0;
        int nextRef = 0;
        for (int exit : deadLoopExits) {
            while (nextRef < refs.size() && refs.get(nextRef).pos() < exit) {
                FuncRef ref = refs.get(nextRef++);
                moved.add(new FuncRef(ref.opcode(), ref.pos() + inserted, ref.len(), ref.function()));
            }
            w.bytes(bytes, copied, exit - copied);
            w.u8(UNREACHABLE);
            inserted++;
            copied = exit;
        }
        while (nextRef < refs.size()) {
            FuncRef ref = refs.get(nextRef++);
            moved.add(new FuncRef(ref.opcode(), ref.pos() + inserted, ref.len(), ref.function()));
        }
        w.bytes(bytes, copied, bytes.length - copied);
        return new Code(w.toByteArray(), moved);
    }

    /** The encoded instructions (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes without a copy, for the encoder. */
    byte[] raw() {
        return bytes;
    }

    /** Every function index in the code, in order. */
    public List<FuncRef> functionRefs() {
        return refs;
    }

    /** Returns a copy with every function index {@code f} replaced by {@code remap[f]}. */
    public Code renumber(int[] remap) {
        ByteWriter w = new ByteWriter();
        List<FuncRef> moved = new ArrayList<>(refs.size());
        int copied = 0;
        for (FuncRef ref : refs) {
            w.bytes(bytes, copied, ref.pos() - copied);
            int at = w.size();
            byte[] leb = ByteWriter.leb(remap[ref.function()]);
            w.bytes(leb);
            moved.add(new FuncRef(ref.opcode(), at, leb.length, remap[ref.function()]));
            copied = ref.pos() + ref.len();
        }
        w.bytes(bytes, copied, bytes.length - copied);
        return new Code(w.toByteArray(), moved, shifted(deadLoopExits, moved));
    }

    /** Dead loop exits moved by the size changes of the renumbered indices before them. */
    private List<Integer> shifted(List<Integer> positions, List<FuncRef> moved) {
        List<Integer> out = new ArrayList<>(positions.size());
        for (int position : positions) {
            int delta = 0;
            for (int i = 0; i < refs.size() && refs.get(i).pos() < position; i++) {
                delta += moved.get(i).len() - refs.get(i).len();
            }
            out.add(position + delta);
        }
        return out;
    }
}
