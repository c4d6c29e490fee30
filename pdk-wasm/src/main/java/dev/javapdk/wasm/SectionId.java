package dev.javapdk.wasm;

/**
 * The id of a section of a wasm 1.0 binary, in id order, with the order the sections must appear in.
 *
 * <pre>{@code
 * SectionId code = SectionId.of(10);          // CODE
 * String where = code.describe();             // "section 10 (code)"
 * boolean before = SectionId.DATA_COUNT.mustPrecede(SectionId.CODE); // true
 * }</pre>
 */
public enum SectionId {
    CUSTOM(0, "custom"),
    TYPE(1, "type"),
    IMPORT(2, "import"),
    FUNCTION(3, "function"),
    TABLE(4, "table"),
    MEMORY(5, "memory"),
    GLOBAL(6, "global"),
    EXPORT(7, "export"),
    START(8, "start"),
    ELEMENT(9, "element"),
    CODE(10, "code"),
    DATA(11, "data"),
    DATA_COUNT(12, "data count");

    private static final SectionId[] BY_CODE = values();

    private final int code;
    private final String label;

    SectionId(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The id byte in the binary. */
    public int code() {
        return code;
    }

    /** The spec's name of the section, e.g. {@code "data count"}. */
    public String label() {
        return label;
    }

    /** How error messages name the section: {@code "section 10 (code)"}. */
    public String describe() {
        return "section " + code + " (" + label + ")";
    }

    /** The section with this id byte, or null if wasm 1.0 (with bulk memory) has none. */
    public static SectionId of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /**
     * Position in the order the spec requires of non-custom sections. It is the id order except
     * that data count (12) sits between element (9) and code (10), as code refers to its count.
     */
    int rank() {
        return this == DATA_COUNT ? 10 : code < 10 ? code : code + 1;
    }

    /**
     * Whether a section with this id must come before one with {@code other}; custom sections
     * may stand anywhere, so neither precedes the other.
     */
    public boolean mustPrecede(SectionId other) {
        return this != CUSTOM && other != CUSTOM && rank() < other.rank();
    }
}
