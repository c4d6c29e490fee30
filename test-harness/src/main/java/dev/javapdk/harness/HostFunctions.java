package dev.javapdk.harness;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Host functions written in Java, for a plug-in's {@code @HostFunction} imports: the same types on
 * both sides, on every host of the harness (Chicory in-process; the JS SDK hosts call back to this
 * JVM). Parameters and results may be {@code int}, {@code long}, {@code float}, {@code double}
 * (passed as they are), or {@code byte[]}, {@code String} and any type Jackson-jr binds (records,
 * POJOs, {@code Map}, {@code List}…), passed as kernel memory blocks; {@code null} is offset 0.
 * Give {@code void.class} as the result type of a function that returns nothing (its lambda
 * returns {@code null}).
 *
 * <pre>{@code
 * Map<String, byte[]> store = new ConcurrentHashMap<>();
 * HostFunctions kv = HostFunctions.builder()
 *         .function("kv_read", String.class, byte[].class, store::get)
 *         .function("kv_write", String.class, byte[].class, void.class, (key, value) -> {
 *             store.put(key, value);
 *             return null;
 *         })
 *         .build();
 * try (LoadedPlugin plugin = Plugins.host("chicory")
 *         .load(PluginSpec.builder(Path.of("target/kv-store.wasm")).hostFunctions(kv).build())) {
 *     plugin.call("count_vowels", "Hello");
 * }
 * }</pre>
 *
 * A function that throws makes the host trap the plug-in's call: the test sees a
 * {@link PluginTrapException} whose message contains the function's name and the exception's
 * message, and the instance answers the next call.
 */
public final class HostFunctions {
    /** The module of host functions unless another is named: {@value}. */
    public static final String USER_MODULE = "extism:host/user";

    private static final HostFunctions NONE = new HostFunctions(List.of());

    private final List<Definition> definitions;

    private HostFunctions(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /** No host functions. */
    public static HostFunctions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The functions, in the order they were added. */
    public List<Definition> definitions() {
        return definitions;
    }

    public boolean isEmpty() {
        return definitions.isEmpty();
    }

    @Override
    public String toString() {
        return definitions.stream().map(Definition::toString).toList().toString();
    }

    /** A function of any arity: the arguments converted to the declared Java types. */
    @FunctionalInterface
    public interface Implementation {
        Object apply(Object[] args) throws Exception;
    }

    @FunctionalInterface
    public interface Function0<R> {
        R apply() throws Exception;
    }

    @FunctionalInterface
    public interface Function1<A, R> {
        R apply(A a) throws Exception;
    }

    @FunctionalInterface
    public interface Function2<A, B, R> {
        R apply(A a, B b) throws Exception;
    }

    @FunctionalInterface
    public interface Function3<A, B, C, R> {
        R apply(A a, B b, C c) throws Exception;
    }

    /** How a value crosses between plug-in and host, and its wasm type. */
    public enum WireType {
        I32("i32"),
        I64("i64"),
        F32("f32"),
        F64("f64"),
        /** A kernel memory block: an {@code i64} offset, 0 for null. */
        BLOCK("i64"),
        VOID("");

        private final String wasmType;

        WireType(String wasmType) {
            this.wasmType = wasmType;
        }

        /** {@code i32}, {@code i64}, {@code f32} or {@code f64}; empty for VOID. */
        public String wasmType() {
            return wasmType;
        }

        static WireType of(Class<?> type, boolean result) {
            if (type == int.class) {
                return I32;
            }
            if (type == long.class) {
                return I64;
            }
            if (type == float.class) {
                return F32;
            }
            if (type == double.class) {
                return F64;
            }
            if (type == void.class || type == Void.class) {
                if (result) {
                    return VOID;
                }
                throw new IllegalArgumentException("void is not a parameter type");
            }
            if (type.isPrimitive()) {
                throw new IllegalArgumentException("unsupported type " + type + ": wasm passes int, long, float and "
                        + "double as they are; use one of those, or a reference type (a kernel memory block)");
            }
            return BLOCK;
        }
    }

    /**
     * One host function.
     *
     * @param module         the import module
     * @param name           the import name
     * @param parameterTypes the Java types of the parameters
     * @param resultType     the Java type of the result, {@code void.class} for none
     */
    public record Definition(
            String module,
            String name,
            List<Class<?>> parameterTypes,
            Class<?> resultType,
            Implementation implementation) {

        public Definition {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(name, "name");
            parameterTypes = List.copyOf(parameterTypes);
            Objects.requireNonNull(resultType, "resultType");
            Objects.requireNonNull(implementation, "implementation");
            parameterTypes.forEach(t -> WireType.of(t, false));
            WireType.of(resultType, true);
        }

        /** How each parameter is passed. */
        public List<WireType> parameterWireTypes() {
            return parameterTypes.stream().map(t -> WireType.of(t, false)).toList();
        }

        /** How the result is passed. */
        public WireType resultWireType() {
            return WireType.of(resultType, true);
        }

        /** {@code (i64, i32) -> i64}, as {@link ModuleInfo} and the build's log show signatures. */
        public String wasmSignature() {
            StringBuilder text = new StringBuilder("(");
            List<WireType> params = parameterWireTypes();
            for (int i = 0; i < params.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(params.get(i).wasmType());
            }
            WireType result = resultWireType();
            return text.append(") -> ")
                    .append(result == WireType.VOID ? "()" : result.wasmType())
                    .toString();
        }

        /**
         * Runs the function on arguments as they came from the plug-in (numbers boxed, blocks as
         * their bytes or null), and returns the result the same way (a block's bytes, or null).
         *
         * @throws HostFunctionException when a block does not convert, or the function throws
         */
        public Object invoke(Object[] wireArgs) {
            Object[] args = new Object[wireArgs.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = fromWire(parameterTypes.get(i), wireArgs[i], "parameter " + (i + 1));
            }
            Object result;
            try {
                result = implementation.apply(args);
            } catch (Exception | Error e) {
                throw new HostFunctionException(this + " threw " + e, e);
            }
            return toWire(resultType, result);
        }

        private Object fromWire(Class<?> type, Object value, String what) {
            if (WireType.of(type, false) != WireType.BLOCK || value == null) {
                return value;
            }
            byte[] bytes = (byte[]) value;
            if (type == byte[].class) {
                return bytes;
            }
            if (type == String.class) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            try {
                return JSON.std.beanFrom(type, bytes);
            } catch (IOException | RuntimeException e) {
                throw new HostFunctionException(
                        this + ": " + what + " is not JSON for " + type.getName() + ": " + e.getMessage(), e);
            }
        }

        private Object toWire(Class<?> type, Object value) {
            WireType wire = WireType.of(type, true);
            if (wire == WireType.VOID) {
                return null;
            }
            if (wire != WireType.BLOCK) {
                if (value == null) {
                    throw new HostFunctionException(this + " returned null for " + type);
                }
                return value;
            }
            if (value == null || value instanceof byte[]) {
                return value;
            }
            if (value instanceof String text) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            try {
                return JSON.std.asBytes(value);
            } catch (IOException | RuntimeException e) {
                throw new HostFunctionException(this + ": cannot write its result as JSON: " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "host function " + module + "." + name + " " + wasmSignature();
        }
    }

    /** A host function failed: its message reaches the plug-in's host as the trap's reason. */
    public static final class HostFunctionException extends RuntimeException {
        HostFunctionException(String message, Throwable cause) {
            super(message, cause);
        }

        HostFunctionException(String message) {
            super(message);
        }
    }

    /** Collects host functions; each {@code function} overload takes the parameter types, then the result type. */
    public static final class Builder {
        private final List<Definition> definitions = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private Builder() {}

        /** A function of any arity in any module. */
        public Builder function(
                String module,
                String name,
                List<Class<?>> parameterTypes,
                Class<?> resultType,
                Implementation implementation) {
            if (!names.add(module + "." + name)) {
                throw new IllegalArgumentException("host function " + module + "." + name + " is defined twice");
            }
            definitions.add(new Definition(module, name, parameterTypes, resultType, implementation));
            return this;
        }

        /** A function without parameters in {@value #USER_MODULE}. */
        public <R> Builder function(String name, Class<R> result, Function0<R> fn) {
            return function(USER_MODULE, name, List.of(), result, args -> fn.apply());
        }

        /** A function of one parameter in {@value #USER_MODULE}. */
        @SuppressWarnings("unchecked")
        public <A, R> Builder function(String name, Class<A> a, Class<R> result, Function1<A, R> fn) {
            return function(USER_MODULE, name, List.of(a), result, args -> fn.apply((A) args[0]));
        }

        /** A function of two parameters in {@value #USER_MODULE}. */
        @SuppressWarnings("unchecked")
        public <A, B, R> Builder function(String name, Class<A> a, Class<B> b, Class<R> result, Function2<A, B, R> fn) {
            return function(USER_MODULE, name, List.of(a, b), result, args -> fn.apply((A) args[0], (B) args[1]));
        }

        /** A function of three parameters in {@value #USER_MODULE}. */
        @SuppressWarnings("unchecked")
        public <A, B, C, R> Builder function(
                String name, Class<A> a, Class<B> b, Class<C> c, Class<R> result, Function3<A, B, C, R> fn) {
            return function(
                    USER_MODULE,
                    name,
                    List.of(a, b, c),
                    result,
                    args -> fn.apply((A) args[0], (B) args[1], (C) args[2]));
        }

        /** Adds all of {@code other}'s functions. */
        public Builder addAll(HostFunctions other) {
            for (Definition d : other.definitions) {
                function(d.module(), d.name(), d.parameterTypes(), d.resultType(), d.implementation());
            }
            return this;
        }

        public HostFunctions build() {
            return new HostFunctions(definitions);
        }
    }
}
