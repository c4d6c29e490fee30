package dev.javapdk.wasm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Reads a wasm 1.0 binary into a {@link WasmModule}. Parsing checks the whole structure (every
 * section, every function body) and fails with a {@link WasmFormatException} naming the byte
 * offset on anything malformed; it does not type-check code. Covers the MVP plus sign extension,
 * non-trapping conversions, bulk memory, reference types, tail calls and multi-value; see
 * {@link InstructionWalker} for the instructions.
 *
 * <pre>{@code
 * WasmModule module = WasmParser.parse(Files.readAllBytes(path));
 * }</pre>
 */
public final class WasmParser {
    /** Magic number and version 1. */
    static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};

    private final byte[] in;
    private final List<RawSection> sections = new ArrayList<>();
    private int nameSectionAt = -1;
    private final List<FuncType> types = new ArrayList<>();
    private final List<WasmImport> imports = new ArrayList<>();
    private final List<Integer> functions = new ArrayList<>();
    private final List<TableType> tables = new ArrayList<>();
    private final List<MemoryType> memories = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<WasmExport> exports = new ArrayList<>();
    private final List<ElementSegment> elements = new ArrayList<>();
    private final List<DataSegment> data = new ArrayList<>();
    private final List<Code> code = new ArrayList<>();
    // Sizes of the index spaces, imported entries included.
    private int functionCount;
    private int tableCount;
    private int memoryCount;
    private int globalCount;
    private int start = -1;

    private WasmParser(byte[] in) {
        this.in = in;
    }

    /**
     * Parses and checks a binary module.
     *
     * @throws WasmFormatException if the bytes are not a well-formed wasm 1.0 module
     */
    public static WasmModule parse(byte[] wasm) {
        Objects.requireNonNull(wasm, "wasm");
        return new WasmParser(wasm).read();
    }

    private WasmModule read() {
        ByteReader r = new ByteReader(in, 0, in.length, "module");
        for (int i = 0; i < 4; i++) {
            if (i >= in.length || in[i] != HEADER[i]) {
                throw new WasmFormatException("bad magic number (not a wasm module; expected 00 61 73 6D)", i);
            }
        }
        r.skip(4);
        for (int i = 4; i < 8; i++) {
            if (r.u8() != (HEADER[i] & 0xFF)) {
                throw new WasmFormatException("unsupported wasm binary version (only version 1 is supported)", 4);
            }
        }
        SectionId last = null;
        boolean sawCode = false;
        int dataCount = -1;
        int dataCountAt = -1;
        int dataSegments = 0;
        int nameStart = 0; // payload range of the name section, decoded after all other sections
        int nameEnd = 0;
        for (int at = r.pos; !r.atEnd(); at = r.pos) {
            int idByte = r.u8();
            SectionId id = SectionId.of(idByte);
            if (id == null) {
                throw new WasmFormatException("unknown section id " + idByte, at);
            }
            int sizeAt = r.pos;
            long size = r.u32();
            byte[] sizeLeb = Arrays.copyOfRange(in, sizeAt, r.pos);
            if (size > r.remaining()) {
                throw WasmFormatException.described(
                        id.describe() + " ends at byte " + in.length + " but its declared size reaches "
                                + (r.pos + size),
                        r.pos);
            }
            if (id != SectionId.CUSTOM) {
                if (last != null && !last.mustPrecede(id)) {
                    throw new WasmFormatException(id.describe() + " is out of order or repeated", at);
                }
                last = id;
            }
            ByteReader s = r.sub(size, id.describe());
            byte[] payload = Arrays.copyOfRange(in, s.pos, s.limit);
            String customName = null;
            switch (id) {
                case CUSTOM -> {
                    customName = s.name();
                    if (customName.equals("name") && nameSectionAt < 0) {
                        nameSectionAt = sections.size();
                        nameStart = s.pos;
                        nameEnd = s.limit;
                    }
                    s.skip(s.remaining());
                }
                case TYPE -> readTypes(s);
                case IMPORT -> readImports(s);
                case FUNCTION -> {
                    int n = s.count("functions");
                    for (int i = 0; i < n; i++) {
                        functions.add(s.index("type", types.size()));
                    }
                    functionCount += n;
                }
                case TABLE -> {
                    int n = s.count("tables");
                    for (int i = 0; i < n; i++) {
                        tables.add(tableType(s));
                    }
                    tableCount += n;
                }
                case MEMORY -> {
                    int n = s.count("memories");
                    for (int i = 0; i < n; i++) {
                        memories.add(new MemoryType(limits(s)));
                    }
                    memoryCount += n;
                }
                case GLOBAL -> readGlobals(s);
                case EXPORT -> readExports(s);
                case START -> start = s.index("start function", functionCount);
                case ELEMENT -> readElements(s);
                case CODE -> {
                    readCode(s, at);
                    sawCode = true;
                }
                case DATA -> dataSegments = readData(s);
                case DATA_COUNT -> {
                    dataCountAt = s.pos;
                    dataCount = (int) Math.min(s.u32(), Integer.MAX_VALUE);
                }
            }
            s.expectEnd();
            sections.add(new RawSection(id, customName, sizeLeb, payload));
        }
        if (!sawCode && !functions.isEmpty()) {
            throw new WasmFormatException(
                    SectionId.FUNCTION.describe() + " declares " + functions.size()
                            + " function(s) but the module ends without a code section",
                    in.length);
        }
        if (dataCount >= 0 && dataCount != dataSegments) {
            throw new WasmFormatException(
                    SectionId.DATA_COUNT.describe() + " announces " + dataCount
                            + " data segment(s) but the data section has " + dataSegments,
                    dataCountAt);
        }
        NameSection names = null;
        if (nameSectionAt >= 0) {
            // Decoded last: the name section may come before the sections that define the functions.
            names = NameSection.parse(new ByteReader(in, nameStart, nameEnd, "name section"), functionCount);
        }
        return new WasmModule(
                sections,
                nameSectionAt,
                types,
                imports,
                functions,
                tables,
                memories,
                globals,
                exports,
                start,
                elements,
                code,
                data,
                names);
    }

    private void readTypes(ByteReader s) {
        int n = s.count("types");
        for (int i = 0; i < n; i++) {
            int at = s.pos;
            int form = s.u8();
            if (form != 0x60) {
                throw new WasmFormatException(
                        String.format("type %d is not a function type (expected 0x60, found 0x%02X)", i, form), at);
            }
            List<ValType> params = valTypes(s);
            types.add(new FuncType(params, valTypes(s)));
        }
    }

    private static List<ValType> valTypes(ByteReader s) {
        int n = s.count("value types");
        List<ValType> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(valType(s));
        }
        return out;
    }

    private static ValType valType(ByteReader s) {
        int at = s.pos;
        int code = s.u8();
        ValType type = ValType.of(code);
        if (type == null) {
            throw new WasmFormatException(String.format("invalid value type 0x%02X", code), at);
        }
        return type;
    }

    private static Limits limits(ByteReader s) {
        int at = s.pos;
        int flags = s.u8();
        if (flags > 3) { // 0/1: without/with maximum; 2/3: the same, shared (threads)
            throw new WasmFormatException(String.format("invalid limits flags 0x%02X", flags), at);
        }
        long min = s.u32();
        OptionalLong max = (flags & 1) != 0 ? OptionalLong.of(s.u32()) : OptionalLong.empty();
        return new Limits(min, max, (flags & 2) != 0);
    }

    private static TableType tableType(ByteReader s) {
        int at = s.pos;
        int code = s.u8();
        ValType element = ValType.of(code);
        if (element == null || !element.isReference()) {
            throw new WasmFormatException(String.format("invalid table element type 0x%02X", code), at);
        }
        return new TableType(element, limits(s));
    }

    private static GlobalType globalType(ByteReader s) {
        ValType type = valType(s);
        int at = s.pos;
        int mut = s.u8();
        if (mut > 1) {
            throw new WasmFormatException(String.format("invalid global mutability 0x%02X", mut), at);
        }
        return new GlobalType(type, mut == 1);
    }

    private Code constExpr(ByteReader s, String where) {
        int begin = s.pos;
        List<Code.FuncRef> refs = new ArrayList<>();
        InstructionWalker.walk(s, where, types.size(), functionCount, begin, refs);
        return new Code(Arrays.copyOfRange(s.buf, begin, s.pos), refs);
    }

    private void readImports(ByteReader s) {
        int n = s.count("imports");
        for (int i = 0; i < n; i++) {
            String module = s.name();
            String name = s.name();
            int at = s.pos;
            int kindCode = s.u8();
            ExternKind kind = ExternKind.of(kindCode);
            if (kind == null) {
                throw new WasmFormatException(
                        String.format("import \"%s\".\"%s\" has unknown kind 0x%02X", module, name, kindCode), at);
            }
            int typeIndex = -1;
            ExternType type;
            switch (kind) {
                case FUNCTION -> {
                    typeIndex = s.index("type", types.size());
                    type = types.get(typeIndex);
                    functionCount++;
                }
                case TABLE -> {
                    type = tableType(s);
                    tableCount++;
                }
                case MEMORY -> {
                    type = new MemoryType(limits(s));
                    memoryCount++;
                }
                default -> {
                    type = globalType(s);
                    globalCount++;
                }
            }
            imports.add(new WasmImport(module, name, type, typeIndex));
        }
    }

    private void readGlobals(ByteReader s) {
        int n = s.count("globals");
        for (int i = 0; i < n; i++) {
            GlobalType type = globalType(s);
            globals.add(new Global(type, constExpr(s, "initializer of global " + globalCount)));
            globalCount++;
        }
    }

    private void readExports(ByteReader s) {
        int n = s.count("exports");
        for (int i = 0; i < n; i++) {
            String name = s.name();
            int at = s.pos;
            int kindCode = s.u8();
            ExternKind kind = ExternKind.of(kindCode);
            if (kind == null) {
                throw new WasmFormatException(
                        String.format("export \"%s\" has unknown kind 0x%02X", name, kindCode), at);
            }
            int size = switch (kind) {
                case FUNCTION -> functionCount;
                case TABLE -> tableCount;
                case MEMORY -> memoryCount;
                case GLOBAL -> globalCount;
            };
            exports.add(new WasmExport(name, kind, s.index(kind.label() + " (export \"" + name + "\")", size)));
        }
    }

    private void readElements(ByteReader s) {
        int n = s.count("element segments");
        for (int i = 0; i < n; i++) {
            int at = s.pos;
            long flags = s.u32();
            if (flags > 7) {
                throw new WasmFormatException("element segment " + i + " has unknown flags " + flags, at);
            }
            int prefixStart = s.pos;
            if ((flags & 1) == 0) { // active: optional table index, then offset expression
                if ((flags & 2) != 0) {
                    s.index("table", tableCount);
                }
                constExpr(s, "offset of element segment " + i);
            }
            if ((flags & 3) != 0) { // element kind (0x00 = funcref) or reference type
                int kindAt = s.pos;
                int k = s.u8();
                if ((flags & 4) == 0 ? k != 0 : k != ValType.FUNCREF.code() && k != ValType.EXTERNREF.code()) {
                    throw new WasmFormatException(
                            String.format("element segment %d has invalid element kind 0x%02X", i, k), kindAt);
                }
            }
            byte[] prefix = Arrays.copyOfRange(s.buf, prefixStart, s.pos);
            int count = s.count("elements");
            if ((flags & 4) == 0) {
                List<Integer> targets = new ArrayList<>(count);
                for (int j = 0; j < count; j++) {
                    targets.add(s.index("function", functionCount));
                }
                elements.add(new ElementSegment((int) flags, prefix, targets, null));
            } else {
                List<Code> exprs = new ArrayList<>(count);
                for (int j = 0; j < count; j++) {
                    exprs.add(constExpr(s, "element " + j + " of element segment " + i));
                }
                elements.add(new ElementSegment((int) flags, prefix, null, exprs));
            }
        }
    }

    private void readCode(ByteReader s, int sectionAt) {
        int n = s.count("function bodies");
        if (n != functions.size()) {
            throw new WasmFormatException(
                    SectionId.CODE.describe() + " has " + n + " function bodies but " + SectionId.FUNCTION.describe()
                            + " declares " + functions.size() + " functions",
                    sectionAt);
        }
        int imported = functionCount - functions.size();
        for (int i = 0; i < n; i++) {
            int function = imported + i;
            ByteReader b = s.sub(s.u32(), "body of function " + function);
            int begin = b.pos;
            int groups = b.count("local declarations");
            for (int j = 0; j < groups; j++) {
                b.u32();
                valType(b);
            }
            List<Code.FuncRef> refs = new ArrayList<>();
            List<Integer> deadLoopExits = new ArrayList<>();
            InstructionWalker.walk(b, "function " + function, types.size(), functionCount, begin, refs, deadLoopExits);
            if (!b.atEnd()) {
                throw new WasmFormatException(
                        "body of function " + function + " continues after its final 'end'"
                                + " (its declared size reaches byte " + b.limit + ")",
                        b.pos);
            }
            code.add(new Code(Arrays.copyOfRange(b.buf, begin, b.limit), refs, deadLoopExits));
        }
    }

    private int readData(ByteReader s) {
        int n = s.count("data segments");
        for (int i = 0; i < n; i++) {
            int at = s.pos;
            long flags = s.u32();
            int memory = 0;
            if (flags == 2) {
                memory = (int) Math.min(s.u32(), Integer.MAX_VALUE); // memory index
            } else if (flags > 2) {
                throw new WasmFormatException("data segment " + i + " has unknown flags " + flags, at);
            }
            byte[] offset = flags == 1
                    ? new byte[0]
                    : constExpr(s, "offset of data segment " + i).raw();
            int length = s.count("data bytes");
            int begin = s.pos;
            s.skip(length);
            data.add(new DataSegment((int) flags, memory, offset, Arrays.copyOfRange(s.buf, begin, begin + length)));
        }
        return n;
    }
}
