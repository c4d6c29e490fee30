package dev.javapdk.pdk.json;

/**
 * Correctly rounded decimal-to-binary conversion of JSON number text (round half to even, as
 * {@code Double.parseDouble} on the JVM). Internal.
 *
 * <p>Why not the platform's parser: TeaVM's {@code Double.parseDouble} is not correctly rounded
 * (measured in a plug-in: {@code 1e23}, {@code 2.2250738585072012e-308} and halfway cases come out
 * one ulp off, {@code 4.9e-324} becomes 0). jackson-core's shaded FastDoubleParser falls back to
 * {@code Double.parseDouble} for its hard cases, so on TeaVM it inherits those errors.
 *
 * <p>Three tiers, as in Go's strconv and Rust's core: (1) Clinger's exact fast path for up to
 * 15-16 digits and small exponents (most JSON numbers); (2) the Eisel-Lemire algorithm with the
 * 128-bit powers of {@link Pow10}, which settles nearly every other double; (3) for what it cannot
 * decide (subnormals, near-halfway cases, long inputs) and for floats, the exact "simple decimal
 * conversion": the first 800 digits in a decimal buffer shifted by powers of two, which never
 * needs big integers.
 */
final class DoubleParse {
    /** Digits the slow path keeps; enough for the exact halfway points of doubles (767). */
    private static final int MAX_DIGITS = 800;

    // Slow-path state: value = 0.d[0]d[1]...d[nd-1] * 10^dp, digits as 0..9.
    private final byte[] d = new byte[MAX_DIGITS];
    private int nd;
    private int dp;
    private boolean trunc;

    private DoubleParse() {}

    /**
     * The double nearest to the valid JSON number {@code b[from..to)}; beyond the double range it
     * is an infinity. With {@code asFloat}, the nearest float instead (returned widened, exactly).
     */
    static double parse(byte[] b, int from, int to, boolean asFloat) {
        int i = from;
        boolean neg = b[i] == '-';
        if (neg) {
            i++;
        }
        // The first 19 significant digits as an unsigned long; the value is mant * 10^exp10.
        long mant = 0;
        int nd = 0;
        int exp10 = 0;
        boolean trunc = false;
        for (; i < to; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                break;
            }
            if (nd < 19) {
                if (nd > 0 || c != 0) {
                    mant = mant * 10 + c;
                    nd++;
                }
            } else {
                exp10++;
                trunc |= c != 0;
            }
        }
        if (i < to && b[i] == '.') {
            for (i++; i < to; i++) {
                int c = b[i] - '0';
                if (c < 0 || c > 9) {
                    break;
                }
                if (nd < 19) {
                    if (nd > 0 || c != 0) {
                        mant = mant * 10 + c;
                        nd++;
                    }
                    exp10--;
                } else {
                    trunc |= c != 0;
                }
            }
        }
        if (i < to) {
            exp10 += exponent(b, i + 1, to);
        }
        if (mant == 0) {
            return neg ? -0.0 : 0.0;
        }
        if (asFloat) {
            if (!trunc && mant > 0 && mant < (1L << 24) && exp10 >= -10 && exp10 <= 10) {
                // Both operands are exact floats, so the one float operation rounds correctly.
                float f = (float) mant;
                float p = (float) Pow10.exact(exp10 < 0 ? -exp10 : exp10);
                f = exp10 < 0 ? f / p : f * p;
                return neg ? -f : f;
            }
            return new DoubleParse().slow(b, from, to, true);
        }
        if (!trunc && mant >= 0 && mant <= (1L << 53) && exp10 >= -22 && exp10 <= 22) {
            double v = (double) mant;
            v = exp10 < 0 ? v / Pow10.exact(-exp10) : v * Pow10.exact(exp10);
            return neg ? -v : v;
        }
        // 10^(exp10+nd-1) <= value < 10^(exp10+nd).
        if (exp10 + nd > 310) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (exp10 + nd < -324) {
            return neg ? -0.0 : 0.0;
        }
        long bits = eiselLemire(mant, exp10);
        if (bits >= 0 && trunc && eiselLemire(mant + 1, exp10) != bits) {
            // The dropped digits could change the result: the slow path decides.
            bits = -1;
        }
        if (bits >= 0) {
            return Double.longBitsToDouble(neg ? bits | Long.MIN_VALUE : bits);
        }
        return new DoubleParse().slow(b, from, to, false);
    }

    /** The exponent after 'e'/'E', saturated so that absurd exponents still mean 0 or infinity. */
    private static int exponent(byte[] b, int i, int to) {
        boolean neg = b[i] == '-';
        if (neg || b[i] == '+') {
            i++;
        }
        int e = 0;
        for (; i < to; i++) {
            if (e < 100_000_000) {
                e = e * 10 + (b[i] - '0');
            }
        }
        return neg ? -e : e;
    }

    /**
     * Eisel-Lemire (Lemire, "Number Parsing at a Gigabyte per Second", 2021; the variant of Go's
     * strconv). {@code mant} is unsigned and non-zero. Returns the bits of the positive double,
     * or -1 when the 128-bit product cannot decide the rounding or the result is subnormal or
     * infinite.
     */
    static long eiselLemire(long mant, int exp10) {
        if (exp10 < Pow10.MIN_EXP || exp10 > Pow10.MAX_EXP) {
            return -1;
        }
        int clz = Long.numberOfLeadingZeros(mant);
        mant <<= clz;
        // 217706 / 2^16 ~ log2(10).
        long retExp2 = (217706L * exp10 >> 16) + 64 + 1023 - clz;
        long powHi = Pow10.hi(exp10);
        long xHi = Pow10.multiplyHigh(mant, powHi);
        long xLo = mant * powHi;
        if ((xHi & 0x1FF) == 0x1FF && Pow10.below(xLo + mant, mant)) {
            // The truncated power may matter: use all 128 bits of it.
            long powLo = Pow10.lo(exp10);
            long yHi = Pow10.multiplyHigh(mant, powLo);
            long yLo = mant * powLo;
            long mergedHi = xHi;
            long mergedLo = xLo + yHi;
            if (Pow10.below(mergedLo, xLo)) {
                mergedHi++;
            }
            if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0 && Pow10.below(yLo + mant, mant)) {
                return -1;
            }
            xHi = mergedHi;
            xLo = mergedLo;
        }
        int msb = (int) (xHi >>> 63);
        long retMantissa = xHi >>> (msb + 9);
        retExp2 -= 1 ^ msb;
        if (xLo == 0 && (xHi & 0x1FF) == 0 && (retMantissa & 3) == 1) {
            // Exactly halfway as far as we can tell: leave ties to the exact path.
            return -1;
        }
        retMantissa += retMantissa & 1;
        retMantissa >>>= 1;
        if ((retMantissa >>> 53) > 0) {
            retMantissa >>>= 1;
            retExp2++;
        }
        if (retExp2 <= 0 || retExp2 >= 0x7FF) {
            return -1;
        }
        return retExp2 << 52 | retMantissa & ((1L << 52) - 1);
    }

    private double slow(byte[] b, int from, int to, boolean asFloat) {
        int i = from;
        boolean neg = b[i] == '-';
        if (neg) {
            i++;
        }
        boolean fraction = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c == '.') {
                fraction = true;
                continue;
            }
            if (c == 'e' || c == 'E') {
                dp += exponent(b, i + 1, to);
                break;
            }
            c -= '0';
            if (nd == 0 && c == 0) {
                if (fraction) {
                    dp--;
                }
                continue;
            }
            if (!fraction) {
                dp++;
            }
            if (nd < MAX_DIGITS) {
                d[nd++] = (byte) c;
            } else if (c != 0) {
                trunc = true;
            }
        }
        trim();
        if (asFloat) {
            long bits = floatBits(23, 8, -127);
            return Float.intBitsToFloat((int) bits | (neg ? Integer.MIN_VALUE : 0));
        }
        long bits = floatBits(52, 11, -1023);
        return Double.longBitsToDouble(neg ? bits | Long.MIN_VALUE : bits);
    }

    /**
     * Binary shifts that keep the decimal point moving: 2^POWTAB[n] has about n decimal digits.
     * A string constant (1, 3, 6, 9, 13, 16, 19, 23, 26), so that this class needs no static
     * initializer.
     */
    private static final String POWTAB = "\1\3\6\11\15\20\23\27\32";

    /** The bits of the positive float of the given format nearest to the decimal. */
    private long floatBits(int mantBits, int expBits, int bias) {
        int expMax = (1 << expBits) - 1;
        int exp = bias;
        long mant = 0;
        if (nd != 0) {
            if (dp > 310) {
                return (long) expMax << mantBits;
            }
            if (dp < -330) {
                return 0;
            }
            // Scale into [0.5, 1) by powers of two.
            exp = 0;
            while (dp > 0) {
                int n = dp >= POWTAB.length() ? 27 : POWTAB.charAt(dp);
                shift(-n);
                exp += n;
            }
            while (dp < 0 || dp == 0 && d[0] < 5) {
                int n = -dp >= POWTAB.length() ? 27 : POWTAB.charAt(-dp);
                shift(n);
                exp -= n;
            }
            // [0.5, 1) is [1, 2) one exponent lower.
            exp--;
            if (exp < bias + 1) {
                // Subnormal: fewer mantissa bits.
                int n = bias + 1 - exp;
                shift(-n);
                exp += n;
            }
            if (exp - bias >= expMax) {
                return (long) expMax << mantBits;
            }
            shift(1 + mantBits);
            mant = roundedInteger();
            if (mant == 2L << mantBits) {
                // Rounding carried into a new bit.
                mant >>= 1;
                exp++;
                if (exp - bias >= expMax) {
                    return (long) expMax << mantBits;
                }
            }
            if ((mant & (1L << mantBits)) == 0) {
                exp = bias;
            }
        }
        return mant & ((1L << mantBits) - 1) | (long) ((exp - bias) & expMax) << mantBits;
    }

    /** Multiplies the decimal by 2^k (k may be negative). */
    private void shift(int k) {
        if (nd == 0) {
            return;
        }
        // 59 bits keep 10 * 2^k within a signed long.
        for (; k > 59; k -= 59) {
            leftShift(59);
        }
        for (; k < -59; k += 59) {
            rightShift(59);
        }
        if (k > 0) {
            leftShift(k);
        } else if (k < 0) {
            rightShift(-k);
        }
    }

    private void leftShift(int k) {
        // Right to left: each digit times 2^k plus the carry; at most 18 new digits appear.
        byte[] out = new byte[nd + 20];
        int w = out.length;
        long n = 0;
        for (int r = nd - 1; r >= 0; r--) {
            n += (long) d[r] << k;
            long q = n / 10;
            out[--w] = (byte) (n - 10 * q);
            n = q;
        }
        while (n > 0) {
            long q = n / 10;
            out[--w] = (byte) (n - 10 * q);
            n = q;
        }
        int count = out.length - w;
        dp += count - nd;
        int keep = Math.min(count, MAX_DIGITS);
        for (int i = keep; i < count; i++) {
            trunc |= out[w + i] != 0;
        }
        System.arraycopy(out, w, d, 0, keep);
        nd = keep;
        trim();
    }

    private void rightShift(int k) {
        int r = 0;
        int w = 0;
        long n = 0;
        // Read enough leading digits to have something to shift.
        for (; n >>> k == 0; r++) {
            if (r >= nd) {
                if (n == 0) {
                    nd = 0;
                    return;
                }
                while (n >>> k == 0) {
                    n *= 10;
                    r++;
                }
                break;
            }
            n = n * 10 + d[r];
        }
        dp -= r - 1;
        long mask = (1L << k) - 1;
        for (; r < nd; r++) {
            int c = d[r];
            d[w++] = (byte) (n >>> k);
            n &= mask;
            n = n * 10 + c;
        }
        while (n > 0) {
            long digit = n >>> k;
            n &= mask;
            if (w < MAX_DIGITS) {
                d[w++] = (byte) digit;
            } else if (digit > 0) {
                trunc = true;
            }
            n *= 10;
        }
        nd = w;
        trim();
    }

    private void trim() {
        while (nd > 0 && d[nd - 1] == 0) {
            nd--;
        }
        if (nd == 0) {
            dp = 0;
        }
    }

    /** The integer part, rounded half to even (dropped digits break ties upwards). */
    private long roundedInteger() {
        long n = 0;
        int i = 0;
        for (; i < dp && i < nd; i++) {
            n = n * 10 + d[i];
        }
        for (; i < dp; i++) {
            n *= 10;
        }
        if (dp >= 0 && dp < nd) {
            int next = d[dp];
            if (next > 5 || next == 5 && (dp + 1 < nd || trunc || dp > 0 && (d[dp - 1] & 1) == 1)) {
                n++;
            }
        }
        return n;
    }
}
