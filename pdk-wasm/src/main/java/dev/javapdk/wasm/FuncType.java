package dev.javapdk.wasm;

import java.util.List;

/**
 * A function signature with value types spelled as in the text format ("i32", "i64", "f32",
 * "f64", "v128", "funcref", "externref").
 */
public record FuncType(List<String> params, List<String> results) {

    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** The signature as text, e.g. {@code "(i64, i32) -> ()"} or {@code "() -> i32"}. */
    @Override
    public String toString() {
        String res = results.size() == 1 ? results.get(0) : "(" + String.join(", ", results) + ")";
        return "(" + String.join(", ", params) + ") -> " + res;
    }

    /** Text name of a value type's binary code, or null if the code is not a value type. */
    static String valTypeName(int code) {
        return switch (code) {
            case 0x7F -> "i32";
            case 0x7E -> "i64";
            case 0x7D -> "f32";
            case 0x7C -> "f64";
            case 0x7B -> "v128";
            case 0x70 -> "funcref";
            case 0x6F -> "externref";
            default -> null;
        };
    }
}
