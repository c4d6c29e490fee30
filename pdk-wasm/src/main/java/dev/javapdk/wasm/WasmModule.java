package dev.javapdk.wasm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A parsed wasm 1.0 binary module.
 *
 * <p>Parsing checks the whole structure (every section, every function body) and fails with a
 * {@link WasmFormatException} on anything malformed. Each section also keeps its original bytes:
 * {@link #toBytes()} re-emits sections that were not changed exactly as read, so an unmodified
 * module round-trips byte for byte. The model is read-only from outside this package;
 * {@link WasmRewriter} is the way to change a module.
 */
public final class WasmModule {
    static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};
    static final String[] SECTION_NAMES = {"custom", "type", "import", "function", "table", "memory",
        "global", "export", "start", "element", "code", "data", "data count"};
    // Position of each section id in the required order: data count (12) sits between element and code.
    private static final int[] RANK = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 10};

    /**
     * A section in file order; {@code payload} is null once the decoded content has been changed.
     * {@code sizeLeb} keeps the size as it was encoded (tools may pad it) for exact round trips.
     */
    static final class Section {
        final int id;
        final String customName;
        byte[] payload;
        byte[] sizeLeb;

        Section(int id, String customName, byte[] payload, byte[] sizeLeb) {
            this.id = id;
            this.customName = customName;
            this.payload = payload;
            this.sizeLeb = sizeLeb;
        }
    }

    /** {@code desc} holds the raw import descriptor after the kind byte. */
    record Import(String module, String name, ExternKind kind, int typeIndex, byte[] desc, String description) {
    }

    /** {@code type} holds the raw value type and mutability bytes. */
    record Global(byte[] type, Code init) {
    }

    record Export(String name, ExternKind kind, int index) {
    }

    /**
     * An element segment: the flags (0..7), the raw bytes between flags and the element vector
     * (table index, offset expression, element kind / reference type), then either function
     * indices (flags 0..3) or constant expressions (flags 4..7).
     */
    record Element(int flags, byte[] prefix, int[] functions, List<Code> exprs) {
    }

    final List<Section> sections = new ArrayList<>();
    final List<FuncType> types = new ArrayList<>();
    final List<Import> imports = new ArrayList<>();
    final List<Integer> functionTypes = new ArrayList<>(); // type index of each defined function
    final List<String> tableTypes = new ArrayList<>();     // descriptions, imported ones first
    final List<String> memoryTypes = new ArrayList<>();
    final List<String> globalTypes = new ArrayList<>();
    final List<Global> globals = new ArrayList<>();
    final List<Export> exports = new ArrayList<>();
    final List<Element> elements = new ArrayList<>();
    final List<Code> bodies = new ArrayList<>();
    int importedFunctions;
    int start = -1;
    NameSection names;
    Section nameSection;
    private int nameStart; // payload range of the name section, decoded after all other sections
    private int nameEnd;

    private WasmModule() {
    }

    /**
     * Parses and checks a binary module.
     *
     * @throws WasmFormatException if the bytes are not a well-formed wasm 1.0 module
     */
    public static WasmModule parse(byte[] wasm) {
        Objects.requireNonNull(wasm, "wasm");
        WasmModule m = new WasmModule();
        m.read(wasm);
        return m;
    }

    /** The module's binary encoding; identical to the parsed input if nothing was changed. */
    public byte[] toBytes() {
        return write(false);
    }

    /** Imports in declaration order. */
    public List<WasmImport> imports() {
        return imports.stream().map(i -> new WasmImport(i.module(), i.name(), i.kind(), i.description())).toList();
    }

    /** Exports in declaration order. */
    public List<WasmExport> exports() {
        return exports.stream().map(e -> new WasmExport(e.name(), e.kind(), e.index(), describe(e.kind(), e.index())))
                .toList();
    }

    /** The type section. */
    public List<FuncType> types() {
        return List.copyOf(types);
    }

    /** Number of functions, imported ones included (the size of the function index space). */
    public int functionCount() {
        return importedFunctions + functionTypes.size();
    }

    /** Number of imported functions; defined functions are numbered after them. */
    public int importedFunctionCount() {
        return importedFunctions;
    }

    /** The signature of a function by its index in the function index space. */
    public FuncType functionType(int function) {
        Objects.checkIndex(function, functionCount());
        return types.get(functionTypeIndices()[function]);
    }

    /** The start function, if the module has a start section. */
    public OptionalInt startFunction() {
        return start < 0 ? OptionalInt.empty() : OptionalInt.of(start);
    }

    /** Names of the custom sections in file order. */
    public List<String> customSectionNames() {
        return sections.stream().filter(s -> s.id == 0).map(s -> s.customName).toList();
    }

    /** Function names from the "name" section (function index to name); empty if there is none. */
    public Map<Integer, String> functionNames() {
        return names == null ? Map.of() : names.functionNames();
    }

    /** Type index of every function, imported ones first. */
    int[] functionTypeIndices() {
        int[] out = new int[functionCount()];
        int f = 0;
        for (Import i : imports) {
            if (i.kind() == ExternKind.FUNCTION) {
                out[f++] = i.typeIndex();
            }
        }
        for (int t : functionTypes) {
            out[f++] = t;
        }
        return out;
    }

    private String describe(ExternKind kind, int index) {
        return switch (kind) {
            case FUNCTION -> functionType(index).toString();
            case TABLE -> tableTypes.get(index);
            case MEMORY -> memoryTypes.get(index);
            case GLOBAL -> globalTypes.get(index);
        };
    }

    /** Marks decoded sections as changed so that {@link #toBytes()} encodes them afresh. */
    void markChanged(int id) {
        for (Section s : sections) {
            if (s.id == id && (id != 0 || s == nameSection)) {
                s.payload = null;
                s.sizeLeb = null;
            }
        }
    }

    /** Returns the section with the given (non-custom) id, inserting an empty one in order if absent. */
    Section ensureSection(int id) {
        int insertAt = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.id == id) {
                return s;
            }
            if (s.id != 0 && RANK[s.id] < RANK[id]) {
                insertAt = i + 1;
            }
        }
        Section s = new Section(id, null, null, null);
        sections.add(insertAt, s);
        return s;
    }

    // ---------------------------------------------------------------- writing

    /** @param reencode encode every decoded section even if unchanged (lets tests check the encoders) */
    byte[] write(boolean reencode) {
        ByteWriter w = new ByteWriter().bytes(HEADER);
        for (Section s : sections) {
            if (s.payload != null && !reencode) {
                w.u8(s.id).bytes(s.sizeLeb).bytes(s.payload);
            } else {
                w.u8(s.id).sized(encode(s));
            }
        }
        return w.toByteArray();
    }

    private byte[] encode(Section s) {
        ByteWriter w = new ByteWriter();
        switch (s.id) {
            case 0 -> {
                if (s != nameSection || names == null) {
                    return s.payload;
                }
                w.name("name").bytes(names.encode());
            }
            case 2 -> {
                w.u32(imports.size());
                imports.forEach(i -> w.name(i.module()).name(i.name()).u8(i.kind().ordinal()).bytes(i.desc()));
            }
            case 3 -> {
                w.u32(functionTypes.size());
                functionTypes.forEach(w::u32);
            }
            case 6 -> {
                w.u32(globals.size());
                globals.forEach(g -> w.bytes(g.type()).bytes(g.init().bytes));
            }
            case 7 -> {
                w.u32(exports.size());
                exports.forEach(e -> w.name(e.name()).u8(e.kind().ordinal()).u32(e.index()));
            }
            case 8 -> w.u32(start);
            case 9 -> {
                w.u32(elements.size());
                for (Element e : elements) {
                    w.u32(e.flags()).bytes(e.prefix());
                    if (e.functions() != null) {
                        w.u32(e.functions().length);
                        Arrays.stream(e.functions()).forEach(w::u32);
                    } else {
                        w.u32(e.exprs().size());
                        e.exprs().forEach(c -> w.bytes(c.bytes));
                    }
                }
            }
            case 10 -> {
                w.u32(bodies.size());
                bodies.forEach(b -> w.sized(b.bytes));
            }
            default -> {
                return s.payload; // type, table, memory, data, data count: never changed
            }
        }
        return w.toByteArray();
    }

    // ---------------------------------------------------------------- reading

    private static String sectionName(int id) {
        return "section " + id + " (" + SECTION_NAMES[id] + ")";
    }

    private void read(byte[] in) {
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
        int lastRank = 0;
        boolean sawCode = false;
        int dataCount = -1;
        int dataCountAt = -1;
        int dataSegments = 0;
        for (int at = r.pos; !r.atEnd(); at = r.pos) {
            int id = r.u8();
            if (id >= SECTION_NAMES.length) {
                throw new WasmFormatException("unknown section id " + id, at);
            }
            int sizeAt = r.pos;
            long size = r.u32();
            byte[] sizeLeb = Arrays.copyOfRange(in, sizeAt, r.pos);
            if (size > r.remaining()) {
                throw WasmFormatException.described(sectionName(id) + " ends at byte " + in.length
                        + " but its declared size reaches " + (r.pos + size), r.pos);
            }
            if (id != 0) {
                if (RANK[id] <= lastRank) {
                    throw new WasmFormatException(sectionName(id) + " is out of order or repeated", at);
                }
                lastRank = RANK[id];
            }
            ByteReader s = r.sub(size, sectionName(id));
            byte[] payload = Arrays.copyOfRange(in, s.pos, s.limit);
            String customName = null;
            Section sec = null;
            switch (id) {
                case 0 -> {
                    customName = s.name();
                    if (customName.equals("name") && nameSection == null) {
                        sec = nameSection = new Section(0, customName, payload, sizeLeb);
                        nameStart = s.pos;
                        nameEnd = s.limit;
                    }
                    s.skip(s.remaining());
                }
                case 1 -> readTypes(s);
                case 2 -> readImports(s);
                case 3 -> {
                    int n = s.count("functions");
                    for (int i = 0; i < n; i++) {
                        functionTypes.add(s.index("type", types.size()));
                    }
                }
                case 4 -> {
                    int n = s.count("tables");
                    for (int i = 0; i < n; i++) {
                        tableTypes.add(tableType(s));
                    }
                }
                case 5 -> {
                    int n = s.count("memories");
                    for (int i = 0; i < n; i++) {
                        memoryTypes.add(limits(s));
                    }
                }
                case 6 -> readGlobals(s);
                case 7 -> readExports(s);
                case 8 -> start = s.index("start function", functionCount());
                case 9 -> readElements(s);
                case 10 -> {
                    readCode(s, at);
                    sawCode = true;
                }
                case 11 -> dataSegments = readData(s);
                case 12 -> {
                    dataCountAt = s.pos;
                    dataCount = (int) Math.min(s.u32(), Integer.MAX_VALUE);
                }
                default -> throw new IllegalStateException();
            }
            s.expectEnd();
            sections.add(sec != null ? sec : new Section(id, customName, payload, sizeLeb));
        }
        if (!sawCode && !functionTypes.isEmpty()) {
            throw new WasmFormatException(sectionName(3) + " declares " + functionTypes.size()
                    + " function(s) but the module ends without a code section", in.length);
        }
        if (dataCount >= 0 && dataCount != dataSegments) {
            throw new WasmFormatException(sectionName(12) + " announces " + dataCount
                    + " data segment(s) but the data section has " + dataSegments, dataCountAt);
        }
        if (nameSection != null) {
            // Decoded last: the name section may come before the sections that define the functions.
            names = NameSection.parse(new ByteReader(in, nameStart, nameEnd, "name section"), functionCount());
        }
    }

    private void readTypes(ByteReader s) {
        int n = s.count("types");
        for (int i = 0; i < n; i++) {
            int at = s.pos;
            int form = s.u8();
            if (form != 0x60) {
                throw new WasmFormatException(String.format(
                        "type %d is not a function type (expected 0x60, found 0x%02X)", i, form), at);
            }
            List<String> params = valTypes(s);
            types.add(new FuncType(params, valTypes(s)));
        }
    }

    private static List<String> valTypes(ByteReader s) {
        int n = s.count("value types");
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(valType(s));
        }
        return out;
    }

    private static String valType(ByteReader s) {
        int at = s.pos;
        int code = s.u8();
        String name = FuncType.valTypeName(code);
        if (name == null) {
            throw new WasmFormatException(String.format("invalid value type 0x%02X", code), at);
        }
        return name;
    }

    private static String limits(ByteReader s) {
        int at = s.pos;
        int flags = s.u8();
        if (flags > 3) { // 0/1: without/with maximum; 2/3: the same, shared (threads)
            throw new WasmFormatException(String.format("invalid limits flags 0x%02X", flags), at);
        }
        String text = "min " + s.u32() + ((flags & 1) != 0 ? " max " + s.u32() : "");
        return (flags & 2) != 0 ? text + " shared" : text;
    }

    private static String tableType(ByteReader s) {
        int at = s.pos;
        int ref = s.u8();
        if (ref != 0x70 && ref != 0x6F) {
            throw new WasmFormatException(String.format("invalid table element type 0x%02X", ref), at);
        }
        return FuncType.valTypeName(ref) + " " + limits(s);
    }

    private static String globalType(ByteReader s) {
        String type = valType(s);
        int at = s.pos;
        int mut = s.u8();
        if (mut > 1) {
            throw new WasmFormatException(String.format("invalid global mutability 0x%02X", mut), at);
        }
        return mut == 1 ? "mut " + type : type;
    }

    private Code constExpr(ByteReader s, String where) {
        int begin = s.pos;
        List<Code.FuncRef> refs = new ArrayList<>();
        InstructionWalker.walk(s, where, types.size(), functionCount(), begin, refs);
        return new Code(Arrays.copyOfRange(s.buf, begin, s.pos), refs);
    }

    private void readImports(ByteReader s) {
        int n = s.count("imports");
        for (int i = 0; i < n; i++) {
            String module = s.name();
            String name = s.name();
            int at = s.pos;
            int kindCode = s.u8();
            int descStart = s.pos;
            int typeIndex = -1;
            String description;
            ExternKind kind;
            switch (kindCode) {
                case 0 -> {
                    kind = ExternKind.FUNCTION;
                    typeIndex = s.index("type", types.size());
                    description = types.get(typeIndex).toString();
                    importedFunctions++;
                }
                case 1 -> {
                    kind = ExternKind.TABLE;
                    description = tableType(s);
                    tableTypes.add(description);
                }
                case 2 -> {
                    kind = ExternKind.MEMORY;
                    description = limits(s);
                    memoryTypes.add(description);
                }
                case 3 -> {
                    kind = ExternKind.GLOBAL;
                    description = globalType(s);
                    globalTypes.add(description);
                }
                default -> throw new WasmFormatException(String.format(
                        "import \"%s\".\"%s\" has unknown kind 0x%02X", module, name, kindCode), at);
            }
            byte[] desc = Arrays.copyOfRange(s.buf, descStart, s.pos);
            imports.add(new Import(module, name, kind, typeIndex, desc, description));
        }
    }

    private void readGlobals(ByteReader s) {
        int n = s.count("globals");
        for (int i = 0; i < n; i++) {
            int typeStart = s.pos;
            globalTypes.add(globalType(s));
            byte[] type = Arrays.copyOfRange(s.buf, typeStart, s.pos);
            globals.add(new Global(type, constExpr(s, "initializer of global " + (globalTypes.size() - 1))));
        }
    }

    private void readExports(ByteReader s) {
        int n = s.count("exports");
        for (int i = 0; i < n; i++) {
            String name = s.name();
            int at = s.pos;
            int kindCode = s.u8();
            if (kindCode > 3) {
                throw new WasmFormatException(String.format(
                        "export \"%s\" has unknown kind 0x%02X", name, kindCode), at);
            }
            ExternKind kind = ExternKind.values()[kindCode];
            int size = switch (kind) {
                case FUNCTION -> functionCount();
                case TABLE -> tableTypes.size();
                case MEMORY -> memoryTypes.size();
                case GLOBAL -> globalTypes.size();
            };
            exports.add(new Export(name, kind, s.index(kind.label() + " (export \"" + name + "\")", size)));
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
                    s.index("table", tableTypes.size());
                }
                constExpr(s, "offset of element segment " + i);
            }
            if ((flags & 3) != 0) { // element kind (0x00 = funcref) or reference type
                int kindAt = s.pos;
                int k = s.u8();
                if ((flags & 4) == 0 ? k != 0 : k != 0x70 && k != 0x6F) {
                    throw new WasmFormatException(String.format(
                            "element segment %d has invalid element kind 0x%02X", i, k), kindAt);
                }
            }
            byte[] prefix = Arrays.copyOfRange(s.buf, prefixStart, s.pos);
            int count = s.count("elements");
            if ((flags & 4) == 0) {
                int[] functions = new int[count];
                for (int j = 0; j < count; j++) {
                    functions[j] = s.index("function", functionCount());
                }
                elements.add(new Element((int) flags, prefix, functions, null));
            } else {
                List<Code> exprs = new ArrayList<>(count);
                for (int j = 0; j < count; j++) {
                    exprs.add(constExpr(s, "element " + j + " of element segment " + i));
                }
                elements.add(new Element((int) flags, prefix, null, exprs));
            }
        }
    }

    private void readCode(ByteReader s, int sectionAt) {
        int n = s.count("function bodies");
        if (n != functionTypes.size()) {
            throw new WasmFormatException(sectionName(10) + " has " + n + " function bodies but "
                    + sectionName(3) + " declares " + functionTypes.size() + " functions", sectionAt);
        }
        for (int i = 0; i < n; i++) {
            int function = importedFunctions + i;
            ByteReader b = s.sub(s.u32(), "body of function " + function);
            int begin = b.pos;
            int groups = b.count("local declarations");
            for (int j = 0; j < groups; j++) {
                b.u32();
                valType(b);
            }
            List<Code.FuncRef> refs = new ArrayList<>();
            InstructionWalker.walk(b, "function " + function, types.size(), functionCount(), begin, refs);
            if (!b.atEnd()) {
                throw new WasmFormatException("body of function " + function + " continues after its final 'end'"
                        + " (its declared size reaches byte " + b.limit + ")", b.pos);
            }
            bodies.add(new Code(Arrays.copyOfRange(b.buf, begin, b.limit), refs));
        }
    }

    private int readData(ByteReader s) {
        int n = s.count("data segments");
        for (int i = 0; i < n; i++) {
            int at = s.pos;
            long flags = s.u32();
            if (flags == 2) {
                s.u32(); // memory index
            } else if (flags > 2) {
                throw new WasmFormatException("data segment " + i + " has unknown flags " + flags, at);
            }
            if (flags != 1) {
                constExpr(s, "offset of data segment " + i);
            }
            s.skip(s.count("data bytes"));
        }
        return n;
    }
}
