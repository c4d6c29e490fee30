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
 *
 * <pre>{@code
 * NameSection names = module.names().orElseThrow();
 * Map<Integer, String> functions = names.functionNames();   // {0=alloc, 1=run, ...}
 * NameSection moved = names.renumber(remap);                // remap[f] = -1 drops f's entries
 * }</pre>
 */
public final class NameSection {
    /**
     * An entry of a function-indexed subsection; {@code value} is the raw encoding after the index.
     *
     * <pre>{@code
     * List<Integer> named = sub.entries().stream().map(NameSection.Entry::function).toList();
     * }</pre>
     */
    public record Entry(int function, byte[] value) {

        public Entry {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }
    }

    /**
     * A subsection. {@code raw} is its content as read, or null once renumbered; {@code entries} is
     * null for the subsections that are not keyed by function.
     *
     * <pre>{@code
     * NameSection.Subsection locals = names.subsections().stream().filter(s -> s.id() == 2).findFirst().orElseThrow();
     * }</pre>
     */
    public record Subsection(int id, byte[] raw, List<Entry> entries) {

        public Subsection {
            raw = raw == null ? null : raw.clone();
            entries = entries == null ? null : List.copyOf(entries);
        }

        @Override
        public byte[] raw() {
            return raw == null ? null : raw.clone();
        }
    }

    private final List<Subsection> subs;

    /** A name section made of these subsections, in order. */
    public NameSection(List<Subsection> subsections) {
        this.subs = List.copyOf(subsections);
    }

    static NameSection parse(ByteReader r, int functionCount) {
        List<Subsection> subs = new ArrayList<>();
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
            subs.add(new Subsection(id, Arrays.copyOfRange(s.buf, start, s.limit), entries));
        }
        return new NameSection(subs);
    }

    /** The subsections in order. */
    public List<Subsection> subsections() {
        return subs;
    }

    /** A copy with function indices mapped through {@code remap}; entries mapped to -1 are dropped. */
    public NameSection renumber(int[] remap) {
        List<Subsection> out = new ArrayList<>();
        for (Subsection sub : subs) {
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
            out.add(new Subsection(sub.id(), null, kept));
        }
        return new NameSection(out);
    }

    /** The subsections, without the section's own name; untouched subsections are copied verbatim. */
    byte[] encode() {
        ByteWriter w = new ByteWriter();
        for (Subsection sub : subs) {
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

    /** Function index to name, from subsection 1; empty if there is none. */
    public Map<Integer, String> functionNames() {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (Subsection sub : subs) {
            if (sub.id() == 1) {
                for (Entry e : sub.entries()) {
                    byte[] value = e.value();
                    ByteReader r = new ByteReader(value, 0, value.length, "function name");
                    int len = (int) r.u32();
                    names.put(e.function(), new String(value, r.pos, len, StandardCharsets.UTF_8));
                }
            }
        }
        return names;
    }
}
