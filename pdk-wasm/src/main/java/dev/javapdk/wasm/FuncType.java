package dev.javapdk.wasm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A function signature. Equal by value, so signatures are compared with {@link #equals}; the text
 * form is only for messages.
 *
 * <pre>{@code
 * FuncType alloc = FuncType.of(List.of(ValType.I64), List.of(ValType.I64));
 * alloc.toString();   // "(i64) -> i64"
 * }</pre>
 */
public record FuncType(List<ValType> params, List<ValType> results) implements ExternType {

    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** Same as the constructor; reads better in a chain. */
    public static FuncType of(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    @Override
    public ExternKind kind() {
        return ExternKind.FUNCTION;
    }

    /** The signature as text, e.g. {@code "(i64, i32) -> ()"} or {@code "() -> i32"}. */
    @Override
    public String toString() {
        String res = results.size() == 1 ? results.get(0).toString() : list(results);
        return list(params) + " -> " + res;
    }

    private static String list(List<ValType> types) {
        return types.stream().map(ValType::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
