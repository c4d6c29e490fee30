package dev.javapdk.wasm;

import java.util.List;

/**
 * Writes a {@link WasmModule} as a wasm 1.0 binary. A section that still has the bytes it was
 * read from ({@link RawSection#isOriginal()}) is written back as it was; the others are encoded
 * from the model with minimal LEB128s.
 *
 * <pre>{@code
 * byte[] wasm = WasmEncoder.encode(module);     // same as module.toBytes()
 * byte[] fresh = WasmEncoder.reencode(module);  // every decoded section encoded from the model
 * }</pre>
 */
public final class WasmEncoder {
    private WasmEncoder() {}

    /** The module's binary; identical to the parsed input for sections that were not changed. */
    public static byte[] encode(WasmModule module) {
        return write(module, false);
    }

    /**
     * The module's binary with every decoded section encoded from the model, ignoring the bytes it
     * was read from (custom sections other than "name" are not decoded and are copied). For a module written with minimal LEB128s this equals {@link #encode}: tests use
     * that to check the encoders.
     */
    public static byte[] reencode(WasmModule module) {
        return write(module, true);
    }

    private static byte[] write(WasmModule m, boolean reencode) {
        ByteWriter w = new ByteWriter().bytes(WasmParser.HEADER);
        List<RawSection> sections = m.sections();
        for (int i = 0; i < sections.size(); i++) {
            RawSection s = sections.get(i);
            boolean decoded = s.id() != SectionId.CUSTOM || i == m.nameSectionAt();
            if (s.isOriginal() && !(reencode && decoded)) {
                s.writeOriginal(w);
            } else {
                w.u8(s.id().code()).sized(content(m, s, i == m.nameSectionAt()));
            }
        }
        return w.toByteArray();
    }

    private static byte[] content(WasmModule m, RawSection s, boolean names) {
        ByteWriter w = new ByteWriter();
        switch (s.id()) {
            case CUSTOM -> {
                if (!names || m.names().isEmpty()) {
                    throw new IllegalStateException("custom section \"" + s.customName() + "\" has no content");
                }
                w.name("name").bytes(m.names().get().encode());
            }
            case TYPE -> {
                w.u32(m.types().size());
                m.types().forEach(t -> {
                    w.u8(0x60);
                    valTypes(w, t.params());
                    valTypes(w, t.results());
                });
            }
            case IMPORT -> {
                w.u32(m.imports().size());
                m.imports().forEach(i -> {
                    w.name(i.module()).name(i.name()).u8(i.kind().code());
                    if (i.type() instanceof TableType t) {
                        tableType(w, t);
                    } else if (i.type() instanceof MemoryType mem) {
                        limits(w, mem.limits());
                    } else if (i.type() instanceof GlobalType g) {
                        globalType(w, g);
                    } else {
                        w.u32(i.typeIndex());
                    }
                });
            }
            case FUNCTION -> {
                w.u32(m.functions().size());
                m.functions().forEach(w::u32);
            }
            case TABLE -> {
                w.u32(m.tables().size());
                m.tables().forEach(t -> tableType(w, t));
            }
            case MEMORY -> {
                w.u32(m.memories().size());
                m.memories().forEach(mem -> limits(w, mem.limits()));
            }
            case GLOBAL -> {
                w.u32(m.globals().size());
                m.globals().forEach(g -> {
                    globalType(w, g.type());
                    w.bytes(g.init().raw());
                });
            }
            case EXPORT -> {
                w.u32(m.exports().size());
                m.exports().forEach(e -> w.name(e.name()).u8(e.kind().code()).u32(e.index()));
            }
            case START -> w.u32(m.startFunction().orElseThrow());
            case ELEMENT -> {
                w.u32(m.elements().size());
                for (ElementSegment e : m.elements()) {
                    w.u32(e.flags()).bytes(e.prefix());
                    if (e.functions() != null) {
                        w.u32(e.functions().size());
                        e.functions().forEach(w::u32);
                    } else {
                        w.u32(e.exprs().size());
                        e.exprs().forEach(c -> w.bytes(c.raw()));
                    }
                }
            }
            case CODE -> {
                w.u32(m.code().size());
                m.code().forEach(b -> w.sized(b.raw()));
            }
            case DATA -> {
                w.u32(m.data().size());
                m.data().forEach(d -> d.write(w));
            }
            case DATA_COUNT -> w.u32(m.data().size());
        }
        return w.toByteArray();
    }

    private static void valTypes(ByteWriter w, List<ValType> types) {
        w.u32(types.size());
        types.forEach(t -> w.u8(t.code()));
    }

    private static void limits(ByteWriter w, Limits l) {
        w.u8((l.max().isPresent() ? 1 : 0) | (l.shared() ? 2 : 0)).u32(l.min());
        l.max().ifPresent(w::u32);
    }

    private static void tableType(ByteWriter w, TableType t) {
        w.u8(t.element().code());
        limits(w, t.limits());
    }

    private static void globalType(ByteWriter w, GlobalType g) {
        w.u8(g.type().code()).u8(g.mutable() ? 1 : 0);
    }
}
