package dev.javapdk.pdk.json;

/**
 * The JSON number code as {@code Double.toString} and {@code Double.parseDouble} for the rest of a
 * plug-in. Internal: the build makes TeaVM's {@code Double}, {@code Float} and {@code StringBuilder}
 * call these (pdk-runtime), so that a plug-in prints and parses doubles as the JVM does.
 *
 * <pre>{@code
 * NumberText.toString(1e-5);                       // "1.0E-5", as JDK 19+ prints it
 * NumberText.parse(bytes, 0, bytes.length, false);  // correctly rounded
 * }</pre>
 */
public final class NumberText {
    private NumberText() {}

    /** {@code Double.toString(value)} of JDK 19+: the shortest decimal that rounds to it. */
    public static String toString(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        byte[] buf = new byte[DoubleFormat.MAX_LENGTH];
        return ascii(buf, DoubleFormat.write(value, buf, 0));
    }

    /** {@code Float.toString(value)} of JDK 19+. */
    public static String toString(float value) {
        if (Float.isNaN(value)) {
            return "NaN";
        }
        if (Float.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        byte[] buf = new byte[DoubleFormat.MAX_LENGTH];
        return ascii(buf, DoubleFormat.write(value, buf, 0));
    }

    /**
     * The double nearest to the decimal {@code b[from..to)}, which must have JSON's number syntax
     * ({@code -?digits(.digits)?([eE][+-]?digits)?}); with {@code asFloat} the nearest float.
     */
    public static double parse(byte[] b, int from, int to, boolean asFloat) {
        return DoubleParse.parse(b, from, to, asFloat);
    }

    private static String ascii(byte[] buf, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) buf[i];
        }
        return new String(chars);
    }
}
