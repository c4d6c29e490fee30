package dev.javapdk.wasm;

/** What an import or export refers to; the ordinal is the binary kind code. */
public enum ExternKind {
    FUNCTION, TABLE, MEMORY, GLOBAL;

    /** Lower-case name as used in messages ("function", "memory", ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
