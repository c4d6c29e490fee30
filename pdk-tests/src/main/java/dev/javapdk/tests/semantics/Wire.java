package dev.javapdk.tests.semantics;

/**
 * The ASCII wire format between SemanticsDifferentialIT and the plug-in: records separated by
 * {@code '\n'}, fields by {@code '\t'}, every other character outside printable ASCII (and the
 * backslash) as {@code \}{@code uXXXX}. Lossless for any UTF-16 string, lone surrogates included,
 * and written with nothing but {@code charAt}, {@code length} and {@code StringBuilder.append(char)}
 * so that the methods under test do not carry their own input.
 */
public final class Wire {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Wire() {}

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                out.append(c);
            } else {
                out.append('\\').append('u');
                out.append(HEX[(c >> 12) & 15])
                        .append(HEX[(c >> 8) & 15])
                        .append(HEX[(c >> 4) & 15])
                        .append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    public static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append((char) hex(s, i + 2, 4));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits at every {@code separator}: {@code n} separators give {@code n + 1} parts. */
    public static String[] split(String s, char separator) {
        int count = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == separator) {
                count++;
            }
        }
        String[] parts = new String[count];
        int start = 0;
        int part = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == separator) {
                StringBuilder piece = new StringBuilder(i - start);
                for (int j = start; j < i; j++) {
                    piece.append(s.charAt(j));
                }
                parts[part++] = piece.toString();
                start = i + 1;
            }
        }
        return parts;
    }

    /** Fields to one escaped record. */
    public static String record(String... fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(escape(fields[i]));
        }
        return out.toString();
    }

    /** An unsigned hexadecimal number of {@code digits} digits at {@code from}. */
    public static long hex(String s, int from, int digits) {
        long value = 0;
        for (int i = from; i < from + digits; i++) {
            char c = s.charAt(i);
            value = value << 4 | (c <= '9' ? c - '0' : c - 'a' + 10);
        }
        return value;
    }

    /** {@code value} as 16 hexadecimal digits. */
    public static String hex(long value) {
        char[] digits = new char[16];
        for (int i = 15; i >= 0; i--) {
            digits[i] = HEX[(int) (value & 15)];
            value >>>= 4;
        }
        return new String(digits);
    }

    /** A decimal int, parsed without Integer.parseInt (which is under test). */
    public static int decimal(String s) {
        boolean negative = s.charAt(0) == '-';
        long value = 0;
        for (int i = negative ? 1 : 0; i < s.length(); i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return (int) (negative ? -value : value);
    }

    /** {@link #dec(long)}, appended. */
    public static StringBuilder appendDec(StringBuilder out, long value) {
        if (value < 0) {
            out.append('-');
            if (value == Long.MIN_VALUE) {
                return out.append("9223372036854775808");
            }
            value = -value;
        }
        long scale = 1;
        while (scale <= value / 10) {
            scale *= 10;
        }
        for (; scale > 0; scale /= 10) {
            out.append((char) ('0' + (int) (value / scale % 10)));
        }
        return out;
    }

    /** A decimal number, written without Long.toString (which is under test). */
    public static String dec(long value) {
        if (value == Long.MIN_VALUE) {
            return "-9223372036854775808";
        }
        char[] digits = new char[20];
        int at = digits.length;
        long rest = value < 0 ? -value : value;
        do {
            digits[--at] = (char) ('0' + (int) (rest % 10));
            rest /= 10;
        } while (rest != 0);
        if (value < 0) {
            digits[--at] = '-';
        }
        return new String(digits, at, digits.length - at);
    }
}
