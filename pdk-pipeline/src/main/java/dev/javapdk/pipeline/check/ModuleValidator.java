package dev.javapdk.pipeline.check;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import dev.javapdk.pipeline.BuildException;

/**
 * Validates a module as a WebAssembly engine would before running it: structure, types of every
 * instruction in every function body, indices. The build writes no module that a host would
 * refuse to load.
 *
 * <p>The validator is Chicory's (the pure-Java wasm runtime under the Extism Chicory SDK): its
 * parser validates each module it reads, function bodies included, and throws a
 * {@link ChicoryException} for an invalid one.
 *
 * <pre>{@code
 * ModuleValidator.validate(wasm);   // throws BuildException naming the first problem
 * }</pre>
 */
public final class ModuleValidator {
    private ModuleValidator() {}

    /** Throws if {@code wasm} is not a valid module. */
    public static void validate(byte[] wasm) throws BuildException {
        try {
            Parser.parse(wasm);
        } catch (ChicoryException e) {
            throw new BuildException(
                    "the compiled module is not valid WebAssembly, so no host would load it: "
                            + e.getMessage() + ". This is a bug in the compiler or the PDK, not in your code; please "
                            + "report it with the plug-in's classes (build with -Djavapdk.debugNames=true to see which "
                            + "Java method the function is)",
                    e);
        }
    }
}
