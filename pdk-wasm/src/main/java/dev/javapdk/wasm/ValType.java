package dev.javapdk.wasm;

/**
 * A value type of wasm 1.0 with the reference types and SIMD extensions: the type of a parameter,
 * result, local or global. {@link #toString()} is the text-format name, used in messages.
 *
 * <pre>{@code
 * ValType t = ValType.of(0x7E);   // I64
 * String text = t.toString();     // "i64"
 * }</pre>
 */
public enum ValType {
    I32(0x7F, "i32"),
    I64(0x7E, "i64"),
    F32(0x7D, "f32"),
    F64(0x7C, "f64"),
    V128(0x7B, "v128"),
    FUNCREF(0x70, "funcref"),
    EXTERNREF(0x6F, "externref");

    private final int code;
    private final String text;

    ValType(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The byte that encodes the type in the binary. */
    public int code() {
        return code;
    }

    /** Whether this is a reference type, the kind a table can hold. */
    public boolean isReference() {
        return this == FUNCREF || this == EXTERNREF;
    }

    /** The value type a byte encodes, or null if it encodes none. */
    public static ValType of(int code) {
        for (ValType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** The text-format name, e.g. {@code "i32"}. */
    @Override
    public String toString() {
        return text;
    }
}
