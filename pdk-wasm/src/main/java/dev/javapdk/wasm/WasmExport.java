package dev.javapdk.wasm;

/**
 * One export of a module: its name, kind, index in that kind's index space, and type
 * (signature text for functions, a short description for the other kinds as in {@link WasmImport}).
 */
public record WasmExport(String name, ExternKind kind, int index, String type) {
}
