package dev.javapdk.pdk.json;

import dev.javapdk.pdk.PluginException;

/**
 * Malformed JSON, or JSON that does not have the expected shape. Being a {@link PluginException},
 * it reaches the host as its message alone, which says what went wrong and where:
 *
 * <ul>
 *   <li>syntax: {@code malformed JSON at line 3, column 14 (byte 41): expected ',' or '}' after
 *       object member, got 'x'} (lines and columns count from 1, columns in characters; the byte
 *       offset counts from 0);</li>
 *   <li>shape: {@code $.items[3].price: expected number, got string} or
 *       {@code $.name: missing required property}, with the value's path in JSONPath notation
 *       ({@code $['odd key']} for names that are not identifiers).</li>
 * </ul>
 *
 * <pre>{@code
 * try {
 *     Object tree = Json.parse(bytes);
 * } catch (JsonException e) {
 *     Log.warn("bad input: " + e.getMessage() + " at " + e.path());
 *     throw e;
 * }
 * }</pre>
 */
public class JsonException extends PluginException {
    private final String path;
    private final int offset;
    private final int line;
    private final int column;

    /** An error without a location, e.g. from a writer or from checks of your own. */
    public JsonException(String message) {
        this(message, null, -1, -1, -1);
    }

    /** An error at a place in the input; {@link JsonReader#error(String)} builds these for you. */
    public JsonException(String message, String path, int offset, int line, int column) {
        super(message);
        this.path = path;
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** The JSONPath of the value concerned, e.g. {@code $.items[3]}, or null if unknown. */
    public String path() {
        return path;
    }

    /** The byte offset (from 0) in the input, or -1 if unknown. */
    public int offset() {
        return offset;
    }

    /** The line (from 1) in the input, or -1 if unknown. */
    public int line() {
        return line;
    }

    /** The column (from 1, in characters) in the input, or -1 if unknown. */
    public int column() {
        return column;
    }
}
