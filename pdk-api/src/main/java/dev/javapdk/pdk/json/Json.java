package dev.javapdk.pdk.json;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Input;
import dev.javapdk.pdk.Output;
import dev.javapdk.pdk.Var;
import dev.javapdk.pdk.internal.Utf8;
import java.util.Optional;

/**
 * JSON as plain Java values, and JSON for the PDK's input, output, vars and config.
 *
 * <p>Trees are what {@link JsonReader#readTree()} builds: {@code LinkedHashMap<String, Object>}
 * (member order kept), {@code ArrayList<Object>}, String, Long, Double, {@link JsonNumber},
 * Boolean and null; {@link JsonWriter#tree} writes those and more (any Map, Iterable, array, Integer, ...)
 * byte for byte as Jackson-jr's {@code JSON.std.asBytes} would, including its default of leaving
 * out map entries whose value is null. Parsing is strict (see {@link JsonReader}); errors are
 * {@link JsonException}s whose message the host sees as is.
 *
 * <pre>{@code
 * @Export
 * public static int total() {
 *     Map<?, ?> order = (Map<?, ?>) Json.input();            // {"items":[{"price":2.5},...]}
 *     double sum = 0;
 *     for (Object item : (List<?>) order.get("items")) {
 *         sum += ((Number) ((Map<?, ?>) item).get("price")).doubleValue();
 *     }
 *     Json.output(Map.of("total", sum));                    // {"total":7.5}
 *     return 0;
 * }
 * }</pre>
 */
public final class Json {
    private Json() {}

    /** Parses one JSON text (UTF-8) into a tree. */
    public static Object parse(byte[] json) {
        JsonReader reader = new JsonReader(json);
        Object value = reader.readTree();
        reader.endDocument();
        return value;
    }

    /** Parses one JSON text into a tree. */
    public static Object parse(String json) {
        return parse(Utf8.encode(json));
    }

    /**
     * The value as compact JSON in UTF-8: a tree, or a record/POJO/enum of a bound type (anywhere
     * in the tree), exactly as Jackson-jr's {@code JSON.std.asBytes} writes it.
     */
    public static byte[] write(Object value) {
        return new JsonWriter().tree(value).toByteArray();
    }

    /** The tree as compact JSON text (the decoded bytes of {@link #write}). */
    public static String toString(Object value) {
        return Utf8.decode(write(value));
    }

    /**
     * Reads one JSON text into {@code type}, a record, POJO, enum or other bound type: the build
     * generates the reader for every class literal passed here. Errors name the path
     * ({@code $.items[3].price: expected number, got string}).
     *
     * <pre>{@code
     * Order order = Json.read(bytes, Order.class);
     * }</pre>
     */
    public static <T> T read(byte[] json, Class<T> type) {
        JsonReader reader = new JsonReader(json);
        @SuppressWarnings("unchecked")
        T value = (T) Bindings.read(reader, type);
        reader.endDocument();
        return value;
    }

    /** {@link #read(byte[], Class)} on a String. */
    public static <T> T read(String json, Class<T> type) {
        return read(Utf8.encode(json), type);
    }

    /** The call's input read into {@code type}. */
    public static <T> T input(Class<T> type) {
        return read(Input.bytes(), type);
    }

    /** The var read into {@code type}; empty if the var is not set (or holds {@code null}). */
    public static <T> Optional<T> var(String key, Class<T> type) {
        Optional<byte[]> bytes = Var.getBytes(key);
        return bytes.isPresent() ? Optional.ofNullable(read(bytes.get(), type)) : Optional.empty();
    }

    /** The config value read into {@code type}; empty if the host has no such key (or it holds {@code null}). */
    public static <T> Optional<T> config(String key, Class<T> type) {
        Optional<byte[]> bytes = Config.getBytes(key);
        return bytes.isPresent() ? Optional.ofNullable(read(bytes.get(), type)) : Optional.empty();
    }

    /** The call's input parsed as JSON. */
    public static Object input() {
        return parse(Input.bytes());
    }

    /** Sets the call's output to the tree as JSON. */
    public static void output(Object value) {
        Output.set(write(value));
    }

    /** The var parsed as JSON; empty if the var is not set (or holds {@code null}). */
    public static Optional<Object> var(String key) {
        Optional<byte[]> bytes = Var.getBytes(key);
        return bytes.isPresent() ? Optional.ofNullable(parse(bytes.get())) : Optional.empty();
    }

    /** Sets the var to the tree as JSON. */
    public static void setVar(String key, Object value) {
        Var.set(key, write(value));
    }

    /**
     * The config value parsed as JSON; empty if the host has no such key (or it holds
     * {@code null}). Config values that are plain text, not JSON, are errors: read those with
     * {@link Config#getString}.
     */
    public static Optional<Object> config(String key) {
        Optional<byte[]> bytes = Config.getBytes(key);
        return bytes.isPresent() ? Optional.ofNullable(parse(bytes.get())) : Optional.empty();
    }
}
