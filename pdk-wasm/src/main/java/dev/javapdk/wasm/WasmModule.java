package dev.javapdk.wasm;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A wasm 1.0 module as an immutable model: the decoded content of its sections plus the layout
 * and bytes they were read from ({@link #sections()}), so that {@link #toBytes()} gives back an
 * unchanged module byte for byte. {@link WasmParser} builds it, {@link WasmEncoder} writes it, and
 * {@link #toBuilder()} makes a changed copy.
 *
 * <p>Index spaces follow the spec: imported functions (tables, memories, globals) come first,
 * then the defined ones; {@link #tables()}, {@link #memories()}, {@link #globals()} and
 * {@link #functions()} hold only the defined ones.
 *
 * <pre>{@code
 * WasmModule module = WasmModule.parse(bytes);
 * FuncType run = module.functionType(module.exports().get(0).index());
 * byte[] same = module.toBytes();                       // equal to bytes
 * byte[] smaller = module.toBuilder().exports(List.of()).build().toBytes();
 * }</pre>
 */
public final class WasmModule {
    private final List<RawSection> sections;
    private final int nameSectionAt; // position in sections of the decoded name section, or -1
    private final List<FuncType> types;
    private final List<WasmImport> imports;
    private final List<Integer> functions;
    private final List<TableType> tables;
    private final List<MemoryType> memories;
    private final List<Global> globals;
    private final List<WasmExport> exports;
    private final int start;
    private final List<ElementSegment> elements;
    private final List<Code> code;
    private final List<DataSegment> data;
    private final NameSection names;
    private final int importedFunctions;

    WasmModule(
            List<RawSection> sections,
            int nameSectionAt,
            List<FuncType> types,
            List<WasmImport> imports,
            List<Integer> functions,
            List<TableType> tables,
            List<MemoryType> memories,
            List<Global> globals,
            List<WasmExport> exports,
            int start,
            List<ElementSegment> elements,
            List<Code> code,
            List<DataSegment> data,
            NameSection names) {
        this.sections = List.copyOf(sections);
        this.nameSectionAt = nameSectionAt;
        this.types = List.copyOf(types);
        this.imports = List.copyOf(imports);
        this.functions = List.copyOf(functions);
        this.tables = List.copyOf(tables);
        this.memories = List.copyOf(memories);
        this.globals = List.copyOf(globals);
        this.exports = List.copyOf(exports);
        this.start = start;
        this.elements = List.copyOf(elements);
        this.code = List.copyOf(code);
        this.data = List.copyOf(data);
        this.names = names;
        this.importedFunctions = (int)
                imports.stream().filter(i -> i.kind() == ExternKind.FUNCTION).count();
    }

    /**
     * Parses and checks a binary module; same as {@link WasmParser#parse(byte[])}.
     *
     * @throws WasmFormatException if the bytes are not a well-formed wasm 1.0 module
     */
    public static WasmModule parse(byte[] wasm) {
        return WasmParser.parse(wasm);
    }

    /** The module's binary encoding; identical to the parsed input if nothing was changed. */
    public byte[] toBytes() {
        return WasmEncoder.encode(this);
    }

    /** A builder holding this module's content, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The sections in file order, with the bytes they were read from. */
    public List<RawSection> sections() {
        return sections;
    }

    /** Position in {@link #sections()} of the "name" section that {@link #names()} was decoded from, or -1. */
    int nameSectionAt() {
        return nameSectionAt;
    }

    /** The type section. */
    public List<FuncType> types() {
        return types;
    }

    /** Imports in declaration order. */
    public List<WasmImport> imports() {
        return imports;
    }

    /** The function section: the type index of each defined function. */
    public List<Integer> functions() {
        return functions;
    }

    /** Tables defined by the module (not imported ones). */
    public List<TableType> tables() {
        return tables;
    }

    /** Memories defined by the module (not imported ones). */
    public List<MemoryType> memories() {
        return memories;
    }

    /** Globals defined by the module (not imported ones). */
    public List<Global> globals() {
        return globals;
    }

    /** Exports in declaration order. */
    public List<WasmExport> exports() {
        return exports;
    }

    /** Element segments in order. */
    public List<ElementSegment> elements() {
        return elements;
    }

    /** The code section: the body of each defined function, locals included. */
    public List<Code> code() {
        return code;
    }

    /** The data segments in order. */
    public List<DataSegment> data() {
        return data;
    }

    /** Whether the module has a data count section (needed by {@code memory.init} and {@code data.drop}). */
    public boolean hasDataCount() {
        return sections.stream().anyMatch(s -> s.id() == SectionId.DATA_COUNT);
    }

    /** The decoded "name" section, if there is one. */
    public Optional<NameSection> names() {
        return Optional.ofNullable(names);
    }

    /** Number of functions, imported ones included (the size of the function index space). */
    public int functionCount() {
        return importedFunctions + functions.size();
    }

    /** Number of imported functions; defined functions are numbered after them. */
    public int importedFunctionCount() {
        return importedFunctions;
    }

    /** The type index of a function by its index in the function index space. */
    public int functionTypeIndex(int function) {
        Objects.checkIndex(function, functionCount());
        if (function >= importedFunctions) {
            return functions.get(function - importedFunctions);
        }
        return imported(ExternKind.FUNCTION).get(function).typeIndex();
    }

    /** The signature of a function by its index in the function index space. */
    public FuncType functionType(int function) {
        return types.get(functionTypeIndex(function));
    }

    /** The type of the table, memory, global or function with this index in its index space. */
    public ExternType externType(ExternKind kind, int index) {
        if (kind == ExternKind.FUNCTION) {
            return functionType(index);
        }
        List<WasmImport> imported = imported(kind);
        if (index < imported.size()) {
            return imported.get(index).type();
        }
        List<? extends ExternType> defined = switch (kind) {
            case TABLE -> tables;
            case MEMORY -> memories;
            default -> globals.stream().map(Global::type).toList();
        };
        return defined.get(index - imported.size());
    }

    private List<WasmImport> imported(ExternKind kind) {
        return imports.stream().filter(i -> i.kind() == kind).toList();
    }

    /** The start function, if the module has a start section. */
    public OptionalInt startFunction() {
        return start < 0 ? OptionalInt.empty() : OptionalInt.of(start);
    }

    /** Names of the custom sections in file order. */
    public List<String> customSectionNames() {
        return sections.stream()
                .filter(s -> s.id() == SectionId.CUSTOM)
                .map(RawSection::customName)
                .toList();
    }

    /** Function names from the "name" section (function index to name); empty if there is none. */
    public Map<Integer, String> functionNames() {
        return names == null ? Map.of() : names.functionNames();
    }

    /**
     * Makes a changed copy of a module. Each setter replaces the content of one section; on
     * {@link #build()} those sections lose the bytes they were read from and are encoded afresh,
     * while every other section keeps its bytes. The builder does not re-check indices: encode and
     * parse the result to check it.
     *
     * <pre>{@code
     * WasmModule smaller = module.toBuilder()
     *         .exports(kept)
     *         .retainCustomSections(name -> false)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final List<RawSection> sections;
        private int nameSectionAt;
        private final List<FuncType> types;
        private List<WasmImport> imports;
        private List<Integer> functions;
        private final List<TableType> tables;
        private final List<MemoryType> memories;
        private List<Global> globals;
        private List<WasmExport> exports;
        private int start;
        private List<ElementSegment> elements;
        private List<Code> code;
        private List<DataSegment> data;
        private NameSection names;
        private final Set<SectionId> changed = EnumSet.noneOf(SectionId.class);
        private boolean namesChanged;

        private Builder(WasmModule m) {
            sections = new ArrayList<>(m.sections);
            nameSectionAt = m.nameSectionAt;
            types = m.types;
            imports = m.imports;
            functions = m.functions;
            tables = m.tables;
            memories = m.memories;
            globals = m.globals;
            exports = m.exports;
            start = m.start;
            elements = m.elements;
            code = m.code;
            data = m.data;
            names = m.names;
        }

        /** Replaces the imports. */
        public Builder imports(List<WasmImport> imports) {
            this.imports = List.copyOf(imports);
            changed.add(SectionId.IMPORT);
            return this;
        }

        /** Replaces the type index of each defined function; set {@link #code} to match. */
        public Builder functions(List<Integer> typeIndices) {
            this.functions = List.copyOf(typeIndices);
            changed.add(SectionId.FUNCTION);
            return this;
        }

        /** Replaces the defined globals. */
        public Builder globals(List<Global> globals) {
            this.globals = List.copyOf(globals);
            changed.add(SectionId.GLOBAL);
            return this;
        }

        /** Replaces the exports. */
        public Builder exports(List<WasmExport> exports) {
            this.exports = List.copyOf(exports);
            changed.add(SectionId.EXPORT);
            return this;
        }

        /** Sets the start function; a negative index removes the start section. */
        public Builder start(int function) {
            this.start = Math.max(function, -1);
            changed.add(SectionId.START);
            return this;
        }

        /** Replaces the element segments. */
        public Builder elements(List<ElementSegment> elements) {
            this.elements = List.copyOf(elements);
            changed.add(SectionId.ELEMENT);
            return this;
        }

        /** Replaces the function bodies; one for each entry of {@link #functions}. */
        public Builder code(List<Code> code) {
            this.code = List.copyOf(code);
            changed.add(SectionId.CODE);
            return this;
        }

        /**
         * Replaces the data segments; a data count section, if the module has one, is updated to
         * match (none is added: a module needs one only for {@code memory.init} and {@code data.drop}).
         */
        public Builder data(List<DataSegment> data) {
            this.data = List.copyOf(data);
            changed.add(SectionId.DATA);
            changed.add(SectionId.DATA_COUNT);
            return this;
        }

        /** Replaces the decoded "name" section (added at the end if the module had none). */
        public Builder names(NameSection names) {
            this.names = Objects.requireNonNull(names, "names");
            namesChanged = true;
            return this;
        }

        /**
         * Removes the custom sections whose name {@code keep} refuses. Of several sections named
         * "name", only the one {@link WasmModule#names()} was decoded from can be kept: a second
         * copy could not be renumbered with it and would be stale.
         */
        public Builder retainCustomSections(Predicate<String> keep) {
            RawSection decodedNames = nameSectionAt >= 0 ? sections.get(nameSectionAt) : null;
            sections.removeIf(s -> s.id() == SectionId.CUSTOM
                    && (!keep.test(s.customName()) || s.customName().equals("name") && s != decodedNames));
            nameSectionAt = decodedNames == null ? -1 : sections.indexOf(decodedNames);
            if (nameSectionAt < 0) {
                names = null;
                namesChanged = false;
            }
            return this;
        }

        /**
         * The changed module.
         *
         * @throws IllegalStateException if the number of function bodies differs from the number of functions
         */
        public WasmModule build() {
            if (functions.size() != code.size()) {
                throw new IllegalStateException(functions.size() + " functions but " + code.size() + " bodies");
            }
            List<RawSection> out = new ArrayList<>();
            int namesAt = -1;
            for (int i = 0; i < sections.size(); i++) {
                RawSection s = sections.get(i);
                if (s.id() == SectionId.START && start < 0) {
                    continue;
                }
                boolean decodedNames = i == nameSectionAt;
                out.add(
                        changed.contains(s.id()) || decodedNames && namesChanged
                                ? RawSection.changed(s.id(), s.customName())
                                : s);
                if (decodedNames) {
                    namesAt = out.size() - 1;
                }
            }
            for (SectionId id : changed) {
                if (!hasContent(id) || out.stream().anyMatch(s -> s.id() == id)) {
                    continue;
                }
                int at = 0; // after every section that must precede it
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).id().mustPrecede(id)) {
                        at = i + 1;
                    }
                }
                if (at <= namesAt) {
                    namesAt++;
                }
                out.add(at, RawSection.changed(id, null));
            }
            if (names != null && namesAt < 0) {
                out.add(RawSection.changed(SectionId.CUSTOM, "name"));
                namesAt = out.size() - 1;
            }
            return new WasmModule(
                    out, namesAt, types, imports, functions, tables, memories, globals, exports, start, elements, code,
                    data, names);
        }

        private boolean hasContent(SectionId id) {
            return switch (id) {
                case IMPORT -> !imports.isEmpty();
                case FUNCTION -> !functions.isEmpty();
                case GLOBAL -> !globals.isEmpty();
                case EXPORT -> !exports.isEmpty();
                case START -> start >= 0;
                case ELEMENT -> !elements.isEmpty();
                case CODE -> !code.isEmpty();
                case DATA -> !data.isEmpty();
                default -> false;
            };
        }
    }
}
