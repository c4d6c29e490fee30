package dev.javapdk.wasm;

/**
 * One import of a module. {@code type} is the signature for functions (e.g. {@code "(i64) -> i32"})
 * and a short description for the other kinds (e.g. {@code "min 2 max 16"} pages for a memory,
 * {@code "mut i32"} for a global, {@code "funcref min 1"} for a table).
 */
public record WasmImport(String module, String name, ExternKind kind, String type) {

    /** {@code module.name} as a host would print it, e.g. {@code extism:host/env.alloc}. */
    public String qualifiedName() {
        return module + "." + name;
    }
}
