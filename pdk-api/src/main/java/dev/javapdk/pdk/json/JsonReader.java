package dev.javapdk.pdk.json;

import dev.javapdk.pdk.internal.Utf8;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict streaming (pull) reader of one RFC 8259 JSON text in UTF-8, for hand-written and
 * generated code. It never recurses, so no input can overflow the stack: nesting beyond
 * {@link #maxDepth} (default 1000) is a {@link JsonException}.
 *
 * <p>The model is Gson's: {@link #peek()} says what comes next; {@code begin…}/{@code end…},
 * {@link #nextName()} and {@code next…} consume it; {@link #hasNext()} says whether the current
 * array or object has more. A method meeting the wrong kind of token throws a {@link JsonException}
 * naming the path ({@code $.items[3].price: expected number, got string}) and consumes nothing.
 * The path costs nothing until an error asks for it: the reader keeps an array index or the byte
 * offset of the member's name per level and decodes names only to build the message.
 *
 * <p>What it accepts, and decisions where RFC 8259 leaves room:
 * <ul>
 *   <li>exactly one value, any type, surrounded by optional whitespace (space, tab, CR, LF); a
 *       leading UTF-8 byte order mark is skipped (RFC 8259 section 8.1 allows it; Jackson does
 *       the same); anything else after the value is an error;</li>
 *   <li>the whole input is validated, including skipped values: invalid UTF-8 (overlong forms,
 *       encoded surrogates, above U+10FFFF) and unescaped control characters are errors with their
 *       byte offset;</li>
 *   <li>a <code>&#92;u</code> escape of a lone surrogate is an error unless {@link #allowLoneSurrogates}:
 *       such a String cannot be encoded as UTF-8, and I-JSON (RFC 7493) forbids it;</li>
 *   <li>no leading zeros, {@code +1}, {@code .5}, {@code 1.}, NaN or trailing commas;</li>
 *   <li>duplicate names: {@link #readTree()} rejects them unless {@link #allowDuplicateKeys}, then
 *       the last one wins (Jackson-jr 2.18 {@code JSON.std} rejects them too); code reading
 *       objects member by member sees every member and decides itself, see
 *       {@link #duplicateProperty()}.</li>
 * </ul>
 *
 * <p>Numbers: {@link #nextLong()}/{@link #nextInt()} are exact, accept integral values written
 * with a fraction or exponent ({@code 1.0}, {@code 2e3}) and reject others and values out of
 * range; {@link #nextDouble()} is correctly rounded (round half to even, like the JVM's
 * {@code Double.parseDouble}). After a {@link JsonException} for malformed input the reader is
 * unusable; after one for a wrong type it is where it was (e.g. {@link #skipValue()} works).
 *
 * <pre>{@code
 * JsonReader r = new JsonReader(Input.bytes());
 * List<String> tags = new ArrayList<>();
 * r.beginObject();
 * while (r.hasNext()) {
 *     if (r.nextName().equals("tags")) {
 *         r.beginArray();
 *         while (r.hasNext()) {
 *             tags.add(r.nextString());
 *         }
 *         r.endArray();
 *     } else {
 *         r.skipValue();
 *     }
 * }
 * r.endObject();
 * r.endDocument();
 * }</pre>
 */
public final class JsonReader {
    /** {@link #peek()}: {@code [}. */
    public static final int BEGIN_ARRAY = 1;
    /** {@link #peek()}: {@code ]}. */
    public static final int END_ARRAY = 2;
    /** {@link #peek()}: <code>{</code>. */
    public static final int BEGIN_OBJECT = 3;
    /** {@link #peek()}: <code>}</code>. */
    public static final int END_OBJECT = 4;
    /** {@link #peek()}: a member's name, in an object. */
    public static final int NAME = 5;
    /** {@link #peek()}: a string value. */
    public static final int STRING = 6;
    /** {@link #peek()}: a number. */
    public static final int NUMBER = 7;
    /** {@link #peek()}: {@code true} or {@code false}. */
    public static final int BOOLEAN = 8;
    /** {@link #peek()}: {@code null}. */
    public static final int NULL = 9;
    /** {@link #peek()}: the end of the input, after the top-level value. */
    public static final int END_DOCUMENT = 10;

    private static final int NONE = 0;

    private static final byte EMPTY_DOCUMENT = 0;
    private static final byte DONE_DOCUMENT = 1;
    private static final byte EMPTY_ARRAY = 2;
    private static final byte ARRAY = 3;
    private static final byte EMPTY_OBJECT = 4;
    private static final byte OBJECT = 5;
    /** In an object, after a name: the value is next. */
    private static final byte NAMED = 6;

    private final byte[] in;
    private final int start;
    private final int end;
    private int pos;

    /** The token peek() found, or NONE. */
    private int peeked;

    private boolean peekedTrue;
    /** Where the peeked (or last consumed) token starts and ends; -1 for unscanned strings. */
    private int tokenStart;

    private int tokenEnd;
    /** The number token has neither fraction nor exponent. */
    private boolean integral;

    /** Per open container (index 0 is the document): its state, and the current element's index
     *  (arrays) or the offset of the current member's name (objects), -1 if none yet. */
    private byte[] scopes = new byte[32];

    private int[] marks = new int[32];
    private int depth;

    private int maxDepth = 1000;
    private boolean allowDuplicateKeys;
    private boolean allowLoneSurrogates;

    /** The last decoded string. */
    private char[] chars = new char[64];

    private int charCount;
    /** Set by the last scanned string to the offset after its closing quote. */
    private int stringEnd;

    /** A reader of the whole array. The array is not copied: don't change it while reading. */
    public JsonReader(byte[] json) {
        this(json, 0, json.length);
    }

    /** A reader of {@code json[offset..offset+length)}; offsets in errors count from {@code offset}. */
    public JsonReader(byte[] json, int offset, int length) {
        if (offset < 0 || length < 0 || length > json.length - offset) {
            throw new IndexOutOfBoundsException("JsonReader: bad range " + offset + "+" + length);
        }
        this.in = json;
        this.start = offset;
        this.end = offset + length;
        this.pos = offset;
    }

    /** A reader of the UTF-8 encoding of {@code json}. */
    public static JsonReader of(String json) {
        return new JsonReader(Utf8.encode(json));
    }

    /** The deepest nesting of arrays and objects accepted (default 1000). */
    public JsonReader maxDepth(int levels) {
        this.maxDepth = levels;
        return this;
    }

    /** Whether {@link #readTree()} accepts duplicate names, the last one winning (default: no). */
    public JsonReader allowDuplicateKeys(boolean allow) {
        this.allowDuplicateKeys = allow;
        return this;
    }

    /** See {@link #allowDuplicateKeys}; generated readers of objects consult it. */
    public boolean allowsDuplicateKeys() {
        return allowDuplicateKeys;
    }

    /** Whether a <code>&#92;u</code> escape of a lone surrogate becomes that char (default: error). */
    public JsonReader allowLoneSurrogates(boolean allow) {
        this.allowLoneSurrogates = allow;
        return this;
    }

    // ---------------------------------------------------------------- structure

    /** The kind of the next token, one of the constants of this class; consumes nothing. */
    public int peek() {
        return peeked != NONE ? peeked : doPeek();
    }

    /** Whether the current array or object has another element or member. */
    public boolean hasNext() {
        int p = peek();
        return p != END_ARRAY && p != END_OBJECT && p != END_DOCUMENT;
    }

    /** Consumes {@code [}; then read elements while {@link #hasNext()}. */
    public void beginArray() {
        if (peek() != BEGIN_ARRAY) {
            throw typeError("array");
        }
        push(EMPTY_ARRAY);
        consume();
    }

    /** Consumes {@code ]}: the array must have no more elements. */
    public void endArray() {
        if (peek() != END_ARRAY) {
            throw typeError("end of array");
        }
        consume();
        depth--;
    }

    /** Consumes <code>{</code>; then read names and values while {@link #hasNext()}. */
    public void beginObject() {
        if (peek() != BEGIN_OBJECT) {
            throw typeError("object");
        }
        push(EMPTY_OBJECT);
        consume();
    }

    /** Consumes <code>}</code>: the object must have no more members. */
    public void endObject() {
        if (peek() != END_OBJECT) {
            throw typeError("end of object");
        }
        consume();
        depth--;
    }

    /** The next member's name. */
    public String nextName() {
        if (peek() != NAME) {
            throw typeError("property name");
        }
        scanString(tokenStart, true);
        String name = new String(chars, 0, charCount);
        named();
        return name;
    }

    /**
     * The index in {@code names} of the next member's name, or -1 if it is none of them (then
     * read or {@link #skipValue() skip} the value as usual). Allocates nothing unless the name
     * contains escapes.
     */
    public int nextName(JsonNames names) {
        if (peek() != NAME) {
            throw typeError("property name");
        }
        int index;
        if (scanString(tokenStart, false)) {
            scanString(tokenStart, true);
            index = names.indexOf(new String(chars, 0, charCount));
        } else {
            index = names.find(in, tokenStart + 1, stringEnd - 1);
        }
        named();
        return index;
    }

    /** Checks that the top-level value was the whole input (whitespace aside). */
    public void endDocument() {
        if (depth != 0) {
            throw new IllegalStateException("JsonReader: endDocument() inside an array or object");
        }
        if (peek() != END_DOCUMENT) {
            throw typeError("end of input");
        }
    }

    // ---------------------------------------------------------------- values

    /** A string value (not a number or null: no coercion). */
    public String nextString() {
        if (peek() != STRING) {
            throw typeError("string");
        }
        scanString(tokenStart, true);
        tokenEnd = stringEnd;
        consume();
        return new String(chars, 0, charCount);
    }

    /** {@code true} or {@code false}. */
    public boolean nextBoolean() {
        if (peek() != BOOLEAN) {
            throw typeError("boolean");
        }
        consume();
        return peekedTrue;
    }

    /** Consumes a {@code null}. */
    public void nextNull() {
        if (peek() != NULL) {
            throw typeError("null");
        }
        consume();
    }

    /** Consumes a {@code null} and returns true, or returns false and consumes nothing. */
    public boolean nextIfNull() {
        if (peek() != NULL) {
            return false;
        }
        consume();
        return true;
    }

    /**
     * An integer in the long range, exactly. {@code 1.0} and {@code 1e3} are accepted (their
     * values are integers); {@code 1.5} and {@code 1e19} are errors naming the path.
     */
    public long nextLong() {
        if (peek() != NUMBER) {
            throw typeError("integer");
        }
        long value = integer("long");
        consume();
        return value;
    }

    /** An integer in the int range, as {@link #nextLong()}. */
    public int nextInt() {
        if (peek() != NUMBER) {
            throw typeError("integer");
        }
        long value = integer("int");
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw outOfRange("int");
        }
        consume();
        return (int) value;
    }

    /**
     * The double nearest to the number (correctly rounded); an error if it is beyond the double
     * range. Also accepts the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"},
     * which {@link JsonWriter} (like Jackson) writes for those values.
     */
    public double nextDouble() {
        int p = peek();
        if (p == NUMBER) {
            double value = DoubleParse.parse(in, tokenStart, tokenEnd, false);
            if (Double.isInfinite(value)) {
                throw outOfRange("double");
            }
            consume();
            return value;
        }
        if (p == STRING) {
            double value = nonFinite();
            if (value != 0) {
                consume();
                return value;
            }
        }
        throw typeError("number");
    }

    /** The float nearest to the number (correctly rounded, not via double); see {@link #nextDouble()}. */
    public float nextFloat() {
        int p = peek();
        if (p == NUMBER) {
            float value = (float) DoubleParse.parse(in, tokenStart, tokenEnd, true);
            if (Float.isInfinite(value)) {
                throw outOfRange("float");
            }
            consume();
            return value;
        }
        if (p == STRING) {
            double value = nonFinite();
            if (value != 0) {
                consume();
                return (float) value;
            }
        }
        throw typeError("number");
    }

    /** The number's text as it is in the input, e.g. for {@code new BigDecimal(...)}. */
    public String nextNumberText() {
        if (peek() != NUMBER) {
            throw typeError("number");
        }
        String text = ascii(tokenStart, tokenEnd);
        consume();
        return text;
    }

    /**
     * The next value as a tree: objects as {@code LinkedHashMap<String, Object>} (in input order),
     * arrays as {@code ArrayList<Object>}, strings, {@code Boolean}, null, and numbers as
     * {@code Long} (integer syntax within the long range), {@code Double} (anything else within the
     * double range; {@code 1.0} stays a Double) or {@link JsonNumber} (integers beyond the long
     * range and numbers beyond the double range, kept as text so they write back unchanged).
     * Iterative: nesting costs heap, not stack.
     */
    public Object readTree() {
        Object[] containers = new Object[8];
        String[] keys = new String[8];
        int top = 0;
        while (true) {
            Object value;
            int p = peek();
            if (p == BEGIN_ARRAY || p == BEGIN_OBJECT) {
                if (p == BEGIN_ARRAY) {
                    beginArray();
                } else {
                    beginObject();
                }
                if (top == containers.length) {
                    containers = Arrays.copyOf(containers, top * 2);
                    keys = Arrays.copyOf(keys, top * 2);
                }
                containers[top++] = p == BEGIN_ARRAY ? new ArrayList<>() : new LinkedHashMap<>();
                continue;
            } else if (p == NAME && top > 0) {
                keys[top - 1] = nextName();
                continue;
            } else if ((p == END_ARRAY || p == END_OBJECT) && top > 0) {
                if (p == END_ARRAY) {
                    endArray();
                } else {
                    endObject();
                }
                value = containers[--top];
                containers[top] = null;
            } else if (p == STRING) {
                value = nextString();
            } else if (p == NUMBER) {
                value = numberValue();
                consume();
            } else if (p == BOOLEAN) {
                value = nextBoolean() ? Boolean.TRUE : Boolean.FALSE;
            } else if (p == NULL) {
                nextNull();
                value = null;
            } else {
                throw typeError("value");
            }
            if (top == 0) {
                return value;
            }
            Object parent = containers[top - 1];
            if (parent instanceof ArrayList) {
                @SuppressWarnings("unchecked")
                ArrayList<Object> list = (ArrayList<Object>) parent;
                list.add(value);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) parent;
                int size = map.size();
                map.put(keys[top - 1], value);
                if (map.size() == size && !allowDuplicateKeys) {
                    throw duplicateProperty();
                }
            }
        }
    }

    /**
     * Skips the next value, however deeply nested (validating it all the same); at a name, skips
     * the name and its value.
     */
    public void skipValue() {
        int p = peek();
        if (p == NAME) {
            scanString(tokenStart, false);
            named();
            p = peek();
        }
        if (p == END_ARRAY || p == END_OBJECT || p == END_DOCUMENT) {
            throw typeError("value");
        }
        int base = depth;
        do {
            switch (peek()) {
                case BEGIN_ARRAY:
                    beginArray();
                    break;
                case BEGIN_OBJECT:
                    beginObject();
                    break;
                case END_ARRAY:
                    endArray();
                    break;
                case END_OBJECT:
                    endObject();
                    break;
                case NAME:
                case STRING:
                    scanString(tokenStart, false);
                    if (peeked == NAME) {
                        named();
                    } else {
                        tokenEnd = stringEnd;
                        consume();
                    }
                    break;
                default:
                    consume();
            }
        } while (depth > base);
    }

    // ---------------------------------------------------------------- errors and paths

    /**
     * The path of the current value in JSONPath notation: {@code $}, {@code $.items[3].price},
     * {@code $['a b']}. Inside an object it names the member last read (or being read).
     */
    public String path() {
        return path(depth);
    }

    /**
     * An exception {@code <path>: <message>} located at the current token, for checks of your
     * own: {@code throw reader.error("must be positive")}. After reading a value and before
     * peeking at the next, the path and location are those of the value just read.
     */
    public JsonException error(String message) {
        return at(tokenStart, path(), message);
    }

    /**
     * {@code <object path>.<name>: missing required property}. Call it inside the object, after
     * its last member (before {@link #endObject()}).
     */
    public JsonException missingProperty(String name) {
        StringBuilder path = new StringBuilder(path(depth - 1));
        appendName(path, name);
        return at(tokenStart, path.toString(), "missing required property");
    }

    /**
     * {@code <path>: duplicate property}, located at the member's name: for object readers that
     * see a name twice while {@link #allowsDuplicateKeys()} is false.
     */
    public JsonException duplicateProperty() {
        int at = depth > 0 && marks[depth] >= 0 && scopes[depth] >= EMPTY_OBJECT ? marks[depth] : tokenStart;
        return at(at, path(), "duplicate property");
    }

    private JsonException typeError(String expected) {
        return error("expected " + expected + ", got " + describeToken(peeked));
    }

    private static String describeToken(int token) {
        switch (token) {
            case BEGIN_ARRAY:
                return "array";
            case END_ARRAY:
                return "end of array";
            case BEGIN_OBJECT:
                return "object";
            case END_OBJECT:
                return "end of object";
            case NAME:
                return "property name";
            case STRING:
                return "string";
            case NUMBER:
                return "number";
            case BOOLEAN:
                return "boolean";
            case NULL:
                return "null";
            default:
                return "end of input";
        }
    }

    private JsonException at(int offset, String path, String message) {
        long location = lineAndColumn(offset);
        return new JsonException(path + ": " + message, path, offset - start, (int) (location >>> 32), (int) location);
    }

    /** {@code malformed JSON at ...: expected <what>, got <what is at offset>}. */
    private JsonException expected(int offset, String what) {
        return syntax(offset, "expected " + what + ", got " + describe(offset));
    }

    private JsonException syntax(int offset, String detail) {
        return located("malformed JSON", offset, detail);
    }

    private JsonException located(String what, int offset, String detail) {
        long location = lineAndColumn(offset);
        int line = (int) (location >>> 32);
        int column = (int) location;
        return new JsonException(
                what + " at line " + line + ", column " + column + " (byte " + (offset - start) + "): " + detail,
                path(),
                offset - start,
                line,
                column);
    }

    /** Line (high half) and column (low half), both from 1; columns count characters. */
    private long lineAndColumn(int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset && i < end; i++) {
            int b = in[i];
            if (b == '\n' || b == '\r' && (i + 1 >= end || in[i + 1] != '\n')) {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return (long) line << 32 | column;
    }

    /** What is at {@code offset}, for "got X". */
    private String describe(int offset) {
        if (offset >= end) {
            return "end of input";
        }
        int b = in[offset] & 0xFF;
        if (b > 0x20 && b < 0x7F) {
            return "'" + (char) b + "'";
        }
        if (b < 0x80) {
            return b == ' ' ? "' '" : "U+" + hex(b, 4);
        }
        int cp = codePoint(offset);
        if (cp < 0) {
            return "invalid UTF-8 byte 0x" + hex(b, 2);
        }
        StringBuilder text = new StringBuilder("'");
        if (cp >= 0x10000) {
            text.append((char) (0xD7C0 + (cp >> 10))).append((char) (0xDC00 | cp & 0x3FF));
        } else {
            text.append((char) cp);
        }
        return text.append("' (U+").append(hex(cp, 4)).append(')').toString();
    }

    /** Upper-case hex with at least {@code digits} digits (no String.format on TeaVM). */
    private static String hex(int value, int digits) {
        char[] text = new char[8];
        int i = 8;
        while (value != 0 || 8 - i < digits) {
            text[--i] = "0123456789ABCDEF".charAt(value & 0xF);
            value >>>= 4;
        }
        return new String(text, i, 8 - i);
    }

    private String path(int upTo) {
        StringBuilder path = new StringBuilder("$");
        for (int i = 1; i <= upTo; i++) {
            byte scope = scopes[i];
            int mark = marks[i];
            if (mark < 0) {
                continue;
            }
            if (scope == ARRAY) {
                path.append('[').append(mark).append(']');
            } else if (scope == OBJECT || scope == NAMED) {
                scanString(mark, true);
                appendName(path, new String(chars, 0, charCount));
            }
        }
        return path.toString();
    }

    /** {@code .name} for identifiers, else {@code ['name']} with ' and \ escaped. */
    private static void appendName(StringBuilder path, String name) {
        boolean identifier = !name.isEmpty();
        for (int i = 0; i < name.length() && identifier; i++) {
            char c = name.charAt(i);
            identifier = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c == '_'
                    || c == '$'
                    || i > 0 && c >= '0' && c <= '9';
        }
        if (identifier) {
            path.append('.').append(name);
            return;
        }
        path.append("['");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '\\') {
                path.append('\\');
            }
            path.append(c);
        }
        path.append("']");
    }

    private JsonException outOfRange(String type) {
        return error(numberText() + " is out of range for " + type);
    }

    /** The number token's text, shortened for messages. */
    private String numberText() {
        if (tokenEnd - tokenStart <= 40) {
            return ascii(tokenStart, tokenEnd);
        }
        return ascii(tokenStart, tokenStart + 20) + "... (" + (tokenEnd - tokenStart) + " characters)";
    }

    private String ascii(int from, int to) {
        char[] text = new char[to - from];
        for (int i = from; i < to; i++) {
            text[i - from] = (char) in[i];
        }
        return new String(text);
    }

    // ---------------------------------------------------------------- tokenizer

    private int doPeek() {
        int c;
        switch (scopes[depth]) {
            case EMPTY_DOCUMENT:
                if (end - pos >= 3
                        && in[pos] == (byte) 0xEF
                        && in[pos + 1] == (byte) 0xBB
                        && in[pos + 2] == (byte) 0xBF) {
                    pos += 3;
                }
                scopes[0] = DONE_DOCUMENT;
                return value(skipWhitespace(), "a JSON value");
            case DONE_DOCUMENT:
                if (skipWhitespace() < 0) {
                    return token(END_DOCUMENT, pos, pos);
                }
                throw expected(pos, "end of input after the JSON value");
            case EMPTY_ARRAY:
                c = skipWhitespace();
                if (c == ']') {
                    return token(END_ARRAY, pos, pos + 1);
                }
                scopes[depth] = ARRAY;
                marks[depth] = 0;
                return value(c, "a JSON value or ']'");
            case ARRAY:
                c = skipWhitespace();
                if (c == ']') {
                    return token(END_ARRAY, pos, pos + 1);
                }
                if (c != ',') {
                    throw expected(pos, "',' or ']' after array element");
                }
                pos++;
                c = skipWhitespace();
                if (c == ']') {
                    throw syntax(pos, "expected a JSON value after ',', got ']' (trailing commas are not allowed)");
                }
                marks[depth]++;
                return value(c, "a JSON value after ','");
            case EMPTY_OBJECT:
                c = skipWhitespace();
                if (c == '}') {
                    return token(END_OBJECT, pos, pos + 1);
                }
                if (c != '"') {
                    throw expected(pos, "'\"' to start a property name or '}'");
                }
                return token(NAME, pos, -1);
            case OBJECT:
                c = skipWhitespace();
                if (c == '}') {
                    return token(END_OBJECT, pos, pos + 1);
                }
                if (c != ',') {
                    throw expected(pos, "',' or '}' after object member");
                }
                pos++;
                c = skipWhitespace();
                if (c != '"') {
                    throw c == '}'
                            ? syntax(
                                    pos,
                                    "expected '\"' to start a property name after ',', got '}' (trailing commas are not allowed)")
                            : expected(pos, "'\"' to start a property name after ','");
                }
                return token(NAME, pos, -1);
            default:
                c = skipWhitespace();
                if (c != ':') {
                    throw expected(pos, "':' after property name");
                }
                pos++;
                scopes[depth] = OBJECT;
                return value(skipWhitespace(), "a JSON value after ':'");
        }
    }

    /** The byte at pos after whitespace, or -1 at the end. */
    private int skipWhitespace() {
        while (pos < end) {
            int b = in[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b & 0xFF;
            }
            pos++;
        }
        return -1;
    }

    private int token(int kind, int from, int to) {
        tokenStart = from;
        tokenEnd = to;
        peeked = kind;
        return kind;
    }

    private int value(int c, String expected) {
        switch (c) {
            case '{':
                return token(BEGIN_OBJECT, pos, pos + 1);
            case '[':
                return token(BEGIN_ARRAY, pos, pos + 1);
            case '"':
                return token(STRING, pos, -1);
            case 't':
                peekedTrue = true;
                return literal("true", BOOLEAN);
            case 'f':
                peekedTrue = false;
                return literal("false", BOOLEAN);
            case 'n':
                return literal("null", NULL);
            case '-':
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
            case '8':
            case '9':
                return number();
            default:
                throw expected(pos, expected);
        }
    }

    private int literal(String word, int kind) {
        for (int i = 1; i < word.length(); i++) {
            if (pos + i >= end || in[pos + i] != word.charAt(i)) {
                throw expected(pos + i, "'" + word + "'");
            }
        }
        return token(kind, pos, pos + word.length());
    }

    /** Validates the number grammar at pos: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
    private int number() {
        int p = pos;
        if (in[p] == '-') {
            p++;
            if (p >= end || !digit(in[p])) {
                throw expected(p, "a digit after '-'");
            }
        }
        if (in[p] == '0') {
            p++;
            if (p < end && digit(in[p])) {
                throw syntax(p - 1, "leading zeros are not allowed in numbers");
            }
        } else {
            while (p < end && digit(in[p])) {
                p++;
            }
        }
        boolean whole = true;
        if (p < end && in[p] == '.') {
            whole = false;
            p++;
            if (p >= end || !digit(in[p])) {
                throw expected(p, "a digit after '.'");
            }
            while (p < end && digit(in[p])) {
                p++;
            }
        }
        if (p < end && (in[p] == 'e' || in[p] == 'E')) {
            whole = false;
            p++;
            if (p < end && (in[p] == '+' || in[p] == '-')) {
                p++;
            }
            if (p >= end || !digit(in[p])) {
                throw expected(p, "a digit in the exponent");
            }
            while (p < end && digit(in[p])) {
                p++;
            }
        }
        integral = whole;
        return token(NUMBER, pos, p);
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    private void consume() {
        pos = tokenEnd;
        peeked = NONE;
    }

    /** After a name: record it for the path and expect its value. */
    private void named() {
        marks[depth] = tokenStart;
        scopes[depth] = NAMED;
        tokenEnd = stringEnd;
        consume();
    }

    private void push(byte scope) {
        if (depth >= maxDepth) {
            throw located("JSON nested too deeply", tokenStart, "more than " + maxDepth + " nested arrays/objects");
        }
        if (++depth == scopes.length) {
            scopes = Arrays.copyOf(scopes, depth * 2);
            marks = Arrays.copyOf(marks, depth * 2);
        }
        scopes[depth] = scope;
        marks[depth] = -1;
    }

    /**
     * Validates the string whose opening quote is at {@code at}, sets {@link #stringEnd} and, if
     * asked, decodes it into {@link #chars}. Returns whether it has escapes. Leaves the token
     * alone, so that error paths can decode names with it.
     */
    private boolean scanString(int at, boolean decode) {
        byte[] in = this.in;
        char[] out = chars;
        int n = 0;
        int p = at + 1;
        boolean escaped = false;
        while (true) {
            if (p >= end) {
                throw syntax(p, "unterminated string (it starts at byte " + (at - start) + ")");
            }
            if (n > out.length - 2) {
                out = chars = Arrays.copyOf(out, out.length * 2);
            }
            int b = in[p];
            if (b >= 0x20 && b != '"' && b != '\\') {
                // Printable ASCII, the common case.
                out[n] = (char) b;
                n += decode ? 1 : 0;
                p++;
            } else if (b == '"') {
                break;
            } else if (b == '\\') {
                escaped = true;
                int c = escape(p);
                p += 2;
                if (c < 0) {
                    c = hex4(p);
                    p += 4;
                    if (c >= 0xD800 && c <= 0xDBFF) {
                        int low = p + 6 <= end && in[p] == '\\' && in[p + 1] == 'u' ? hex4(p + 2) : -1;
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            out[n] = (char) c;
                            n += decode ? 1 : 0;
                            c = low;
                            p += 6;
                        } else if (!allowLoneSurrogates) {
                            throw syntax(
                                    p - 6,
                                    "lone surrogate \\u" + hex(c, 4)
                                            + " in a string (no \\u escape of a low surrogate follows)");
                        }
                    } else if (c >= 0xDC00 && c <= 0xDFFF && !allowLoneSurrogates) {
                        throw syntax(
                                p - 6, "lone surrogate \\u" + hex(c, 4) + " in a string (no high surrogate before it)");
                    }
                }
                out[n] = (char) c;
                n += decode ? 1 : 0;
            } else if (b >= 0) {
                throw syntax(p, "control character U+" + hex(b, 4) + " must be escaped in a string");
            } else {
                int cp = codePoint(p);
                if (cp < 0) {
                    throw syntax(
                            p,
                            (b & 0xFF) < 0xC2 || (b & 0xFF) > 0xF4
                                    ? "invalid UTF-8 byte 0x" + hex(b & 0xFF, 2)
                                    : "invalid UTF-8 sequence starting with byte 0x" + hex(b & 0xFF, 2));
                }
                if (cp < 0x800) {
                    p += 2;
                    out[n] = (char) cp;
                } else if (cp < 0x10000) {
                    p += 3;
                    out[n] = (char) cp;
                } else {
                    p += 4;
                    out[n] = (char) (0xD7C0 + (cp >> 10));
                    n += decode ? 1 : 0;
                    out[n] = (char) (0xDC00 | cp & 0x3FF);
                }
                n += decode ? 1 : 0;
            }
        }
        charCount = n;
        stringEnd = p + 1;
        return escaped;
    }

    /** The char of the escape at {@code p} (a backslash), or -1 for <code>&#92;u</code>. */
    private int escape(int p) {
        int c = p + 1 < end ? in[p + 1] : -1;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                return -1;
            default:
                if (c < 0 && p + 1 >= end) {
                    throw syntax(p + 1, "unterminated string");
                }
                throw syntax(p, "invalid escape '\\' followed by " + describe(p + 1) + " in a string");
        }
    }

    /** The 4 hex digits at {@code p}. */
    private int hex4(int p) {
        int value = 0;
        for (int i = p; i < p + 4; i++) {
            int b = i < end ? in[i] : -1;
            int digit = b >= '0' && b <= '9'
                    ? b - '0'
                    : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
            if (digit < 0) {
                throw expected(i, "4 hex digits after \\u");
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /**
     * The code point of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, surrogates or
     * values above U+10FFFF) at {@code p}, whose first byte is not ASCII; -1 if it is malformed.
     */
    private int codePoint(int p) {
        int b0 = in[p] & 0xFF;
        if (b0 < 0xC2 || b0 > 0xF4) {
            return -1;
        }
        if (b0 < 0xE0) {
            int b1 = continuation(p + 1, 0x80, 0xBF);
            return b1 < 0 ? -1 : (b0 & 0x1F) << 6 | b1;
        }
        if (b0 < 0xF0) {
            int b1 = continuation(p + 1, b0 == 0xE0 ? 0xA0 : 0x80, b0 == 0xED ? 0x9F : 0xBF);
            int b2 = continuation(p + 2, 0x80, 0xBF);
            return (b1 | b2) < 0 ? -1 : (b0 & 0x0F) << 12 | b1 << 6 | b2;
        }
        int b1 = continuation(p + 1, b0 == 0xF0 ? 0x90 : 0x80, b0 == 0xF4 ? 0x8F : 0xBF);
        int b2 = continuation(p + 2, 0x80, 0xBF);
        int b3 = continuation(p + 3, 0x80, 0xBF);
        return (b1 | b2 | b3) < 0 ? -1 : (b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | b3;
    }

    /** The low 6 bits of the byte at {@code p} if it is in {@code [min, max]}, else -1. */
    private int continuation(int p, int min, int max) {
        if (p >= end) {
            return -1;
        }
        int b = in[p] & 0xFF;
        return b >= min && b <= max ? b & 0x3F : -1;
    }

    // ---------------------------------------------------------------- numbers

    /**
     * The number token as an exact integer. Reads {@code [-]digits[.digits][e[+-]digits]} as
     * {@code D * 10^scale}, drops D's trailing zeros, and fails unless the result is a whole number
     * within the long range.
     */
    private long integer(String type) {
        int p = tokenStart;
        boolean neg = in[p] == '-';
        if (neg) {
            p++;
        }
        if (integral && tokenEnd - p <= 18) {
            // Fast path: at most 18 digits always fit.
            long value = 0;
            for (; p < tokenEnd; p++) {
                value = value * 10 + (in[p] - '0');
            }
            return neg ? -value : value;
        }
        int intStart = p;
        while (p < tokenEnd && digit(in[p])) {
            p++;
        }
        int intEnd = p;
        int fracStart = p;
        int fracEnd = p;
        if (p < tokenEnd && in[p] == '.') {
            fracStart = ++p;
            while (p < tokenEnd && digit(in[p])) {
                p++;
            }
            fracEnd = p;
        }
        long exp = 0;
        if (p < tokenEnd) {
            p++;
            boolean negExp = in[p] == '-';
            if (negExp || in[p] == '+') {
                p++;
            }
            for (; p < tokenEnd; p++) {
                if (exp < 1_000_000_000L) {
                    exp = exp * 10 + (in[p] - '0');
                }
            }
            if (negExp) {
                exp = -exp;
            }
        }
        // The digits are in[intStart..intEnd) ++ in[fracStart..fracEnd); k indexes them.
        int intLen = intEnd - intStart;
        int total = intLen + fracEnd - fracStart;
        int last = total;
        while (last > 0 && in[last - 1 < intLen ? intStart + last - 1 : fracStart + last - 1 - intLen] == '0') {
            last--;
        }
        if (last == 0) {
            return 0;
        }
        long scale = exp - (fracEnd - fracStart) + (total - last);
        if (scale < 0) {
            throw error("expected integer, got " + numberText());
        }
        int first = 0;
        while (in[first < intLen ? intStart + first : fracStart + first - intLen] == '0') {
            first++;
        }
        if (last - first + scale > 19) {
            throw outOfRange(type);
        }
        // Accumulate negatively, so that Long.MIN_VALUE fits.
        long limit = neg ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long multMin = limit / 10;
        long acc = 0;
        for (int k = first; k < last + scale; k++) {
            int d = k < last ? in[k < intLen ? intStart + k : fracStart + k - intLen] - '0' : 0;
            if (acc < multMin || acc * 10 < limit + d) {
                throw outOfRange(type);
            }
            acc = acc * 10 - d;
        }
        return neg ? acc : -acc;
    }

    /** The number token as a tree value: Long, Double or JsonNumber. */
    private Object numberValue() {
        if (integral) {
            int digits = tokenEnd - tokenStart - (in[tokenStart] == '-' ? 1 : 0);
            if (digits <= 18 || fitsLong()) {
                return Long.valueOf(integer("long"));
            }
            return new JsonNumber(ascii(tokenStart, tokenEnd));
        }
        double value = DoubleParse.parse(in, tokenStart, tokenEnd, false);
        if (Double.isInfinite(value)) {
            return new JsonNumber(ascii(tokenStart, tokenEnd));
        }
        return Double.valueOf(value);
    }

    /** Whether the integral number token of 19 or more digits fits a long. */
    private boolean fitsLong() {
        int p = tokenStart;
        boolean neg = in[p] == '-';
        if (neg) {
            p++;
        }
        // Integer syntax has no leading zeros, so 19 digits is the only length to look at.
        if (tokenEnd - p != 19) {
            return false;
        }
        String max = neg ? "9223372036854775808" : "9223372036854775807";
        for (int i = 0; i < 19; i++) {
            int diff = in[p + i] - max.charAt(i);
            if (diff != 0) {
                return diff < 0;
            }
        }
        return true;
    }

    /** A string token "NaN", "Infinity" or "-Infinity" as that double; 0.0 for any other string. */
    private double nonFinite() {
        scanString(tokenStart, true);
        tokenEnd = stringEnd;
        String text = new String(chars, 0, charCount);
        if (text.equals("NaN")) {
            return Double.NaN;
        }
        if (text.equals("Infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        return text.equals("-Infinity") ? Double.NEGATIVE_INFINITY : 0.0;
    }
}
