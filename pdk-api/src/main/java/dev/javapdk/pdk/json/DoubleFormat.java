package dev.javapdk.pdk.json;

/**
 * Shortest round-trip text of a {@code double} or {@code float}, exactly as JDK 19+
 * {@code Double.toString}/{@code Float.toString} print it. Internal.
 *
 * <p>Why not the platform's {@code toString}: on the JVM before JDK 19 it sometimes prints more
 * digits than needed (JDK-4511638), and on TeaVM it uses another algorithm and format; the PDK must
 * print the same bytes everywhere. Why not jackson-core's {@code schubfach.DoubleToDecimal}: it
 * builds its result with {@code new String(byte[], int, int, int)}, which TeaVM's class library
 * lacks (the plug-in build fails), and it would cost a String per number.
 *
 * <p>The algorithm is Raffaello Giulietti's Schubfach ("The Schubfach way to render doubles", 2020),
 * the one JDK 19+ uses: among the decimals that round to the value, take those of minimal length
 * (at least 2 digits when one would do), then the one closest to the value, ties to an even last
 * digit. This implementation serves both widths with the 126-bit powers of ten derived from
 * {@link Pow10}; it writes ASCII bytes straight into the caller's buffer.
 */
final class DoubleFormat {
    /** Longest output: {@code -d.ddddddddddddddddE-ddd}. */
    static final int MAX_LENGTH = 25;

    private static final long MASK_63 = (1L << 63) - 1;

    private DoubleFormat() {}

    /** Writes finite {@code v} at {@code pos}; returns the position after it. */
    static int write(double v, byte[] buf, int pos) {
        long bits = Double.doubleToRawLongBits(v);
        if (bits < 0) {
            buf[pos++] = '-';
        }
        return format(bits & Long.MAX_VALUE, 53, -1074, 3, buf, pos);
    }

    /** Writes finite {@code v} at {@code pos}; returns the position after it. */
    static int write(float v, byte[] buf, int pos) {
        int bits = Float.floatToRawIntBits(v);
        if (bits < 0) {
            buf[pos++] = '-';
        }
        return format(bits & Integer.MAX_VALUE, 24, -149, 8, buf, pos);
    }

    /**
     * Formats the non-negative finite value with the given IEEE 754 bits. {@code p} is the precision
     * in bits, {@code qMin} the exponent of the smallest subnormal and {@code cTiny} the threshold of
     * section 8.2.1 of the paper, {@code ceil(10^E_MIN / 2^Q_MIN)}: 3 for doubles, 8 for floats.
     */
    private static int format(long bits, int p, int qMin, long cTiny, byte[] buf, int pos) {
        long t = bits & ((1L << (p - 1)) - 1);
        int bq = (int) (bits >>> (p - 1));
        long cMin = 1L << (p - 1);
        if (bq != 0) {
            // Normal: value = c 2^q.
            int mq = -qMin + 1 - bq;
            long c = cMin | t;
            if (0 < mq && mq < p) {
                // An integer below 2^p prints exactly (the paper's fast path, section 8.3).
                long f = c >> mq;
                if (f << mq == c) {
                    return digits(f, 0, buf, pos);
                }
            }
            return toDecimal(-mq, c, 0, qMin, cMin, buf, pos);
        }
        if (t != 0) {
            // Subnormal. The tiniest have too few digits for the algorithm: scale them by 10.
            return t < cTiny
                    ? toDecimal(qMin, 10 * t, -1, qMin, cMin, buf, pos)
                    : toDecimal(qMin, t, 0, qMin, cMin, buf, pos);
        }
        buf[pos] = '0';
        buf[pos + 1] = '.';
        buf[pos + 2] = '0';
        return pos + 3;
    }

    /** Figure 7 of the paper, with the computations of figure 9; names follow the paper. */
    private static int toDecimal(int q, long c, int dk, int qMin, long cMin, byte[] buf, int pos) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != cMin || q == qMin) {
            // Regular spacing of the neighbours.
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // At a power of two the lower neighbour is closer.
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;

        // g = floor(10^-k 2^-r) + 1 in [2^125, 2^126], split as g1 2^63 + g0. The table row is the
        // same power with two more bits: floor(x / 4) = floor(floor(x) / 4).
        long thi = Pow10.hi(-k);
        long tlo = Pow10.lo(-k);
        long ghi = thi >>> 2;
        long glo = (tlo >>> 2) | (thi << 62);
        glo++;
        if (glo == 0) {
            ghi++;
        }
        long g1 = (ghi << 1) | (glo >>> 63);
        long g0 = glo & MASK_63;

        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);

        long s = vb >> 2;
        if (s >= 100) {
            // Try one digit less: sp10 = 10 floor(s / 10), by multiplication (section 10).
            long sp10 = 10 * Pow10.multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return digits(upin ? sp10 : tp10, k, buf, pos);
            }
        }
        long tt = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (tt << 2) + out <= vbr;
        if (uin != win) {
            return digits(uin ? s : tt, k + dk, buf, pos);
        }
        // Both candidates round to the value: the closer one, ties to even.
        long cmp = vb - ((s + tt) << 1);
        return digits(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : tt, k + dk, buf, pos);
    }

    /** Round to odd of {@code cp g 2^-127} (section 9.9 and figure 8 of the paper). */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Pow10.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Pow10.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /** floor(log10(2^e)), for |e| <= 5,456,721. */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 2^e)), for |e| <= 2,281,575. */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(log2(10^e)), for |e| <= 1,838,394. */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /**
     * Writes {@code f 10^e} ({@code f > 0}) in Java's format: plain for {@code 10^-3 <= v < 10^7}
     * ({@code 123.0}, {@code 0.001}), otherwise computerized scientific ({@code 1.0E7},
     * {@code 1.234E-5}); always at least one digit after the point.
     */
    private static int digits(long f, int e, byte[] buf, int pos) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        int len = 1;
        for (long bound = 10; len < 18 && f >= bound; bound *= 10) {
            len++;
        }
        // The value is 0.d1...dlen 10^exp.
        int exp = e + len;
        if (0 < exp && exp <= 7) {
            if (len <= exp) {
                putDigits(f, len, buf, pos);
                pos += len;
                for (int i = len; i < exp; i++) {
                    buf[pos++] = '0';
                }
                buf[pos] = '.';
                buf[pos + 1] = '0';
                return pos + 2;
            }
            putDigits(f, len, buf, pos + 1);
            // Move the integer digits one place left, leaving room for the point.
            System.arraycopy(buf, pos + 1, buf, pos, exp);
            buf[pos + exp] = '.';
            return pos + len + 1;
        }
        if (-3 < exp && exp <= 0) {
            buf[pos++] = '0';
            buf[pos++] = '.';
            for (int i = exp; i < 0; i++) {
                buf[pos++] = '0';
            }
            putDigits(f, len, buf, pos);
            return pos + len;
        }
        putDigits(f, len, buf, pos + 1);
        buf[pos] = buf[pos + 1];
        buf[pos + 1] = '.';
        pos += len + 1;
        if (len == 1) {
            buf[pos++] = '0';
        }
        buf[pos++] = 'E';
        int x = exp - 1;
        if (x < 0) {
            buf[pos++] = '-';
            x = -x;
        }
        if (x >= 100) {
            buf[pos++] = (byte) ('0' + x / 100);
            x %= 100;
            buf[pos++] = (byte) ('0' + x / 10);
        } else if (x >= 10) {
            buf[pos++] = (byte) ('0' + x / 10);
        }
        buf[pos++] = (byte) ('0' + x % 10);
        return pos;
    }

    /** The {@code len} decimal digits of {@code f} at {@code buf[at..at+len)}. */
    private static void putDigits(long f, int len, byte[] buf, int at) {
        for (int i = at + len - 1; i >= at; i--) {
            buf[i] = (byte) ('0' + (int) (f % 10));
            f /= 10;
        }
    }
}
