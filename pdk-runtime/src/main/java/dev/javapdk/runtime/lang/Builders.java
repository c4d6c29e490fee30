package dev.javapdk.runtime.lang;

import java.io.IOException;

/**
 * {@code StringBuilder} with the JDK's behaviour where TeaVM's class library differs. Internal:
 * the build runs the checks before TeaVM's own code ({@code insert} at an offset beyond the end
 * corrupted the builder, {@code setLength} to more than the length did not pad with {@code '\0'})
 * and fixes {@code reverse}, which split surrogate pairs.
 *
 * <pre>{@code
 * new StringBuilder("a\uD83C\uDF0D").reverse();  // "\uD83C\uDF0Da", the pair kept in order
 * new StringBuilder().insert(3, "x");              // StringIndexOutOfBoundsException
 * }</pre>
 */
public final class Builders {
    private Builders() {}

    /** Before {@code insert(offset, ...)}. */
    public static void checkOffset(CharSequence sb, int offset) {
        if (offset < 0 || offset > sb.length()) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + sb.length());
        }
    }

    /** Before {@code setCharAt(index, c)}. */
    public static void checkIndex(CharSequence sb, int index) {
        if (index < 0 || index >= sb.length()) {
            throw new StringIndexOutOfBoundsException("index " + index + ",length " + sb.length());
        }
    }

    /** Before {@code substring(start, end)}. */
    public static void checkSubstring(CharSequence sb, int start, int end) {
        if (start < 0 || start > end || end > sb.length()) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + sb.length());
        }
    }

    /** Before {@code substring(start)}. */
    public static void checkSubstring(CharSequence sb, int start) {
        checkSubstring(sb, start, sb.length());
    }

    /** Before {@code appendCodePoint(cp)}. */
    public static void checkCodePoint(CharSequence sb, int codePoint) {
        if (!Character.isValidCodePoint(codePoint)) {
            // Hexadecimal digits in uppercase, without String.toUpperCase and its tables.
            char[] hex = new char[8];
            int n = 0;
            for (int shift = 28; shift >= 0; shift -= 4) {
                int digit = (codePoint >>> shift) & 15;
                if (n > 0 || digit != 0 || shift == 0) {
                    hex[n++] = "0123456789ABCDEF".charAt(digit);
                }
            }
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + new String(hex, 0, n));
        }
    }

    /** Before {@code setLength(length)}: grows the builder with '\0', as TeaVM's only moves its end. */
    public static void setLength(CharSequence sb, int length) {
        if (length < 0) {
            throw new StringIndexOutOfBoundsException("String index out of range: " + length);
        }
        try {
            for (int n = sb.length(); n < length; n++) {
                ((Appendable) sb).append('\0');
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After TeaVM's {@code reverse()}: surrogate pairs back in order (high, low), as the JDK keeps them. */
    public static void reversed(StringBuilder sb) {
        for (int i = 0; i < sb.length() - 1; i++) {
            char low = sb.charAt(i);
            char high = sb.charAt(i + 1);
            if (Character.isLowSurrogate(low) && Character.isHighSurrogate(high)) {
                sb.setCharAt(i, high);
                sb.setCharAt(i + 1, low);
                i++;
            }
        }
    }

    /** {@code indexOf(str, from)}: a negative {@code from} counts as 0. */
    public static int indexOf(CharSequence sb, String str, int from) {
        int last = sb.length() - str.length();
        for (int i = Math.max(from, 0); i <= last; i++) {
            if (matchesAt(sb, str, i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code lastIndexOf(str, from)}. */
    public static int lastIndexOf(CharSequence sb, String str, int from) {
        for (int i = Math.min(from, sb.length() - str.length()); i >= 0; i--) {
            if (matchesAt(sb, str, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(CharSequence sb, String str, int at) {
        for (int j = 0; j < str.length(); j++) {
            if (sb.charAt(at + j) != str.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
