package dev.javapdk.pipeline.compile;

import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.BuildOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    Compiled compile(String entryClass, List<Path> classPath, BuildOptions options, List<Redirect> redirects)
            throws BuildException;

    /** {@link #compile(String, List, BuildOptions, List)} without redirects. */
    default Compiled compile(String entryClass, List<Path> classPath, BuildOptions options) throws BuildException {
        return compile(entryClass, classPath, options, List.of());
    }

    /**
     * Replace the body of each static method of {@code from} that {@code to} also declares (same
     * name and descriptor) with a call to {@code to}'s: how generated code takes the place of a
     * pdk-api default (the JSON {@code Bindings}) without two classes of one name on a class path,
     * and how a {@code @HostFunction static native} method gets its generated body (a native
     * method so redirected is native no more).
     * When the compiler reaches {@code from} and {@code to} lacks one of its static methods, the
     * build fails.
     *
     * @param from binary name of the class whose method bodies are replaced
     * @param to   binary name of the class that provides the new bodies
     */
    record Redirect(String from, String to) {}

    /**
     * A compiled module, and a way to tell which Java code made it import something.
     *
     * @param wasm         the module as the compiler wrote it
     * @param importOrigin for an import (module, name), the Java method declaring it and the call
     *                     stack that reaches it from an export, one frame a line; empty if unknown
     * @param patches      the compiler-specific fixes this build applied, by name, with how many
     *                     methods each changed (for tests and {@code -X} logs)
     */
    record Compiled(byte[] wasm, BiFunction<String, String, String> importOrigin, Map<String, Integer> patches) {
        public Compiled {
            patches = Map.copyOf(patches);
        }
    }
}
