package dev.javapdk.pipeline.scan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One {@code @HostFunction static native} method found in the plug-in's classes: an import the
 * build generates, with the code that marshals its arguments and result.
 *
 * @param module     the import module ({@code extism:host/user} by default)
 * @param name       the import name
 * @param className  the declaring class, binary name with dots
 * @param methodName the Java method
 * @param descriptor the JVM method descriptor
 * @param parameters how each parameter is passed
 * @param result     how the result is passed
 * @param location   {@code Class.method(File.java)} for messages
 */
public record DeclaredHostFunction(
        String module,
        String name,
        String className,
        String methodName,
        String descriptor,
        List<Kind> parameters,
        Kind result,
        String location) {

    public DeclaredHostFunction {
        parameters = List.copyOf(parameters);
    }

    /** How a Java value crosses to the host. */
    public enum Kind {
        INT("i32"),
        LONG("i64"),
        FLOAT("f32"),
        DOUBLE("f64"),
        /** A kernel block holding the bytes. */
        BYTES("i64"),
        /** A kernel block holding the UTF-8 text. */
        STRING("i64"),
        /** A kernel block holding the value written as JSON. */
        JSON("i64"),
        /** No result. */
        VOID("");

        private final String wasmType;

        Kind(String wasmType) {
            this.wasmType = wasmType;
        }

        /** The wasm value type ({@code i32}, {@code i64}, {@code f32}, {@code f64}), empty for VOID. */
        public String wasmType() {
            return wasmType;
        }

        /** Whether the value travels in a kernel block (as its i64 offset). */
        public boolean inBlock() {
            return this == BYTES || this == STRING || this == JSON;
        }
    }

    /** The wasm signature of the import, e.g. {@code (i64) -> i64} or {@code (i32, f64) -> ()}. */
    public String wasmSignature() {
        return "(" + parameters.stream().map(Kind::wasmType).collect(Collectors.joining(", ")) + ") -> "
                + (result == Kind.VOID ? "()" : result.wasmType());
    }

    /** {@code extism:host/user.kv_read}, for messages. */
    public String importName() {
        return module + "." + name;
    }
}
