package com.example.funcgen;

/**
 * A generated function, built into a plug-in and loaded in its sandbox: the Extism Chicory SDK
 * with no WASI and no HTTP, linear memory capped just above the plug-in's Java heap, and a time
 * limit on each call. {@link #run} may be called any number of times; a call that fails, traps or
 * is stopped leaves the instance usable for the next one.
 *
 * <pre>{@code
 * try (GeneratedFunction reverse = funcGen.generate("reverse the input")) {
 *     System.out.println(reverse.code());
 *     System.out.println(reverse.run("abc"));   // cba
 * }
 * }</pre>
 */
public final class GeneratedFunction implements AutoCloseable {
    private final String code;
    private final byte[] wasm;
    private final Sandbox sandbox;

    GeneratedFunction(String code, byte[] wasm, Sandbox sandbox) {
        this.code = code;
        this.wasm = wasm;
        this.sandbox = sandbox;
    }

    /** The code the LLM wrote, out of its markdown fence; error line numbers refer to it. */
    public String code() {
        return code;
    }

    /** The plug-in: an Extism module exporting {@code run} (String in, String out). */
    public byte[] wasm() {
        return wasm.clone();
    }

    /** Runs the function on {@code input} in the sandbox and returns its result. */
    public String run(String input) throws FuncGenException {
        return sandbox.call(GeneratedCode.EXPORT, input);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
