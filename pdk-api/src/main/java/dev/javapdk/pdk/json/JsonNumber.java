package dev.javapdk.pdk.json;

/**
 * A JSON number kept as its text because neither {@code Long} nor {@code Double} holds it: what
 * {@link Json#parse} gives for integers beyond the long range ({@code 12345678901234567890}) and
 * for numbers beyond the double range ({@code 1e400}). Writing it puts the same text back, so such
 * numbers survive a parse/write round trip unchanged, without {@code BigInteger}/{@code BigDecimal}
 * (large on TeaVM). Convert it yourself if you need to, e.g. {@code new BigInteger(n.toString())}.
 *
 * <pre>{@code
 * Object id = ((Map<?, ?>) Json.parse("{\"id\":18446744073709551615}")).get("id");
 * if (id instanceof JsonNumber) {
 *     String exact = id.toString(); // "18446744073709551615"
 * }
 * }</pre>
 */
public final class JsonNumber extends Number {
    private static final long serialVersionUID = 1L;

    private final String text;

    /**
     * @param text a number in JSON syntax (RFC 8259 section 6)
     * @throws NumberFormatException if it is not one
     */
    public JsonNumber(String text) {
        if (!JsonWriter.isJsonNumber(text)) {
            throw new NumberFormatException("not a JSON number: \"" + text + "\"");
        }
        this.text = text;
    }

    /** The nearest double (an infinity beyond the double range). */
    @Override
    public double doubleValue() {
        byte[] bytes = ascii();
        return DoubleParse.parse(bytes, 0, bytes.length, false);
    }

    /** The nearest float (an infinity beyond the float range). */
    @Override
    public float floatValue() {
        byte[] bytes = ascii();
        return (float) DoubleParse.parse(bytes, 0, bytes.length, true);
    }

    /** The text's bytes: JSON number syntax is ASCII (no charset machinery, which is large on TeaVM). */
    private byte[] ascii() {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    /** {@code (long) doubleValue()}: saturates at the long range. */
    @Override
    public long longValue() {
        return (long) doubleValue();
    }

    /** {@code (int) doubleValue()}: saturates at the int range. */
    @Override
    public int intValue() {
        return (int) doubleValue();
    }

    /** The number's JSON text. */
    @Override
    public String toString() {
        return text;
    }

    /** Equal texts; {@code 1e400} and {@code 1E400} are different. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber && ((JsonNumber) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
