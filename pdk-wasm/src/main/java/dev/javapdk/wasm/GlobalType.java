package dev.javapdk.wasm;

/**
 * A global: its value type and whether it may change.
 *
 * <pre>{@code
 * new GlobalType(ValType.I32, true).toString();   // "mut i32"
 * }</pre>
 */
public record GlobalType(ValType type, boolean mutable) implements ExternType {

    @Override
    public ExternKind kind() {
        return ExternKind.GLOBAL;
    }

    @Override
    public String toString() {
        return mutable ? "mut " + type : type.toString();
    }
}
