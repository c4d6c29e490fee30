package dev.javapdk.wasm;

import java.util.Objects;

/**
 * One import of a module: where it comes from and what it is.
 *
 * <pre>{@code
 * for (WasmImport i : module.imports()) {
 *     System.out.println(i.qualifiedName() + ": " + i.type());   // extism:host/env.alloc: (i64) -> i64
 * }
 * }</pre>
 *
 * @param type      the imported function's signature, table, memory or global type
 * @param typeIndex for a function, the index of its signature in the type section (the binary
 *                  names the signature by index, and two indices may hold equal signatures);
 *                  -1 for the other kinds
 */
public record WasmImport(String module, String name, ExternType type, int typeIndex) {

    public WasmImport {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if ((type instanceof FuncType) != (typeIndex >= 0)) {
            throw new IllegalArgumentException("a function import needs a type index, other imports none: " + module
                    + "." + name + " " + type + " with type index " + typeIndex);
        }
    }

    /** What is imported. */
    public ExternKind kind() {
        return type.kind();
    }

    /** {@code module.name} as a host would print it, e.g. {@code extism:host/env.alloc}. */
    public String qualifiedName() {
        return module + "." + name;
    }
}
