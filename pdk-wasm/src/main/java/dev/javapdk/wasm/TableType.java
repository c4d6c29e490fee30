package dev.javapdk.wasm;

/**
 * A table: the reference type it holds and its size limits.
 *
 * <pre>{@code
 * TableType t = new TableType(ValType.FUNCREF, new Limits(1, OptionalLong.empty(), false));
 * t.toString();   // "funcref min 1"
 * }</pre>
 */
public record TableType(ValType element, Limits limits) implements ExternType {

    @Override
    public ExternKind kind() {
        return ExternKind.TABLE;
    }

    @Override
    public String toString() {
        return element + " " + limits;
    }
}
