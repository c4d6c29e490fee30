package dev.javapdk.runtime.lang;

/**
 * {@code Integer} and {@code Long} parsing, the exact arithmetic of {@code Math} and unsigned
 * division, with the JDK's results and exceptions where TeaVM's class library differs (its
 * {@code NumberFormatException} messages, non-ASCII digits, messageless {@code ArithmeticException}s,
 * a division by zero that traps). Internal: the build points those methods here.
 *
 * <pre>{@code
 * Integer.parseInt("12a");    // NumberFormatException: For input string: "12a"
 * Math.addExact(Integer.MAX_VALUE, 1);  // ArithmeticException: integer overflow
 * }</pre>
 */
public final class Numbers {
    private Numbers() {}

    // ---- parsing ----

    public static int parseInt(String s) {
        return parseInt(s, 10);
    }

    public static int parseInt(String s, int radix) {
        return (int) parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public static Integer valueOf(String s) {
        return Integer.valueOf(parseInt(s, 10));
    }

    public static Integer valueOf(String s, int radix) {
        return Integer.valueOf(parseInt(s, radix));
    }

    public static long parseLong(String s) {
        return parseLong(s, 10);
    }

    public static long parseLong(String s, int radix) {
        return parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static Long valueOfLong(String s) {
        return Long.valueOf(parseLong(s, 10));
    }

    public static Long valueOfLong(String s, int radix) {
        return Long.valueOf(parseLong(s, radix));
    }

    public static Integer decode(String s) {
        return Integer.valueOf((int) decode(s, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    public static Long decodeLong(String s) {
        return Long.valueOf(decode(s, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /** An optional sign and digits of {@code radix} (any Unicode decimal digit counts), within [min, max]. */
    private static long parse(String s, int radix, long min, long max) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
        int length = s.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == length) {
            throw forInputString(s, radix);
        }
        // Accumulated negatively, as -min is out of range.
        long limit = negative ? min : -max;
        long multiplyLimit = limit / radix;
        long result = 0;
        for (; i < length; i++) {
            int digit = digit(s.charAt(i), radix);
            if (digit < 0 || result < multiplyLimit) {
                throw forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    private static long decode(String s, long min, long max) {
        if (s.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        int index = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            index++;
        }
        int radix = 10;
        if (s.startsWith("0x", index) || s.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (s.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (s.startsWith("0", index) && s.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (s.startsWith("-", index) || s.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = s.substring(index);
        try {
            long value = parse(digits, radix, min, max);
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            // MIN_VALUE, whose magnitude is out of range, or a genuine error reported on the signed text.
            return parse(negative ? "-" + digits : digits, radix, min, max);
        }
    }

    /** {@code Character.digit(c, radix)} as the JDK defines it: decimal digits of any script, Latin letters. */
    private static int digit(char c, int radix) {
        int value;
        if (c >= '0' && c <= '9') {
            value = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            value = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            value = c - 'A' + 10;
        } else if (c >= '\uff21' && c <= '\uff3a') {
            value = c - '\uff21' + 10;
        } else if (c >= '\uff41' && c <= '\uff5a') {
            value = c - '\uff41' + 10;
        } else {
            value = -1;
            for (int i = 0; i < DIGIT_ZEROS.length(); i++) {
                int zero = DIGIT_ZEROS.charAt(i);
                if (c >= zero && c < zero + 10) {
                    value = c - zero;
                    break;
                }
            }
            if (value < 0) {
                return -1;
            }
        }
        return value < radix ? value : -1;
    }

    /**
     * The zero of each run of ten decimal digits (general category Nd) in the BMP beyond ASCII, as
     * UnicodeData lists them: written out, so that parsing needs none of TeaVM's Unicode tables.
     */
    private static final String DIGIT_ZEROS = "\u0660\u06f0\u07c0\u0966\u09e6\u0a66\u0ae6\u0b66\u0be6\u0c66"
            + "\u0ce6\u0d66\u0de6\u0e50\u0ed0\u0f20\u1040\u1090\u17e0\u1810\u1946\u19d0\u1a80\u1a90"
            + "\u1b50\u1bb0\u1c40\u1c50\ua620\ua8d0\ua900\ua9d0\ua9f0\uaa50\uabf0\uff10";

    private static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException(
                "For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }

    // ---- java.util.Formatter's %d: TeaVM prints the digits of Math.abs(value), negative for MIN_VALUE ----

    /** The decimal digits of |value| (called with {@code Math.abs(value)}, so MIN_VALUE comes negative). */
    public static String magnitude(int value) {
        String digits = Integer.toString(value);
        return value < 0 ? digits.substring(1) : digits;
    }

    public static String magnitude(long value) {
        String digits = Long.toString(value);
        return value < 0 ? digits.substring(1) : digits;
    }

    /** The text of the format conversions {@code %%} and {@code %n}, which take no argument; else null. */
    public static String formatLiteral(char conversion) {
        return conversion == '%' ? "%" : conversion == 'n' ? "\n" : null;
    }

    // ---- exact arithmetic ----

    public static int addExact(int a, int b) {
        int r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int a, int b) {
        int r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int a, int b) {
        long r = (long) a * (long) b;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long a, int b) {
        return multiplyExact(a, (long) b);
    }

    public static long multiplyExact(long a, long b) {
        long r = a * b;
        long ax = Math.abs(a);
        long ay = Math.abs(b);
        if ((ax | ay) >>> 31 != 0) {
            if (b != 0 && (r / b != a) || (a == Long.MIN_VALUE && b == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return Math.abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return Math.abs(a);
    }

    // ---- unsigned division: wasm's div_u traps on zero ----

    public static int divideUnsigned(int dividend, int divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return Integer.divideUnsigned(dividend, divisor);
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return Integer.remainderUnsigned(dividend, divisor);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return Long.divideUnsigned(dividend, divisor);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return Long.remainderUnsigned(dividend, divisor);
    }
}
