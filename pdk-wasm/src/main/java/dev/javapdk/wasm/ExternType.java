package dev.javapdk.wasm;

/**
 * The type of something a module imports or exports: a function signature, a table, a memory or a
 * global. {@link #toString()} describes it as messages print it.
 *
 * <pre>{@code
 * ExternType t = module.externType(ExternKind.MEMORY, 0);
 * String text = t.toString();     // e.g. "min 2 max 16"
 * }</pre>
 */
public sealed interface ExternType permits FuncType, TableType, MemoryType, GlobalType {

    /** Which index space this type belongs to. */
    ExternKind kind();
}
