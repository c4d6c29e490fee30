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

    private final byte[] bytes;
    private final List<FuncRef> refs;

    Code(byte[] bytes, List<FuncRef> refs) {
        this.bytes = bytes;
        this.refs = List.copyOf(refs);
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
        return new Code(w.toByteArray(), moved);
    }
}
