package dev.javapdk.wasm;

import java.util.ArrayList;
import java.util.List;

/**
 * Encoded instructions (a function body including its locals, or a constant expression) plus the
 * places where they name a function. Keeping the bytes and patching only those places means an
 * untouched body is re-emitted exactly as it was read.
 */
final class Code {
    /** A function index immediate: opcode, position and length of the LEB128 within {@link #bytes}. */
    record FuncRef(int opcode, int pos, int len, int function) {
    }

    final byte[] bytes;
    final List<FuncRef> refs;

    Code(byte[] bytes, List<FuncRef> refs) {
        this.bytes = bytes;
        this.refs = List.copyOf(refs);
    }

    /** Returns a copy with every function index {@code f} replaced by {@code remap[f]}. */
    Code renumber(int[] remap) {
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
