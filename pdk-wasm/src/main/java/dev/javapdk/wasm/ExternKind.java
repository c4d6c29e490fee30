package dev.javapdk.wasm;

/**
 * What an import or export refers to; the ordinal is the binary kind code.
 *
 * <pre>{@code
 * ExternKind k = ExternKind.of(2);   // MEMORY
 * k.label();                         // "memory"
 * }</pre>
 */
public enum ExternKind {
    FUNCTION,
    TABLE,
    MEMORY,
    GLOBAL;

    private static final ExternKind[] BY_CODE = values();

    /** Lower-case name as used in messages ("function", "memory", ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The byte that encodes the kind in import and export entries. */
    public int code() {
        return ordinal();
    }

    /** The kind a byte encodes, or null if it encodes none. */
    public static ExternKind of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
