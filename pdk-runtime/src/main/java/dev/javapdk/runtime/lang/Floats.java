package dev.javapdk.runtime.lang;

import dev.javapdk.pdk.json.NumberText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import org.teavm.interop.Unmanaged;

/**
 * {@code double} and {@code float} text and the {@code Math} methods whose TeaVM versions are
 * wrong. Internal: the build points {@code Double.parseDouble}, {@code Double.toString} (through
 * {@code StringBuilder}), {@code Math.rint}, {@code Math.ulp}, ... and the {@code %} operator on
 * floating-point values here.
 *
 * <p>TeaVM's parser rejects "Infinity", "NaN", hexadecimal and suffixed ({@code 1.5f}) numbers and
 * is not correctly rounded; its printer is not the shortest for subnormals; its {@code rint} is
 * {@code round}, its {@code ulp} is off by a factor of 2^52, and its {@code %} divides (wrong for
 * large quotients, NaN for an infinite divisor). The decimal conversions are the JSON code's
 * ({@link NumberText}), which match the JDK 19+ JVM.
 *
 * <pre>{@code
 * Double.parseDouble("Infinity");  // Infinity
 * Math.rint(2.5);                  // 2.0
 * 5.0 % Double.POSITIVE_INFINITY;  // 5.0
 * }</pre>
 */
public final class Floats {
    private static final long SIGN = 0x8000000000000000L;
    private static final long EXPONENT = 0x7ff0000000000000L;
    private static final long MANTISSA = 0x000fffffffffffffL;

    private Floats() {}

    // ---- text ----

    public static String toString(double value) {
        return NumberText.toString(value);
    }

    public static String toString(float value) {
        return NumberText.toString(value);
    }

    public static double parseDouble(String s) {
        return parse(s, false);
    }

    public static Double valueOf(String s) {
        return Double.valueOf(parse(s, false));
    }

    public static float parseFloat(String s) {
        return (float) parse(s, true);
    }

    public static Float valueOfFloat(String s) {
        return Float.valueOf((float) parse(s, true));
    }

    /**
     * Java's floating-point literal syntax ({@code Double.valueOf}'s grammar): surrounding chars up
     * to U+0020 ignored, a sign, then NaN, Infinity, a decimal or a hexadecimal number with an
     * optional f/F/d/D suffix. With {@code asFloat} the nearest float, widened.
     */
    private static double parse(String s, boolean asFloat) {
        if (s == null) {
            throw new NullPointerException();
        }
        String t = s.trim();
        int length = t.length();
        if (length == 0) {
            throw new NumberFormatException("empty String");
        }
        int i = 0;
        boolean negative = false;
        if (t.charAt(0) == '-' || t.charAt(0) == '+') {
            negative = t.charAt(0) == '-';
            i++;
        }
        if (t.startsWith("NaN", i) && i + 3 == length) {
            return Double.NaN;
        }
        if (t.startsWith("Infinity", i) && i + 8 == length) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        char last = t.charAt(length - 1);
        if (last == 'f' || last == 'F' || last == 'd' || last == 'D') {
            length--;
        }
        double value;
        if (t.startsWith("0x", i) || t.startsWith("0X", i)) {
            value = parseHex(t, i + 2, length, asFloat);
            value = negative ? -value : value;
        } else {
            value = parseDecimal(t, i, length, negative, asFloat);
        }
        if (Double.isNaN(value)) {
            throw new NumberFormatException("For input string: \"" + s + "\"");
        }
        return value;
    }

    /** digits [. digits] [e|E [+|-] digits], at least one digit before the exponent; NaN if malformed. */
    private static double parseDecimal(String t, int from, int to, boolean negative, boolean asFloat) {
        byte[] json = new byte[to - from + 5];
        int n = 0;
        if (negative) {
            json[n++] = '-';
        }
        int i = from;
        int intStart = i;
        while (i < to && isDigit(t.charAt(i))) {
            json[n++] = (byte) t.charAt(i++);
        }
        int intDigits = i - intStart;
        if (intDigits == 0) {
            json[n++] = '0';
        }
        int fractionDigits = 0;
        if (i < to && t.charAt(i) == '.') {
            i++;
            int dot = n;
            json[n++] = '.';
            while (i < to && isDigit(t.charAt(i))) {
                json[n++] = (byte) t.charAt(i++);
                fractionDigits++;
            }
            if (fractionDigits == 0) {
                n = dot;
            }
            if (i < to && t.charAt(i) == '.') {
                // The JDK's own message for this one.
                throw new NumberFormatException("multiple points");
            }
        }
        if (intDigits + fractionDigits == 0) {
            return Double.NaN;
        }
        if (i < to && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            json[n++] = 'e';
            if (i < to && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                json[n++] = (byte) t.charAt(i++);
            }
            int expStart = i;
            // Leading zeros dropped and a huge exponent capped: both give the same double.
            while (i < to && t.charAt(i) == '0') {
                i++;
            }
            int significant = i;
            while (i < to && isDigit(t.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return Double.NaN;
            }
            if (i - significant > 6) {
                for (int k = 0; k < 6; k++) {
                    json[n++] = '9';
                }
            } else if (i == significant) {
                json[n++] = '0';
            } else {
                for (int k = significant; k < i; k++) {
                    json[n++] = (byte) t.charAt(k);
                }
            }
        }
        if (i != to) {
            return Double.NaN;
        }
        return NumberText.parse(json, 0, n, asFloat);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * hexdigits [. hexdigits] (p|P) [+|-] digits, exactly rounded to nearest even; NaN if malformed.
     * The value is mantissa * 2^exp2, the mantissa keeping its first 60 significant bits and a sticky bit.
     */
    private static double parseHex(String t, int from, int to, boolean asFloat) {
        long mantissa = 0;
        int exp2 = 0;
        boolean sticky = false;
        int digits = 0;
        boolean dot = false;
        int i = from;
        for (; i < to; i++) {
            char c = t.charAt(i);
            int d = Character.digit(c, 16);
            if (c == '.' && !dot) {
                dot = true;
                continue;
            }
            if (d < 0 || c > 'f') {
                break;
            }
            digits++;
            if (mantissa >>> 56 == 0) {
                mantissa = mantissa << 4 | d;
                if (dot) {
                    exp2 -= 4;
                }
            } else {
                sticky |= d != 0;
                if (!dot) {
                    exp2 += 4;
                }
            }
        }
        if (digits == 0 || i >= to || (t.charAt(i) != 'p' && t.charAt(i) != 'P')) {
            return Double.NaN;
        }
        i++;
        boolean negativeExp = false;
        if (i < to && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            negativeExp = t.charAt(i) == '-';
            i++;
        }
        if (i == to) {
            return Double.NaN;
        }
        long exponent = 0;
        for (; i < to; i++) {
            char c = t.charAt(i);
            if (!isDigit(c)) {
                return Double.NaN;
            }
            exponent = Math.min(exponent * 10 + (c - '0'), 100_000);
        }
        exp2 += (int) (negativeExp ? -exponent : exponent);
        if (mantissa == 0) {
            return 0.0;
        }
        return roundBinary(mantissa, exp2, sticky, asFloat);
    }

    /** mantissa * 2^exp2 (+ sticky) rounded to a double or float, half to even, with subnormals. */
    private static double roundBinary(long mantissa, int exp2, boolean sticky, boolean asFloat) {
        int p = asFloat ? 24 : 53;
        int minLowest = asFloat ? -149 : -1074;
        int bias = asFloat ? 127 : 1023;
        int maxBiased = asFloat ? 0xff : 0x7ff;
        int shift = Long.numberOfLeadingZeros(mantissa);
        mantissa <<= shift;
        exp2 -= shift;
        // The kept bits' lowest has weight 2^lowest; drop the bits below it.
        int lowest = Math.max(exp2 + 63 - (p - 1), minLowest);
        int drop = lowest - exp2;
        long kept;
        boolean half;
        boolean more;
        if (drop >= 65) {
            kept = 0;
            half = false;
            more = true;
        } else if (drop == 64) {
            kept = 0;
            half = mantissa < 0;
            more = (mantissa << 1) != 0 || sticky;
        } else {
            kept = mantissa >>> drop;
            long rest = mantissa << (64 - drop);
            half = rest < 0;
            more = (rest << 1) != 0 || sticky;
        }
        if (half && (more || (kept & 1) != 0)) {
            kept++;
        }
        if (kept == 0) {
            return 0.0;
        }
        if (kept >>> p != 0) {
            kept >>>= 1;
            lowest++;
        }
        long bits;
        if (kept >>> (p - 1) == 0) {
            bits = kept;
        } else {
            long biased = lowest + (p - 1) + bias;
            if (biased >= maxBiased) {
                return Double.POSITIVE_INFINITY;
            }
            bits = (biased << (p - 1)) | (kept & ((1L << (p - 1)) - 1));
        }
        return asFloat ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    }

    // ---- java.util.Formatter's %f ----

    /**
     * What TeaVM's Formatter calls for {@code %f}: the value's shortest decimal rounded half up to
     * the format's fraction digits, as Java's Formatter rounds (TeaVM's DecimalFormat rounds half to
     * even, so {@code String.format("%.2f", 0.125)} gave 0.12, not 0.13).
     */
    public static String formatFixed(DecimalFormat format, Object value) {
        if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                String digits = value instanceof Float ? NumberText.toString((float) v) : NumberText.toString(v);
                BigDecimal rounded =
                        new BigDecimal(digits).setScale(format.getMaximumFractionDigits(), RoundingMode.HALF_UP);
                if (rounded.signum() == 0 && (v < 0 || 1 / v < 0)) {
                    // A negative value that rounds to zero keeps its sign, as in Java ("-0.00"). For
                    // -0.0 TeaVM sized zero padding without room for the sign: one digit less.
                    if (!(v < 0) && format.getMinimumIntegerDigits() > 1) {
                        format.setMinimumIntegerDigits(format.getMinimumIntegerDigits() - 1);
                    }
                    return format.format(-0.0);
                }
                return format.format(rounded);
            }
        }
        return format.format(value);
    }

    // ---- Double.isInfinite: TeaVM's is "not finite", true for NaN ----

    public static boolean isInfinite(double v) {
        return v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY;
    }

    public static boolean isInfinite(float v) {
        return v == Float.POSITIVE_INFINITY || v == Float.NEGATIVE_INFINITY;
    }

    // ---- Math ----

    public static double nextAfter(double start, double direction) {
        if (Double.isNaN(start) || Double.isNaN(direction)) {
            return start + direction;
        }
        if (start == direction) {
            return direction;
        }
        return direction > start ? Math.nextUp(start) : Math.nextDown(start);
    }

    public static float nextAfter(float start, double direction) {
        if (Float.isNaN(start) || Double.isNaN(direction)) {
            return start + (float) direction;
        }
        if (start == direction) {
            return (float) direction;
        }
        return direction > start ? Math.nextUp(start) : Math.nextDown(start);
    }

    /** Round half to even; NaN, infinities, zeros and integers as they are. */
    public static double rint(double x) {
        double big = 0x1p52;
        double a = Math.abs(x);
        if (!(a < big)) {
            return x;
        }
        double r = (a + big) - big;
        return Math.copySign(r, x);
    }

    public static long round(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        double floor = Math.floor(x);
        // Exact for |x| < 2^52, where x may have a fraction; beyond, x is an integer and diff is 0.
        double diff = x - floor;
        return (long) (diff >= 0.5 ? floor + 1 : floor);
    }

    public static int round(float x) {
        if (Float.isNaN(x)) {
            return 0;
        }
        float floor = (float) Math.floor(x);
        float diff = x - floor;
        return (int) (diff >= 0.5f ? floor + 1 : floor);
    }

    public static double ulp(double d) {
        long bits = Double.doubleToRawLongBits(d) & ~SIGN;
        int exp = (int) (bits >>> 52);
        if (exp == 0x7ff) {
            return (bits & MANTISSA) != 0 ? d : Double.POSITIVE_INFINITY;
        }
        if (exp <= 53) {
            // The ulp is subnormal (2^(exp - 1075), or 2^-1074 for subnormal and zero d).
            return Double.longBitsToDouble(1L << Math.max(exp - 1, 0));
        }
        return Double.longBitsToDouble((long) (exp - 52) << 52);
    }

    public static float ulp(float f) {
        int bits = Float.floatToRawIntBits(f) & 0x7fffffff;
        int exp = bits >>> 23;
        if (exp == 0xff) {
            return (bits & 0x7fffff) != 0 ? f : Float.POSITIVE_INFINITY;
        }
        if (exp <= 24) {
            return Float.intBitsToFloat(1 << Math.max(exp - 1, 0));
        }
        return Float.intBitsToFloat((exp - 23) << 23);
    }

    /** IEEE 754 remainder: x - n*y, n the integer nearest x/y (ties to even). */
    public static double IEEEremainder(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        double ay = Math.abs(y);
        double r = ay <= Double.MAX_VALUE / 2 ? fmod(x, ay + ay) : x;
        if (r == 0) {
            return r;
        }
        double ar = Math.abs(r);
        // Now |r| < 2|y|; bring it to [-|y|/2, |y|/2], halfway cases to an even quotient.
        if (ay < 0x1p-1021) {
            if (ar + ar > ay) {
                ar -= ay;
                if (ar + ar >= ay) {
                    ar -= ay;
                }
            }
        } else {
            double half = 0.5 * ay;
            if (ar > half) {
                ar -= ay;
                if (ar >= half) {
                    ar -= ay;
                }
            }
        }
        return r < 0 ? -ar : ar;
    }

    /** Java's {@code x % y} on doubles: exact, the sign of x. */
    @Unmanaged
    public static double fmod(double x, double y) {
        long bx = Double.doubleToRawLongBits(x);
        long by = Double.doubleToRawLongBits(y);
        long sign = bx & SIGN;
        long ax = bx & ~SIGN;
        long ay = by & ~SIGN;
        if (ax >= EXPONENT || ay > EXPONENT || ay == 0) {
            // x infinite or NaN, y NaN or zero.
            return (x * y) / (x * y);
        }
        if (ay == EXPONENT || ax < ay) {
            return x;
        }
        if (ax == ay) {
            return Double.longBitsToDouble(sign);
        }
        int ex = (int) (ax >>> 52);
        int ey = (int) (ay >>> 52);
        long mx;
        long my;
        if (ex == 0) {
            int shift = Long.numberOfLeadingZeros(ax) - 11;
            mx = ax << shift;
            ex = 1 - shift;
        } else {
            mx = (ax & MANTISSA) | (1L << 52);
        }
        if (ey == 0) {
            int shift = Long.numberOfLeadingZeros(ay) - 11;
            my = ay << shift;
            ey = 1 - shift;
        } else {
            my = (ay & MANTISSA) | (1L << 52);
        }
        // Long division of the mantissas, one bit of the quotient per step.
        for (; ex > ey; ex--) {
            long t = mx - my;
            if (t >= 0) {
                if (t == 0) {
                    return Double.longBitsToDouble(sign);
                }
                mx = t;
            }
            mx <<= 1;
        }
        long t = mx - my;
        if (t >= 0) {
            if (t == 0) {
                return Double.longBitsToDouble(sign);
            }
            mx = t;
        }
        while (mx < (1L << 52)) {
            mx <<= 1;
            ex--;
        }
        long bits;
        if (ex >= 1) {
            bits = ((long) ex << 52) | (mx & MANTISSA);
        } else {
            bits = mx >>> (1 - ex);
        }
        return Double.longBitsToDouble(bits | sign);
    }

    /** Java's {@code x % y} on floats: exact in double, and exactly a float. */
    @Unmanaged
    public static float fmod(float x, float y) {
        return (float) fmod((double) x, (double) y);
    }
}
