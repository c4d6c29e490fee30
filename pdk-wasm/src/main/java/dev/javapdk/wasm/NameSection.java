package dev.javapdk.wasm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "name" custom section as a list of subsections. Subsections 1 (function names),
 * 2 (local names) and 3 (label names) are keyed by function index and decoded so they can be
 * renumbered; all other subsections are kept as raw bytes.
 */
final class NameSection {
    /** An entry of a function-indexed subsection; {@code value} is the raw encoding after the index. */
    record Entry(int function, byte[] value) {
    }

    /** A subsection; {@code entries} is null for the ones we don't interpret. */
    record Sub(int id, byte[] raw, List<Entry> entries) {
    }

    final List<Sub> subs;

    private NameSection(List<Sub> subs) {
        this.subs = subs;
    }

    static NameSection parse(ByteReader r, int functionCount) {
        List<Sub> subs = new ArrayList<>();
        while (!r.atEnd()) {
            int id = r.u8();
            ByteReader s = r.sub(r.u32(), "name subsection " + id);
            int start = s.pos;
            List<Entry> entries = null;
            if (id >= 1 && id <= 3) {
                entries = new ArrayList<>();
                int n = s.count("names");
                for (int i = 0; i < n; i++) {
                    int f = s.index("function", functionCount);
                    int valueStart = s.pos;
                    if (id == 1) {
                        s.name();
                    } else { // map of local or label index to name
                        int m = s.count("names");
                        for (int j = 0; j < m; j++) {
                            s.u32();
                            s.name();
                        }
                    }
                    entries.add(new Entry(f, Arrays.copyOfRange(s.buf, valueStart, s.pos)));
                }
                s.expectEnd();
            }
            subs.add(new Sub(id, Arrays.copyOfRange(s.buf, start, s.limit), entries));
        }
        return new NameSection(subs);
    }

    /** A copy with function indices mapped through {@code remap}; entries mapped to -1 are dropped. */
    NameSection renumber(int[] remap) {
        List<Sub> out = new ArrayList<>();
        for (Sub sub : subs) {
            if (sub.entries() == null) {
                out.add(sub);
                continue;
            }
            List<Entry> kept = new ArrayList<>();
            for (Entry e : sub.entries()) {
                if (remap[e.function()] >= 0) {
                    kept.add(new Entry(remap[e.function()], e.value()));
                }
            }
            out.add(new Sub(sub.id(), null, kept));
        }
        return new NameSection(out);
    }

    /** The subsections, without the section's own name; untouched subsections are copied verbatim. */
    byte[] encode() {
        ByteWriter w = new ByteWriter();
        for (Sub sub : subs) {
            byte[] payload = sub.raw();
            if (payload == null) {
                ByteWriter p = new ByteWriter().u32(sub.entries().size());
                for (Entry e : sub.entries()) {
                    p.u32(e.function()).bytes(e.value());
                }
                payload = p.toByteArray();
            }
            w.u8(sub.id()).sized(payload);
        }
        return w.toByteArray();
    }

    Map<Integer, String> functionNames() {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (Sub sub : subs) {
            if (sub.id() == 1) {
                for (Entry e : sub.entries()) {
                    ByteReader r = new ByteReader(e.value(), 0, e.value().length, "function name");
                    int len = (int) r.u32();
                    names.put(e.function(), new String(e.value(), r.pos, len, StandardCharsets.UTF_8));
                }
            }
        }
        return names;
    }
}
