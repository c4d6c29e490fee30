package dev.javapdk.wasm;

/**
 * A global defined by the module: its type and the constant expression that initialises it.
 *
 * <pre>{@code
 * Global g = module.globals().get(0);
 * g.type().toString();            // "mut i32"
 * g.init().functionRefs();        // functions it names (ref.func), usually none
 * }</pre>
 */
public record Global(GlobalType type, Code init) {}
