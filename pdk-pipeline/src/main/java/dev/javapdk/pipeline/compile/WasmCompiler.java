package dev.javapdk.pipeline.compile;
import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.BuildOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The one seam between this project and the Java-to-wasm compiler, so that another backend can
 * replace TeaVM 0.13 (the last release with a linear-memory wasm target) without touching the rest.
 */
public interface WasmCompiler {
    /**
     * Compiles {@code entryClass} and everything it reaches to a core wasm module.
     *
     * @param classPath the glue, the plug-in's classes and its dependencies (pdk-api included)
     * @return the module as the compiler wrote it, before post-processing
     * @throws BuildException when the compiler reports errors; each names the Java method at fault
     */
    Compiled compile(String entryClass, List<Path> classPath, BuildOptions options) throws BuildException;

    /**
     * A compiled module, and a way to tell which Java code made it import something.
     *
     * @param wasm         the module as the compiler wrote it
     * @param importOrigin for an import (module, name), the Java method declaring it and the call
     *                     stack that reaches it from an export, one frame a line; empty if unknown
     */
    record Compiled(byte[] wasm, BiFunction<String, String, String> importOrigin) {
    }
}
