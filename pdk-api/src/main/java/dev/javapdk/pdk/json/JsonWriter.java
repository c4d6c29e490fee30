package dev.javapdk.pdk.json;

import dev.javapdk.pdk.internal.Utf8;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * A streaming JSON writer producing compact UTF-8, byte for byte what Jackson-jr
 * ({@code JSON.std.asBytes}, 2.18) writes for the same values:
 *
 * <ul>
 *   <li>no whitespace; commas and colons are added for you;</li>
 *   <li>strings: {@code "} and {@code \} escaped with a backslash; control characters as
 *       {@code \b \t \n \f \r} or <code>&#92;u00XX</code> (upper-case hex); every surrogate, paired or not,
 *       as <code>&#92;uXXXX</code> (so astral characters come out as escaped pairs); everything else,
 *       including {@code /}, DEL, U+2028/U+2029 and other non-ASCII, as raw UTF-8;</li>
 *   <li>{@code double}/{@code float}: the shortest text that reads back as the same value, in
 *       {@code Double.toString}/{@code Float.toString} format of JDK 19+ ({@code 1.0E10},
 *       {@code 1.0E-5}, {@code 0.001}, {@code -0.0}, {@code 4.9E-324}). NaN and the infinities
 *       become the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}, as Jackson
 *       writes them by default ({@link JsonReader#nextDouble()} reads them back);</li>
 *   <li>trees ({@link #tree}): map entries in iteration order, keys by {@code toString()};
 *       map entries whose value is null are left out, as Jackson-jr does by default (see
 *       {@link #writeNullMembers}); nulls in lists are written.</li>
 * </ul>
 *
 * <p>Misuse (a value where a name is due, unbalanced ends, two top-level values) throws
 * {@link IllegalStateException}: it is a bug in the caller, not bad data.
 *
 * <pre>{@code
 * byte[] json = new JsonWriter()
 *         .beginObject()
 *         .name("name").value("Zoë")
 *         .name("scores").beginArray().value(1).value(2.5).endArray()
 *         .endObject()
 *         .toByteArray(); // {"name":"Zoë","scores":[1,2.5]}
 * }</pre>
 */
public final class JsonWriter {
    private static final byte EMPTY_DOCUMENT = 0;
    private static final byte DONE_DOCUMENT = 1;
    private static final byte EMPTY_ARRAY = 2;
    private static final byte ARRAY = 3;
    private static final byte EMPTY_OBJECT = 4;
    private static final byte OBJECT = 5;
    /** In an object, after a name: the value is due. */
    private static final byte NAMED = 6;

    /** A string, not a byte[]: an array initializer would give the class a static initializer. */
    private static final String HEX = "0123456789ABCDEF";

    private byte[] buf = new byte[128];
    private int len;
    private byte[] scopes = new byte[16];
    private int depth;
    private int maxDepth = 1000;
    private boolean writeNullMembers;

    /** An empty writer, ready for one top-level value. */
    public JsonWriter() {}

    /**
     * Whether {@link #tree} writes map entries whose value is null ({@code "a":null}). Off by
     * default, like Jackson-jr's {@code JSON.std} ({@code WRITE_NULL_PROPERTIES} disabled).
     */
    public JsonWriter writeNullMembers(boolean write) {
        this.writeNullMembers = write;
        return this;
    }

    /**
     * The deepest nesting of arrays and objects allowed (default 1000); deeper throws
     * {@link JsonException}. It also stops {@link #tree} on a map or list that contains itself.
     */
    public JsonWriter maxDepth(int levels) {
        this.maxDepth = levels;
        return this;
    }

    /** Opens an array: its elements follow. */
    public JsonWriter beginArray() {
        beforeValue();
        push(EMPTY_ARRAY);
        put('[');
        return this;
    }

    /** Closes the current array. */
    public JsonWriter endArray() {
        return close(EMPTY_ARRAY, ARRAY, ']');
    }

    /** Opens an object: name/value pairs follow. */
    public JsonWriter beginObject() {
        beforeValue();
        push(EMPTY_OBJECT);
        put('{');
        return this;
    }

    /** Closes the current object. */
    public JsonWriter endObject() {
        return close(EMPTY_OBJECT, OBJECT, '}');
    }

    /** The next member's name; its value must follow. */
    public JsonWriter name(String name) {
        beforeName();
        string(name);
        put(':');
        return this;
    }

    /** The name {@code names.get(index)}, copied pre-escaped: the cheap way for known names. */
    public JsonWriter name(JsonNames names, int index) {
        beforeName();
        byte[] quoted = names.quoted(index);
        ensure(quoted.length + 1);
        System.arraycopy(quoted, 0, buf, len, quoted.length);
        len += quoted.length;
        buf[len++] = ':';
        return this;
    }

    /** A string, or null. */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(value);
        return this;
    }

    /** An integer, exactly (also for int, short, byte). */
    public JsonWriter value(long value) {
        beforeValue();
        ensure(20);
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                ascii("-9223372036854775808");
                return this;
            }
            buf[len++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
            digits++;
        }
        for (int i = len + digits - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + (int) (value % 10));
            value /= 10;
        }
        len += digits;
        return this;
    }

    /** A double in shortest round-trip form; NaN and infinities as strings (see class doc). */
    public JsonWriter value(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value(nonFinite(value));
        }
        beforeValue();
        ensure(DoubleFormat.MAX_LENGTH);
        len = DoubleFormat.write(value, buf, len);
        return this;
    }

    /** A float in shortest round-trip form (as a float: 0.1f is {@code 0.1}). */
    public JsonWriter value(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return value(nonFinite(value));
        }
        beforeValue();
        ensure(DoubleFormat.MAX_LENGTH);
        len = DoubleFormat.write(value, buf, len);
        return this;
    }

    /** {@code true} or {@code false}. */
    public JsonWriter value(boolean value) {
        beforeValue();
        ascii(value ? "true" : "false");
        return this;
    }

    /** A boolean, or null. */
    public JsonWriter value(Boolean value) {
        return value == null ? nullValue() : value(value.booleanValue());
    }

    /**
     * A number, or null: Long, Integer, Short and Byte as integers, Double and Float as above,
     * {@link JsonNumber} by its text.
     *
     * <p>BigInteger and BigDecimal are not taken directly: on TeaVM, a {@code toString()} call on a
     * receiver that may be a Double links the platform's double printer (about 35 KB of wasm), and
     * naming the big-number classes links their arithmetic. Pass {@code new JsonNumber(big.toString())}.
     *
     * @throws JsonException for other Number types
     */
    public JsonWriter value(Number value) {
        if (value == null) {
            return nullValue();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value(value.longValue());
        }
        if (value instanceof Double) {
            return value(value.doubleValue());
        }
        if (value instanceof Float) {
            return value(value.floatValue());
        }
        if (value instanceof JsonNumber) {
            beforeValue();
            ascii(((JsonNumber) value).toString());
            return this;
        }
        throw new JsonException("JsonWriter: cannot write a " + value.getClass().getName()
                + " (wrap big numbers as new JsonNumber(value.toString()))");
    }

    /** {@code null}. */
    public JsonWriter nullValue() {
        beforeValue();
        ascii("null");
        return this;
    }

    /**
     * Writes a tree of values (what {@link Json#parse} returns, or built by hand): Map (an object),
     * Iterable and Object[], int[], long[] (arrays), String and other CharSequence, Character,
     * char[] and Enum (strings, the enum by {@code toString()} as Jackson-jr does), Number, Boolean
     * and null. Map keys may be strings, characters, enums, integers, booleans or null. Iterative,
     * so depth is bounded only by {@link #maxDepth}.
     *
     * @throws JsonException for any other type (there is no reflection on the plug-in's wasm
     *                       target: write such objects field by field)
     */
    public JsonWriter tree(Object value) {
        // Open containers: an Iterator (of map entries or elements) or an Object[] with an index.
        Object[] frames = new Object[8];
        int[] indexes = new int[8];
        int top = 0;
        Object next = value;
        while (true) {
            Object frame = open(next);
            if (frame != null) {
                if (top == frames.length) {
                    frames = Arrays.copyOf(frames, top * 2);
                    indexes = Arrays.copyOf(indexes, top * 2);
                }
                frames[top] = frame;
                indexes[top++] = 0;
            }
            boolean found = false;
            while (top > 0) {
                frame = frames[top - 1];
                if (frame instanceof Object[]) {
                    Object[] array = (Object[]) frame;
                    int index = indexes[top - 1];
                    if (index < array.length) {
                        next = array[index];
                        indexes[top - 1] = index + 1;
                        found = true;
                        break;
                    }
                } else if (scopes[depth] == ARRAY || scopes[depth] == EMPTY_ARRAY) {
                    Iterator<?> elements = (Iterator<?>) frame;
                    if (elements.hasNext()) {
                        next = elements.next();
                        found = true;
                        break;
                    }
                } else {
                    Iterator<?> entries = (Iterator<?>) frame;
                    while (entries.hasNext()) {
                        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) entries.next();
                        next = entry.getValue();
                        if (next != null || writeNullMembers) {
                            Object key = entry.getKey();
                            name(key instanceof String ? (String) key : keyText(key));
                            found = true;
                            break;
                        }
                    }
                    if (found) {
                        break;
                    }
                }
                if (scopes[depth] == ARRAY || scopes[depth] == EMPTY_ARRAY) {
                    endArray();
                } else {
                    endObject();
                }
                frames[--top] = null;
            }
            if (!found) {
                return this;
            }
        }
    }

    /**
     * A map key that is not a String, as Jackson-jr writes it ({@code toString()}). Only scalar key
     * types: a {@code toString()} call on an arbitrary Object would make TeaVM link every
     * toString() in the program, the platform's double printer (35 KB) included.
     */
    private static String keyText(Object key) {
        if (key == null) {
            return "null";
        }
        if (key instanceof CharSequence) {
            return ((CharSequence) key).toString();
        }
        if (key instanceof Character) {
            return String.valueOf(((Character) key).charValue());
        }
        if (key instanceof Enum) {
            return ((Enum<?>) key).toString();
        }
        if (key instanceof Long || key instanceof Integer || key instanceof Short || key instanceof Byte) {
            return Long.toString(((Number) key).longValue());
        }
        if (key instanceof Boolean) {
            return ((Boolean) key).booleanValue() ? "true" : "false";
        }
        throw new JsonException(
                "JsonWriter: cannot write a map key of type " + key.getClass().getName());
    }

    /** Writes a scalar, or opens a container and returns what iterates it; null when done. */
    private Object open(Object value) {
        if (value == null) {
            nullValue();
        } else if (value instanceof String) {
            value((String) value);
        } else if (value instanceof Number) {
            value((Number) value);
        } else if (value instanceof Boolean) {
            value(((Boolean) value).booleanValue());
        } else if (value instanceof Map) {
            beginObject();
            return ((Map<?, ?>) value).entrySet().iterator();
        } else if (value instanceof Iterable) {
            beginArray();
            return ((Iterable<?>) value).iterator();
        } else if (value instanceof Object[]) {
            beginArray();
            return value;
        } else if (value instanceof CharSequence) {
            value(((CharSequence) value).toString());
        } else if (value instanceof Character) {
            value(String.valueOf(((Character) value).charValue()));
        } else if (value instanceof Enum) {
            value(((Enum<?>) value).toString());
        } else if (value instanceof char[]) {
            value(new String((char[]) value));
        } else if (value instanceof int[]) {
            beginArray();
            for (int element : (int[]) value) {
                value(element);
            }
            endArray();
        } else if (value instanceof long[]) {
            beginArray();
            for (long element : (long[]) value) {
                value(element);
            }
            endArray();
        } else if (!Bindings.write(this, value)) {
            throw new JsonException(
                    "JsonWriter: cannot write a " + value.getClass().getName()
                            + " (no reflection here: records and POJOs are written by readers and writers the build "
                            + "generates for exported functions' types and for Json.read(bytes, Type.class) calls)");
        }
        return null;
    }

    /** The bytes written so far, which must form one complete JSON value. */
    public byte[] toByteArray() {
        if (depth != 0 || scopes[0] != DONE_DOCUMENT) {
            throw new IllegalStateException("JsonWriter: incomplete JSON ("
                    + (depth != 0 ? depth + " unclosed arrays/objects)" : "no value written)"));
        }
        return Arrays.copyOf(buf, len);
    }

    /** The number of bytes written so far. */
    public int size() {
        return len;
    }

    /** The bytes written so far, decoded; for debugging and tests. */
    @Override
    public String toString() {
        return Utf8.decode(buf, 0, len);
    }

    private void beforeValue() {
        switch (scopes[depth]) {
            case EMPTY_DOCUMENT:
                scopes[depth] = DONE_DOCUMENT;
                break;
            case EMPTY_ARRAY:
                scopes[depth] = ARRAY;
                break;
            case ARRAY:
                put(',');
                break;
            case NAMED:
                scopes[depth] = OBJECT;
                break;
            case DONE_DOCUMENT:
                throw new IllegalStateException("JsonWriter: a second top-level value");
            default:
                throw new IllegalStateException("JsonWriter: a value in an object needs a name() first");
        }
    }

    private void beforeName() {
        byte scope = scopes[depth];
        if (scope == OBJECT) {
            put(',');
        } else if (scope != EMPTY_OBJECT) {
            throw new IllegalStateException(
                    scope == NAMED
                            ? "JsonWriter: name() after name(), a value is due"
                            : "JsonWriter: name() outside an object");
        }
        scopes[depth] = NAMED;
    }

    private void push(byte scope) {
        if (depth >= maxDepth) {
            throw new JsonException("JsonWriter: more than " + maxDepth
                    + " nested arrays/objects (a map or list that contains itself?)");
        }
        if (++depth == scopes.length) {
            scopes = Arrays.copyOf(scopes, depth * 2);
        }
        scopes[depth] = scope;
    }

    private JsonWriter close(byte empty, byte nonEmpty, char bracket) {
        byte scope = scopes[depth];
        if (depth == 0 || scope != empty && scope != nonEmpty) {
            throw new IllegalStateException("JsonWriter: '" + bracket + "' does not close the current "
                    + (depth == 0
                            ? "document"
                            : scope == NAMED ? "member (its value is missing)" : scope <= ARRAY ? "array" : "object"));
        }
        depth--;
        put(bracket);
        return this;
    }

    private static String nonFinite(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }

    private void put(char c) {
        ensure(1);
        buf[len++] = (byte) c;
    }

    /** Appends an ASCII string. */
    private void ascii(String text) {
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) text.charAt(i);
        }
    }

    /** Appends {@code text} as a quoted, escaped JSON string (see the class doc). */
    private void string(String text) {
        int n = text.length();
        ensure(n + 2);
        buf[len++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (len > buf.length - 7) {
                ensure(7);
            }
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    buf[len++] = (byte) c;
                } else {
                    escape(c);
                }
            } else if (c < 0x800) {
                buf[len++] = (byte) (0xC0 | c >> 6);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                // Jackson 2.18 escapes surrogates instead of combining pairs into 4-byte UTF-8.
                escape(c);
            } else {
                buf[len++] = (byte) (0xE0 | c >> 12);
                buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            }
        }
        ensure(1);
        buf[len++] = '"';
    }

    private void escape(char c) {
        buf[len++] = '\\';
        switch (c) {
            case '"':
            case '\\':
                buf[len++] = (byte) c;
                return;
            case '\b':
                buf[len++] = 'b';
                return;
            case '\t':
                buf[len++] = 't';
                return;
            case '\n':
                buf[len++] = 'n';
                return;
            case '\f':
                buf[len++] = 'f';
                return;
            case '\r':
                buf[len++] = 'r';
                return;
            default:
                buf[len++] = 'u';
                buf[len++] = (byte) HEX.charAt(c >> 12);
                buf[len++] = (byte) HEX.charAt(c >> 8 & 0xF);
                buf[len++] = (byte) HEX.charAt(c >> 4 & 0xF);
                buf[len++] = (byte) HEX.charAt(c & 0xF);
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /** {@code text} as a quoted JSON string, for {@link JsonNames}. */
    static byte[] quote(String text) {
        JsonWriter writer = new JsonWriter();
        writer.string(text);
        return Arrays.copyOf(writer.buf, writer.len);
    }

    /** Whether {@code s} is a number in JSON syntax: {@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}. */
    static boolean isJsonNumber(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i == n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else {
            int start = i;
            i = digits(s, i);
            if (i == start) {
                return false;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            i = digits(s, i);
            if (i == start) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            i = digits(s, i);
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    private static int digits(CharSequence s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
