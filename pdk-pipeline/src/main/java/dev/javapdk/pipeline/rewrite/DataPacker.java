package dev.javapdk.pipeline.rewrite;

import dev.javapdk.wasm.DataSegment;
import dev.javapdk.wasm.ExternKind;
import dev.javapdk.wasm.WasmModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Memory packing: a module's own memory starts zeroed, so zero bytes in an active data segment
 * write nothing new. This splits each active segment at its long runs of zeros and drops leading
 * and trailing zeros (TeaVM's single segment is about 78% zeros: static fields, the empty
 * exception call-site table, heap headers).
 *
 * <p>It leaves a module as it is when that would not be exact: an imported memory (its bytes are
 * not known to be zero), an active segment at a non-constant offset, or two active segments that
 * overlap (a later one may overwrite an earlier one with zeros). Segment indices that code can
 * name ({@code memory.init}, {@code data.drop}) stay valid: only active segments after the last
 * passive one are split, so no passive segment moves, and a data count section is updated.
 *
 * <pre>{@code
 * List<DataSegment> packed = DataPacker.pack(module);   // null: nothing to gain or not safe
 * }</pre>
 */
final class DataPacker {
    private DataPacker() {}

    /** The packed segments, or null if packing is not safe here or saves nothing. */
    static List<DataSegment> pack(WasmModule m) {
        List<DataSegment> in = m.data();
        if (in.isEmpty() || m.imports().stream().anyMatch(i -> i.kind() == ExternKind.MEMORY)) {
            return null;
        }
        int lastPassive = -1;
        for (int i = 0; i < in.size(); i++) {
            DataSegment s = in.get(i);
            if (s.isPassive()) {
                lastPassive = i;
            } else if (s.constantOffset().isEmpty()) {
                return null;
            }
        }
        if (overlap(in)) {
            return null;
        }
        List<DataSegment> out = new ArrayList<>(in.subList(0, lastPassive + 1));
        boolean changed = false;
        for (DataSegment s : in.subList(lastPassive + 1, in.size())) {
            List<DataSegment> pieces = split(s);
            changed |= pieces.size() != 1 || pieces.get(0) != s;
            out.addAll(pieces);
        }
        return changed ? out : null;
    }

    /** Whether two active segments on the same memory write to a common byte. */
    private static boolean overlap(List<DataSegment> segments) {
        List<long[]> ranges = new ArrayList<>(); // memory, start, end
        for (DataSegment s : segments) {
            OptionalLong at = s.constantOffset();
            if (!s.isPassive() && s.length() > 0) {
                ranges.add(new long[] {s.memory(), at.getAsLong(), at.getAsLong() + s.length()});
            }
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i)[0] == ranges.get(i - 1)[0] && ranges.get(i)[1] < ranges.get(i - 1)[2]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The non-zero parts of one active segment: a zero run is cut out where a new segment's header
     * (flags, {@code i32.const} offset, {@code end}, length) costs less than the run.
     */
    private static List<DataSegment> split(DataSegment s) {
        byte[] b = s.bytes();
        long base = s.constantOffset().getAsLong();
        List<DataSegment> pieces = new ArrayList<>();
        int i = 0;
        while (i < b.length) {
            while (i < b.length && b[i] == 0) {
                i++;
            }
            if (i == b.length) {
                break;
            }
            int start = i;
            int end = i; // end of the piece: after its last non-zero byte
            while (i < b.length) {
                if (b[i] != 0) {
                    end = ++i;
                    continue;
                }
                int run = i;
                while (i < b.length && b[i] == 0) {
                    i++;
                }
                if (i == b.length || i - run > headerCost(base + i)) {
                    break;
                }
            }
            pieces.add(DataSegment.active(s.memory(), (int) (base + start), Arrays.copyOfRange(b, start, end)));
        }
        if (pieces.size() == 1 && pieces.get(0).length() == b.length) {
            return List.of(s);
        }
        return pieces;
    }

    /** Bytes a new active segment at {@code offset} costs besides its data (length up to 3 bytes). */
    private static int headerCost(long offset) {
        int leb = 1;
        for (long v = (int) offset >> 6; v != 0 && v != -1; v >>= 7) {
            leb++;
        }
        return 1 + 1 + leb + 1 + 3;
    }
}
