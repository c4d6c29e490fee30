package dev.javapdk.wasm;

/**
 * One export of a module: its name, kind and index in that kind's index space. The type is
 * {@link WasmModule#externType(ExternKind, int) module.externType(kind, index)}.
 *
 * <pre>{@code
 * for (WasmExport e : module.exports()) {
 *     System.out.println(e.name() + ": " + module.externType(e.kind(), e.index()));   // run: () -> i32
 * }
 * }</pre>
 */
public record WasmExport(String name, ExternKind kind, int index) {}
