package dev.javapdk.pdk.json;

/**
 * The bridge from {@link Json}'s typed methods to the readers and writers the build generates.
 * Internal: plug-in code calls {@link Json#read(byte[], Class)} and {@link Json#write(Object)}.
 *
 * <p>There is no reflection on the wasm target, so the build generates a class with these static
 * methods that dispatches on the class: for every type an exported function takes or returns, and
 * for every class literal passed to {@code Json.read}/{@code Json.input}/{@code Json.var}/
 * {@code Json.config}. The compiler redirects {@link #read} and {@link #write} to it. Without
 * such types (and on the JVM) the methods here answer.
 *
 * <pre>{@code
 * Order order = Json.read(bytes, Order.class);   // dispatched here at run time
 * }</pre>
 */
public final class Bindings {
    private Bindings() {}

    /** Reads a value of {@code type}; throws if the build generated no reader for it. */
    public static Object read(JsonReader in, Class<?> type) {
        throw unbound(type);
    }

    /** Writes {@code value} if its class has a generated writer; false if it has none. */
    public static boolean write(JsonWriter out, Object value) {
        return false;
    }

    /** The error for a class without a generated reader. */
    public static JsonException unbound(Class<?> type) {
        return new JsonException("no JSON binding for " + type.getName() + ": the build generates one for the "
                + "types of exported functions and for class literals passed directly to Json.read, Json.input, "
                + "Json.var and Json.config (Json.read(bytes, " + type.getSimpleName() + ".class))");
    }
}
