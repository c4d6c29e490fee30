/*
 * Algorithms from fdlibm 5.3 (Sun Microsystems).
 *
 * ====================================================
 * Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
 *
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
package dev.javapdk.runtime.math;

/**
 * Pure-Java elementary functions for plug-ins compiled to WebAssembly by TeaVM.
 *
 * <p>TeaVM's linear-memory wasm backend implements {@code java.lang.Math.sin/cos/tan/asin/acos/atan/
 * atan2/exp/log/pow/sqrt/floor/ceil/random} as imports from a host module {@code teavmMath}, which
 * Extism hosts do not provide. The build re-points those natives to the methods of this class.
 *
 * <p>The algorithms are from fdlibm 5.3 (Sun Microsystems), the same algorithms that
 * {@link java.lang.StrictMath} specifies, ported line by line, so that results are bit-for-bit
 * equal to {@code StrictMath} on the JVM. {@link #sqrt}, {@link #floor} and {@link #ceil} are
 * exact operations and are computed with integer arithmetic on the bit patterns.
 *
 * <p>Runtime constraints honoured by this class (it runs inside TeaVM's wasm runtime):
 * <ul>
 *   <li>no calls to {@code java.lang.Math} or {@code StrictMath} (they would recurse into the import);</li>
 *   <li>no static initializer ({@code <clinit>}): only compile-time constant primitive fields; the
 *       2/&pi; table needed by the Payne&ndash;Hanek reduction of huge trigonometric arguments lives in
 *       the nested holder class {@link Tables}, which is initialized on first use of such an argument;</li>
 *   <li>no allocation except in that huge-argument path (|x| &gt; 2<sup>19</sup>&middot;&pi;/2);</li>
 *   <li>no exceptions, no string formatting.</li>
 * </ul>
 *
 * <p>The trigonometric, exponential, logarithmic and power functions are thread-safe (they keep no
 * state). {@link #random()} is not; see there.
 *
 * <pre>{@code
 * double s = PureMath.sin(0.5); // == StrictMath.sin(0.5), bit for bit
 * }</pre>
 */
public final class PureMath {

    private PureMath() {}

    // ------------------------------------------------------------------------------------------
    // Bit helpers (__HI, __LO and friends)
    // ------------------------------------------------------------------------------------------

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double fromWords(int hi, int lo) {
        return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xffffffffL));
    }

    /** Returns x with its low word replaced by zero. */
    private static double clearLo(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
    }

    private static double setHi(double x, int hi) {
        return fromWords(hi, lo(x));
    }

    private static double abs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0x7fffffffffffffffL);
    }

    private static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(magnitude) & 0x7fffffffffffffffL)
                | (Double.doubleToRawLongBits(sign) & 0x8000000000000000L));
    }

    // ------------------------------------------------------------------------------------------
    // sqrt, floor, ceil (exact operations)
    // ------------------------------------------------------------------------------------------

    /**
     * Correctly rounded square root, computed bit by bit as in fdlibm's e_sqrt.c (with the two
     * 32-bit halves of the work registers merged into one {@code long}). Equal to
     * {@code StrictMath.sqrt}.
     */
    public static double sqrt(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & 0x7ff0000000000000L) == 0x7ff0000000000000L) {
            return x * x + x; // sqrt(NaN) = NaN, sqrt(+inf) = +inf, sqrt(-inf) = NaN
        }
        if ((bits & 0x7fffffffffffffffL) == 0) {
            return x; // sqrt(+-0) = +-0
        }
        if (bits < 0) {
            return (x - x) / (x - x); // sqrt(negative) = NaN
        }
        int m = (int) (bits >>> 52);
        long ix = bits & 0x000fffffffffffffL;
        if (m == 0) { // subnormal: normalize
            m = 1;
            while ((ix & 0x0010000000000000L) == 0) {
                ix <<= 1;
                m--;
            }
        } else {
            ix |= 0x0010000000000000L;
        }
        m -= 1023; // unbiased exponent
        if ((m & 1) != 0) { // odd exponent: double the mantissa to make it even
            ix += ix;
        }
        m >>= 1;

        // generate sqrt(x) bit by bit
        ix += ix;
        long q = 0;
        long s = 0;
        long r = 0x0020000000000000L; // moving bit from right to left
        while (r != 0) {
            long t = s + r;
            if (t <= ix) {
                s = t + r;
                ix -= t;
                q += r;
            }
            ix += ix;
            r >>>= 1;
        }
        // q holds 54 bits: 53 result bits and a rounding bit; a nonzero remainder means "sticky"
        if (ix != 0) {
            q += (q & 1);
        }
        long result = (q >> 1) + 0x3fe0000000000000L + ((long) m << 52);
        return Double.longBitsToDouble(result);
    }

    /** Largest integral value not greater than x. Equal to {@code StrictMath.floor}. */
    public static double floor(double x) {
        long b = Double.doubleToRawLongBits(x);
        int e = (int) ((b >>> 52) & 0x7ff) - 1023;
        if (e < 0) { // |x| < 1
            if ((b & 0x7fffffffffffffffL) == 0) {
                return x;
            }
            return b < 0 ? -1.0 : 0.0;
        }
        if (e >= 52) {
            return x; // integral, infinite or NaN
        }
        long frac = 0x000fffffffffffffL >>> e;
        if ((b & frac) == 0) {
            return x; // integral
        }
        if (b < 0) {
            b += 0x0010000000000000L >>> e;
        }
        return Double.longBitsToDouble(b & ~frac);
    }

    /** Smallest integral value not less than x. Equal to {@code StrictMath.ceil}. */
    public static double ceil(double x) {
        long b = Double.doubleToRawLongBits(x);
        int e = (int) ((b >>> 52) & 0x7ff) - 1023;
        if (e < 0) { // |x| < 1
            if ((b & 0x7fffffffffffffffL) == 0) {
                return x;
            }
            return b < 0 ? -0.0 : 1.0;
        }
        if (e >= 52) {
            return x; // integral, infinite or NaN
        }
        long frac = 0x000fffffffffffffL >>> e;
        if ((b & frac) == 0) {
            return x; // integral
        }
        if (b > 0) {
            b += 0x0010000000000000L >>> e;
        }
        return Double.longBitsToDouble(b & ~frac);
    }

    // ------------------------------------------------------------------------------------------
    // scalbn (s_scalbn.c)
    // ------------------------------------------------------------------------------------------

    private static final double TWO54 = 1.80143985094819840000e+16; /* 0x43500000, 0x00000000 */
    private static final double TWOM54 = 5.55111512312578270212e-17; /* 0x3C900000, 0x00000000 */
    private static final double HUGE = 1.0e+300;
    private static final double TINY = 1.0e-300;

    static double scalbn(double x, int n) {
        int hx = hi(x);
        int lx = lo(x);
        int k = (hx & 0x7ff00000) >> 20; // extract exponent
        if (k == 0) { // 0 or subnormal x
            if ((lx | (hx & 0x7fffffff)) == 0) {
                return x; // +-0
            }
            x *= TWO54;
            hx = hi(x);
            k = ((hx & 0x7ff00000) >> 20) - 54;
            if (n < -50000) {
                return TINY * x; // underflow
            }
        }
        if (k == 0x7ff) {
            return x + x; // NaN or Inf
        }
        k = k + n;
        if (k > 0x7fe) {
            return HUGE * copySign(HUGE, x); // overflow
        }
        if (k > 0) { // normal result
            return setHi(x, (hx & 0x800fffff) | (k << 20));
        }
        if (k <= -54) {
            if (n > 50000) { // in case integer overflow in n+k
                return HUGE * copySign(HUGE, x); // overflow
            } else {
                return TINY * copySign(TINY, x); // underflow
            }
        }
        k += 54; // subnormal result
        x = setHi(x, (hx & 0x800fffff) | (k << 20));
        return x * TWOM54;
    }

    // ------------------------------------------------------------------------------------------
    // Trigonometric kernels (k_sin.c, k_cos.c, k_tan.c)
    // ------------------------------------------------------------------------------------------

    private static final double S1 = -1.66666666666666324348e-01; /* 0xBFC55555, 0x55555549 */
    private static final double S2 = 8.33333333332248946124e-03; /* 0x3F811111, 0x1110F8A6 */
    private static final double S3 = -1.98412698298579493134e-04; /* 0xBF2A01A0, 0x19C161D5 */
    private static final double S4 = 2.75573137070700676789e-06; /* 0x3EC71DE3, 0x57B1FE7D */
    private static final double S5 = -2.50507602534068634195e-08; /* 0xBE5AE5E6, 0x8A2B9CEB */
    private static final double S6 = 1.58969099521155010221e-10; /* 0x3DE5D93A, 0x5ACFD57C */

    /** sin(x+y) for |x| <= pi/4; iy == 0 means y is zero. */
    private static double kernelSin(double x, double y, int iy) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000) { // |x| < 2**-27
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (iy == 0) {
            return x + v * (S1 + z * r);
        } else {
            return x - ((z * (0.5 * y - v * r) - y) - v * S1);
        }
    }

    private static final double C1 = 4.16666666666666019037e-02; /* 0x3FA55555, 0x5555554C */
    private static final double C2 = -1.38888888888741095749e-03; /* 0xBF56C16C, 0x16C15177 */
    private static final double C3 = 2.48015872894767294178e-05; /* 0x3EFA01A0, 0x19CB1590 */
    private static final double C4 = -2.75573143513906633035e-07; /* 0xBE927E4F, 0x809C52AD */
    private static final double C5 = 2.08757232129817482790e-09; /* 0x3E21EE9E, 0xBDB4B1C4 */
    private static final double C6 = -1.13596475577881948265e-11; /* 0xBDA8FAE9, 0xBE8838D4 */

    /** cos(x+y) for |x| <= pi/4. */
    private static double kernelCos(double x, double y) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000) { // |x| < 2**-27
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) { // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * y));
        } else {
            double qx;
            if (ix > 0x3fe90000) { // |x| > 0.78125
                qx = 0.28125;
            } else {
                qx = fromWords(ix - 0x00200000, 0); // x/4
            }
            double hz = 0.5 * z - qx;
            double a = 1.0 - qx;
            return a - (hz - (z * r - x * y));
        }
    }

    private static final double T0 = 3.33333333333334091986e-01; /* 0x3FD55555, 0x55555563 */
    private static final double T1 = 1.33333333333201242699e-01; /* 0x3FC11111, 0x1110FE7A */
    private static final double T2 = 5.39682539762260521377e-02; /* 0x3FABA1BA, 0x1BB341FE */
    private static final double T3 = 2.18694882948595424599e-02; /* 0x3F9664F4, 0x8406D637 */
    private static final double T4 = 8.86323982359930005737e-03; /* 0x3F8226E3, 0xE96E8493 */
    private static final double T5 = 3.59207910759131235356e-03; /* 0x3F6D6D22, 0xC9560328 */
    private static final double T6 = 1.45620945432529025516e-03; /* 0x3F57DBC8, 0xFEE08315 */
    private static final double T7 = 5.88041240820264096874e-04; /* 0x3F4344D8, 0xF2F26501 */
    private static final double T8 = 2.46463134818469906812e-04; /* 0x3F3026F7, 0x1A8D1068 */
    private static final double T9 = 7.81794442939557092300e-05; /* 0x3F147E88, 0xA03792A6 */
    private static final double T10 = 7.14072491382608190305e-05; /* 0x3F12B80F, 0x32F0A7E9 */
    private static final double T11 = -1.85586374855275456654e-05; /* 0xBEF375CB, 0xDB605373 */
    private static final double T12 = 2.59073051863633712884e-05; /* 0x3EFB2A70, 0x74BF7AD4 */
    private static final double PIO4 = 7.85398163397448278999e-01; /* 0x3FE921FB, 0x54442D18 */
    private static final double PIO4LO = 3.06161699786838301793e-17; /* 0x3C81A626, 0x33145C07 */

    /** tan(x+y) (iy == 1) or -1/tan(x+y) (iy == -1) for |x| <= pi/4. */
    private static double kernelTan(double x, double y, int iy) {
        double z;
        double r;
        double v;
        double w;
        double s;
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3e300000) { // |x| < 2**-28
            if (((ix | lo(x)) | (iy + 1)) == 0) {
                return 1.0 / abs(x);
            } else if (iy == 1) {
                return x;
            } else { // compute -1 / (x+y) carefully
                w = x + y;
                z = clearLo(w);
                v = y - (z - x);
                double a = -1.0 / w;
                double t = clearLo(a);
                s = 1.0 + t * z;
                return t + a * (s + t * v);
            }
        }
        if (ix >= 0x3FE59428) { // |x| >= 0.6744
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            z = PIO4 - x;
            w = PIO4LO - y;
            x = z + w;
            y = 0.0;
        }
        z = x * x;
        w = z * z;
        // Break x^5*(T[1]+x^2*T[2]+...) into
        // x^5(T[1]+x^4*T[3]+...+x^20*T[11]) + x^5(x^2*(T[2]+x^4*T[4]+...+x^22*[T12]))
        r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
        v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
        s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T0 * s;
        w = x + r;
        if (ix >= 0x3FE59428) {
            v = (double) iy;
            return (double) (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (iy == 1) {
            return w;
        } else {
            // compute -1.0 / (x+r) accurately
            z = clearLo(w);
            v = r - (z - x); // z+v = r+x
            double a = -1.0 / w;
            double t = clearLo(a);
            s = 1.0 + t * z;
            return t + a * (s + t * v);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Argument reduction (e_rem_pio2.c, k_rem_pio2.c)
    // ------------------------------------------------------------------------------------------

    private static final double TWO24 = 1.67772160000000000000e+07; /* 0x41700000, 0x00000000 */
    private static final double TWON24 = 5.96046447753906250000e-08; /* 0x3E700000, 0x00000000 */
    private static final double INVPIO2 = 6.36619772367581382433e-01; /* 0x3FE45F30, 0x6DC9C883 */
    private static final double PIO2_1 = 1.57079632673412561417e+00; /* 0x3FF921FB, 0x54400000 */
    private static final double PIO2_1T = 6.07710050650619224932e-11; /* 0x3DD0B461, 0x1A626331 */
    private static final double PIO2_2 = 6.07710050630396597660e-11; /* 0x3DD0B461, 0x1A600000 */
    private static final double PIO2_2T = 2.02226624879595063154e-21; /* 0x3BA3198A, 0x2E037073 */
    private static final double PIO2_3 = 2.02226624871116645580e-21; /* 0x3BA3198A, 0x2E000000 */
    private static final double PIO2_3T = 8.47842766036889956997e-32; /* 0x397B839A, 0x252049C1 */

    private static final int SIN = 0;
    private static final int COS = 1;
    private static final int TAN = 2;

    /** High word of the double nearest n*pi/2, n = 1..31 (fdlibm's npio2_hw table). */
    private static int npio2Hw(int n) {
        switch (n) {
            case 1:
                return 0x3FF921FB;
            case 2:
                return 0x400921FB;
            case 3:
                return 0x4012D97C;
            case 4:
                return 0x401921FB;
            case 5:
                return 0x401F6A7A;
            case 6:
                return 0x4022D97C;
            case 7:
                return 0x4025FDBB;
            case 8:
                return 0x402921FB;
            case 9:
                return 0x402C463A;
            case 10:
                return 0x402F6A7A;
            case 11:
                return 0x4031475C;
            case 12:
                return 0x4032D97C;
            case 13:
                return 0x40346B9C;
            case 14:
                return 0x4035FDBB;
            case 15:
                return 0x40378FDB;
            case 16:
                return 0x403921FB;
            case 17:
                return 0x403AB41B;
            case 18:
                return 0x403C463A;
            case 19:
                return 0x403DD85A;
            case 20:
                return 0x403F6A7A;
            case 21:
                return 0x40407E4C;
            case 22:
                return 0x4041475C;
            case 23:
                return 0x4042106C;
            case 24:
                return 0x4042D97C;
            case 25:
                return 0x4043A28C;
            case 26:
                return 0x40446B9C;
            case 27:
                return 0x404534AC;
            case 28:
                return 0x4045FDBB;
            case 29:
                return 0x4046C6CB;
            case 30:
                return 0x40478FDB;
            case 31:
                return 0x404858EB;
            default:
                return 0x404921FB;
        }
    }

    /**
     * Reduces finite x with |x| > pi/4 to y0 + y1 = x - n*pi/2 (e_rem_pio2.c, kept inline so that
     * no output array is needed) and evaluates the requested function on the reduced argument.
     */
    private static double reduceAndEvaluate(double x, int which) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int n;
        double y0;
        double y1;
        if (ix < 0x4002d97c) { // |x| < 3pi/4, special case with n = +-1
            double z;
            if (hx > 0) {
                z = x - PIO2_1;
                if (ix != 0x3ff921fb) { // 33+53 bit pi is good enough
                    y0 = z - PIO2_1T;
                    y1 = (z - y0) - PIO2_1T;
                } else { // near pi/2, use 33+33+53 bit pi
                    z -= PIO2_2;
                    y0 = z - PIO2_2T;
                    y1 = (z - y0) - PIO2_2T;
                }
                n = 1;
            } else { // negative x
                z = x + PIO2_1;
                if (ix != 0x3ff921fb) {
                    y0 = z + PIO2_1T;
                    y1 = (z - y0) + PIO2_1T;
                } else {
                    z += PIO2_2;
                    y0 = z + PIO2_2T;
                    y1 = (z - y0) + PIO2_2T;
                }
                n = -1;
            }
        } else if (ix <= 0x413921fb) { // |x| ~<= 2^19*(pi/2), medium size
            double t = abs(x);
            n = (int) (t * INVPIO2 + 0.5);
            double fn = (double) n;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T; // 1st round good to 85 bit
            if (n < 32 && ix != npio2Hw(n)) {
                y0 = r - w; // quick check no cancellation
            } else {
                int j = ix >> 20;
                y0 = r - w;
                int i = j - ((hi(y0) >> 20) & 0x7ff);
                if (i > 16) { // 2nd iteration needed, good to 118
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y0 = r - w;
                    i = j - ((hi(y0) >> 20) & 0x7ff);
                    if (i > 49) { // 3rd iteration need, 151 bits acc
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y0 = r - w;
                    }
                }
            }
            y1 = (r - y0) - w;
            if (hx < 0) {
                y0 = -y0;
                y1 = -y1;
                n = -n;
            }
        } else { // all other (large) arguments; callers have filtered out inf and NaN
            double[] tx = new double[3];
            double[] y = new double[2];
            // set z = scalbn(|x|, ilogb(x) - 23)
            int e0 = (ix >> 20) - 1046; // e0 = ilogb(z) - 23
            double z = fromWords(ix - (e0 << 20), lo(x));
            for (int i = 0; i < 2; i++) {
                tx[i] = (double) ((int) z);
                z = (z - tx[i]) * TWO24;
            }
            tx[2] = z;
            int nx = 3;
            while (tx[nx - 1] == 0.0) {
                nx--; // skip zero term
            }
            n = kernelRemPio2(tx, y, e0, nx);
            if (hx < 0) {
                y0 = -y[0];
                y1 = -y[1];
                n = -n;
            } else {
                y0 = y[0];
                y1 = y[1];
            }
        }
        switch (which) {
            case SIN:
                switch (n & 3) {
                    case 0:
                        return kernelSin(y0, y1, 1);
                    case 1:
                        return kernelCos(y0, y1);
                    case 2:
                        return -kernelSin(y0, y1, 1);
                    default:
                        return -kernelCos(y0, y1);
                }
            case COS:
                switch (n & 3) {
                    case 0:
                        return kernelCos(y0, y1);
                    case 1:
                        return -kernelSin(y0, y1, 1);
                    case 2:
                        return -kernelCos(y0, y1);
                    default:
                        return kernelSin(y0, y1, 1);
                }
            default:
                return kernelTan(y0, y1, 1 - ((n & 1) << 1));
        }
    }

    /**
     * Payne–Hanek reduction (k_rem_pio2.c) with prec = 2 (53-bit output in y[0] + y[1]).
     * Returns the last three bits of n.
     */
    private static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
        final int[] ipio2 = Tables.TWO_OVER_PI;
        final double[] pio2 = Tables.PIO2;
        final int jk = 4; // init_jk[prec] for prec = 2
        final int jp = jk;
        int[] iq = new int[20];
        double[] f = new double[20];
        double[] fq = new double[20];
        double[] q = new double[20];
        int i;
        int j;
        int k;
        int n;
        int ih;
        double z;
        double fw;

        // determine jx, jv, q0; note that 3 > q0
        int jx = nx - 1;
        int jv = (e0 - 3) / 24;
        if (jv < 0) {
            jv = 0;
        }
        int q0 = e0 - 24 * (jv + 1);

        // set up f[0] to f[jx+jk] where f[jx+jk] = ipio2[jv+jk]
        j = jv - jx;
        int m = jx + jk;
        for (i = 0; i <= m; i++, j++) {
            f[i] = (j < 0) ? 0.0 : (double) ipio2[j];
        }

        // compute q[0], q[1], ... q[jk]
        for (i = 0; i <= jk; i++) {
            for (j = 0, fw = 0.0; j <= jx; j++) {
                fw += x[j] * f[jx + i - j];
            }
            q[i] = fw;
        }

        int jz = jk;
        while (true) { // "recompute"
            // distill q[] into iq[] reversingly
            for (i = 0, j = jz, z = q[jz]; j > 0; i++, j--) {
                fw = (double) ((int) (TWON24 * z));
                iq[i] = (int) (z - TWO24 * fw);
                z = q[j - 1] + fw;
            }

            // compute n
            z = scalbn(z, q0); // actual value of z
            z -= 8.0 * floor(z * 0.125); // trim off integer >= 8
            n = (int) z;
            z -= (double) n;
            ih = 0;
            if (q0 > 0) { // need iq[jz-1] to determine n
                i = (iq[jz - 1] >> (24 - q0));
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }

            if (ih > 0) { // q > 0.5
                n += 1;
                int carry = 0;
                for (i = 0; i < jz; i++) { // compute 1-q
                    j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    } else {
                        iq[i] = 0xffffff - j;
                    }
                }
                if (q0 > 0) { // rare case: chance is 1 in 12
                    switch (q0) {
                        case 1:
                            iq[jz - 1] &= 0x7fffff;
                            break;
                        case 2:
                            iq[jz - 1] &= 0x3fffff;
                            break;
                        default:
                            break;
                    }
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) {
                        z -= scalbn(1.0, q0);
                    }
                }
            }

            // check if recomputation is needed
            if (z == 0.0) {
                j = 0;
                for (i = jz - 1; i >= jk; i--) {
                    j |= iq[i];
                }
                if (j == 0) { // need recomputation
                    for (k = 1; iq[jk - k] == 0; k++) {
                        // k = no. of terms needed
                    }
                    for (i = jz + 1; i <= jz + k; i++) { // add q[jz+1] to q[jz+k]
                        f[jx + i] = (double) ipio2[jv + i];
                        for (j = 0, fw = 0.0; j <= jx; j++) {
                            fw += x[j] * f[jx + i - j];
                        }
                        q[i] = fw;
                    }
                    jz += k;
                    continue;
                }
            }
            break;
        }

        // chop off zero terms
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else { // break z into 24-bit if necessary
            z = scalbn(z, -q0);
            if (z >= TWO24) {
                fw = (double) ((int) (TWON24 * z));
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }

        // convert integer "bit" chunk to floating-point value
        fw = scalbn(1.0, q0);
        for (i = jz; i >= 0; i--) {
            q[i] = fw * (double) iq[i];
            fw *= TWON24;
        }

        // compute PIo2[0,...,jp]*q[jz,...,0]
        for (i = jz; i >= 0; i--) {
            for (fw = 0.0, k = 0; k <= jp && k <= jz - i; k++) {
                fw += pio2[k] * q[i + k];
            }
            fq[jz - i] = fw;
        }

        // compress fq[] into y[]
        fw = 0.0;
        for (i = jz; i >= 0; i--) {
            fw += fq[i];
        }
        y[0] = (ih == 0) ? fw : -fw;
        fw = fq[0] - fw;
        for (i = 1; i <= jz; i++) {
            fw += fq[i];
        }
        y[1] = (ih == 0) ? fw : -fw;
        return n & 7;
    }

    /**
     * Tables for the Payne–Hanek reduction of huge arguments. Kept in a holder class so that
     * {@link PureMath} itself has no static initializer; it is only initialized when a
     * trigonometric function sees |x| &gt; 2<sup>19</sup>&middot;&pi;/2.
     */
    static final class Tables {
        private Tables() {}

        /** 2/pi in 24-bit chunks: the integer array contains the (24*i)-th to (24*i+23)-th bit. */
        static final int[] TWO_OVER_PI = {
            0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
            0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
            0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
            0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
            0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
            0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
            0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
            0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
            0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
            0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
            0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
        };

        /** pi/2 in 24-bit pieces. */
        static final double[] PIO2 = {
            1.57079625129699707031e+00, /* 0x3FF921FB, 0x40000000 */
            7.54978941586159635335e-08, /* 0x3E74442D, 0x00000000 */
            5.39030252995776476554e-15, /* 0x3CF84698, 0x80000000 */
            3.28200341580791294123e-22, /* 0x3B78CC51, 0x60000000 */
            1.27065575308067607349e-29, /* 0x39F01B83, 0x80000000 */
            1.22933308981111328932e-36, /* 0x387A2520, 0x40000000 */
            2.73370053816464559624e-44, /* 0x36E38222, 0x80000000 */
            2.16741683877804819444e-51, /* 0x3569F31D, 0x00000000 */
        };
    }

    // ------------------------------------------------------------------------------------------
    // sin, cos, tan (s_sin.c, s_cos.c, s_tan.c)
    // ------------------------------------------------------------------------------------------

    /** Sine, bit-for-bit equal to {@code StrictMath.sin}. */
    public static double sin(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) { // |x| ~< pi/4
            return kernelSin(x, 0.0, 0);
        } else if (ix >= 0x7ff00000) { // sin(Inf or NaN) is NaN
            return x - x;
        }
        return reduceAndEvaluate(x, SIN);
    }

    /** Cosine, bit-for-bit equal to {@code StrictMath.cos}. */
    public static double cos(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) { // |x| ~< pi/4
            return kernelCos(x, 0.0);
        } else if (ix >= 0x7ff00000) { // cos(Inf or NaN) is NaN
            return x - x;
        }
        return reduceAndEvaluate(x, COS);
    }

    /** Tangent, bit-for-bit equal to {@code StrictMath.tan}. */
    public static double tan(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) { // |x| ~< pi/4
            return kernelTan(x, 0.0, 1);
        } else if (ix >= 0x7ff00000) { // tan(Inf or NaN) is NaN
            return x - x;
        }
        return reduceAndEvaluate(x, TAN);
    }

    // ------------------------------------------------------------------------------------------
    // asin, acos (e_asin.c, e_acos.c)
    // ------------------------------------------------------------------------------------------

    private static final double PI = 3.14159265358979311600e+00; /* 0x400921FB, 0x54442D18 */
    private static final double PIO2_HI = 1.57079632679489655800e+00; /* 0x3FF921FB, 0x54442D18 */
    private static final double PIO2_LO = 6.12323399573676603587e-17; /* 0x3C91A626, 0x33145C07 */
    private static final double PIO4_HI = 7.85398163397448278999e-01; /* 0x3FE921FB, 0x54442D18 */
    private static final double PS0 = 1.66666666666666657415e-01; /* 0x3FC55555, 0x55555555 */
    private static final double PS1 = -3.25565818622400915405e-01; /* 0xBFD4D612, 0x03EB6F7D */
    private static final double PS2 = 2.01212532134862925881e-01; /* 0x3FC9C155, 0x0E884455 */
    private static final double PS3 = -4.00555345006794114027e-02; /* 0xBFA48228, 0xB5688F3B */
    private static final double PS4 = 7.91534994289814532176e-04; /* 0x3F49EFE0, 0x7501B288 */
    private static final double PS5 = 3.47933107596021167570e-05; /* 0x3F023DE1, 0x0DFDF709 */
    private static final double QS1 = -2.40339491173441421878e+00; /* 0xC0033A27, 0x1C8A2D4B */
    private static final double QS2 = 2.02094576023350569471e+00; /* 0x40002AE5, 0x9C598AC8 */
    private static final double QS3 = -6.88283971605453293030e-01; /* 0xBFE6066C, 0x1B8D0159 */
    private static final double QS4 = 7.70381505559019352791e-02; /* 0x3FB3B8C5, 0xB12E9282 */

    /** Arc sine, bit-for-bit equal to {@code StrictMath.asin}. */
    public static double asin(double x) {
        double t;
        double w;
        double p;
        double q;
        double c;
        double r;
        double s;
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) { // |x| >= 1
            if (((ix - 0x3ff00000) | lo(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO; // asin(+-1) = +-pi/2
            }
            return (x - x) / (x - x); // asin(|x|>1) is NaN
        } else if (ix < 0x3fe00000) { // |x| < 0.5
            if (ix < 0x3e400000) { // |x| < 2**-27
                return x;
            }
            t = x * x;
            p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
            q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
            w = p / q;
            return x + x * w;
        }
        // 1 > |x| >= 0.5
        w = 1.0 - abs(x);
        t = w * 0.5;
        p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
        q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
        s = sqrt(t);
        if (ix >= 0x3FEF3333) { // |x| > 0.975
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            w = clearLo(s);
            c = (t - w * w) / (s + w);
            r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4_HI - 2.0 * w;
            t = PIO4_HI - (p - q);
        }
        if (hx > 0) {
            return t;
        } else {
            return -t;
        }
    }

    /** Arc cosine, bit-for-bit equal to {@code StrictMath.acos}. */
    public static double acos(double x) {
        double z;
        double p;
        double q;
        double r;
        double w;
        double s;
        double c;
        double df;
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) { // |x| >= 1
            if (((ix - 0x3ff00000) | lo(x)) == 0) { // |x| == 1
                if (hx > 0) {
                    return 0.0; // acos(1) = 0
                } else {
                    return PI + 2.0 * PIO2_LO; // acos(-1) = pi
                }
            }
            return (x - x) / (x - x); // acos(|x|>1) is NaN
        }
        if (ix < 0x3fe00000) { // |x| < 0.5
            if (ix <= 0x3c600000) {
                return PIO2_HI + PIO2_LO; // |x| < 2**-57
            }
            z = x * x;
            p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
            q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
            r = p / q;
            return PIO2_HI - (x - (PIO2_LO - x * r));
        } else if (hx < 0) { // x < -0.5
            z = (1.0 + x) * 0.5;
            p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
            q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
            s = sqrt(z);
            r = p / q;
            w = r * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        } else { // x > 0.5
            z = (1.0 - x) * 0.5;
            s = sqrt(z);
            df = clearLo(s);
            c = (z - df * df) / (s + df);
            p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
            q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
            r = p / q;
            w = r * s + c;
            return 2.0 * (df + w);
        }
    }

    // ------------------------------------------------------------------------------------------
    // atan, atan2 (s_atan.c, e_atan2.c)
    // ------------------------------------------------------------------------------------------

    private static final double ATANHI0 = 4.63647609000806093515e-01; /* 0x3FDDAC67, 0x0561BB4F */
    private static final double ATANHI1 = 7.85398163397448278999e-01; /* 0x3FE921FB, 0x54442D18 */
    private static final double ATANHI2 = 9.82793723247329054082e-01; /* 0x3FEF730B, 0xD281F69B */
    private static final double ATANHI3 = 1.57079632679489655800e+00; /* 0x3FF921FB, 0x54442D18 */
    private static final double ATANLO0 = 2.26987774529616870924e-17; /* 0x3C7A2B7F, 0x222F65E2 */
    private static final double ATANLO1 = 3.06161699786838301793e-17; /* 0x3C81A626, 0x33145C07 */
    private static final double ATANLO2 = 1.39033110312309984516e-17; /* 0x3C700788, 0x7AF0CBBD */
    private static final double ATANLO3 = 6.12323399573676603587e-17; /* 0x3C91A626, 0x33145C07 */
    private static final double AT0 = 3.33333333333329318027e-01; /* 0x3FD55555, 0x5555550D */
    private static final double AT1 = -1.99999999998764832476e-01; /* 0xBFC99999, 0x9998EBC4 */
    private static final double AT2 = 1.42857142725034663711e-01; /* 0x3FC24924, 0x920083FF */
    private static final double AT3 = -1.11111104054623557880e-01; /* 0xBFBC71C6, 0xFE231671 */
    private static final double AT4 = 9.09088713343650656196e-02; /* 0x3FB745CD, 0xC54C206E */
    private static final double AT5 = -7.69187620504482999495e-02; /* 0xBFB3B0F2, 0xAF749A6D */
    private static final double AT6 = 6.66107313738753120669e-02; /* 0x3FB10D66, 0xA0D03D51 */
    private static final double AT7 = -5.83357013379057348645e-02; /* 0xBFADDE2D, 0x52DEFD9A */
    private static final double AT8 = 4.97687799461593236017e-02; /* 0x3FA97B4B, 0x24760DEB */
    private static final double AT9 = -3.65315727442169155270e-02; /* 0xBFA2B444, 0x2C6A6C2F */
    private static final double AT10 = 1.62858201153657823623e-02; /* 0x3F90AD3A, 0xE322DA11 */

    /** Arc tangent, bit-for-bit equal to {@code StrictMath.atan}. */
    public static double atan(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x44100000) { // |x| >= 2^66
            if (ix > 0x7ff00000 || (ix == 0x7ff00000 && (lo(x) != 0))) {
                return x + x; // NaN
            }
            if (hx > 0) {
                return ATANHI3 + ATANLO3;
            } else {
                return -ATANHI3 - ATANLO3;
            }
        }
        if (ix < 0x3fdc0000) { // |x| < 0.4375
            if (ix < 0x3e200000) { // |x| < 2^-29
                return x;
            }
            id = -1;
        } else {
            x = abs(x);
            if (ix < 0x3ff30000) { // |x| < 1.1875
                if (ix < 0x3fe60000) { // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else { // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else {
                if (ix < 0x40038000) { // |x| < 2.4375
                    id = 2;
                    x = (x - 1.5) / (1.0 + 1.5 * x);
                } else { // 2.4375 <= |x| < 2^66
                    id = 3;
                    x = -1.0 / x;
                }
            }
        }
        // end of argument reduction
        double z = x * x;
        double w = z * z;
        // break sum from i=0 to 10 aT[i]z**(i+1) into odd and even poly
        double s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
        double s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        double hiPart;
        double loPart;
        switch (id) {
            case 0:
                hiPart = ATANHI0;
                loPart = ATANLO0;
                break;
            case 1:
                hiPart = ATANHI1;
                loPart = ATANLO1;
                break;
            case 2:
                hiPart = ATANHI2;
                loPart = ATANLO2;
                break;
            default:
                hiPart = ATANHI3;
                loPart = ATANLO3;
                break;
        }
        z = hiPart - ((x * (s1 + s2) - loPart) - x);
        return (hx < 0) ? -z : z;
    }

    private static final double PI_O_4 = 7.8539816339744827900E-01; /* 0x3FE921FB, 0x54442D18 */
    private static final double PI_O_2 = 1.5707963267948965580E+00; /* 0x3FF921FB, 0x54442D18 */
    private static final double PI_LO = 1.2246467991473531772E-16; /* 0x3CA1A626, 0x33145C07 */

    /** Angle theta of the point (x, y), bit-for-bit equal to {@code StrictMath.atan2}. */
    public static double atan2(double y, double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int lx = lo(x);
        int hy = hi(y);
        int iy = hy & 0x7fffffff;
        int ly = lo(y);
        if (((ix | ((lx | -lx) >>> 31)) > 0x7ff00000) || ((iy | ((ly | -ly) >>> 31)) > 0x7ff00000)) {
            return x + y; // x or y is NaN
        }
        if (((hx - 0x3ff00000) | lx) == 0) {
            return atan(y); // x = 1.0
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2*sign(x)+sign(y)

        // when y = 0
        if ((iy | ly) == 0) {
            switch (m) {
                case 0:
                case 1:
                    return y; // atan(+-0,+anything) = +-0
                case 2:
                    return PI + TINY; // atan(+0,-anything) = pi
                default:
                    return -PI - TINY; // atan(-0,-anything) = -pi
            }
        }
        // when x = 0
        if ((ix | lx) == 0) {
            return (hy < 0) ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }
        // when x is INF
        if (ix == 0x7ff00000) {
            if (iy == 0x7ff00000) {
                switch (m) {
                    case 0:
                        return PI_O_4 + TINY; // atan(+INF,+INF)
                    case 1:
                        return -PI_O_4 - TINY; // atan(-INF,+INF)
                    case 2:
                        return 3.0 * PI_O_4 + TINY; // atan(+INF,-INF)
                    default:
                        return -3.0 * PI_O_4 - TINY; // atan(-INF,-INF)
                }
            } else {
                switch (m) {
                    case 0:
                        return 0.0; // atan(+...,+INF)
                    case 1:
                        return -0.0; // atan(-...,+INF)
                    case 2:
                        return PI + TINY; // atan(+...,-INF)
                    default:
                        return -PI - TINY; // atan(-...,-INF)
                }
            }
        }
        // when y is INF
        if (iy == 0x7ff00000) {
            return (hy < 0) ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }

        // compute y/x
        double z;
        int k = (iy - ix) >> 20;
        if (k > 60) { // |y/x| > 2**60
            z = PI_O_2 + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) { // |y|/x < -2**60
            z = 0.0;
        } else { // safe to do y/x
            z = atan(abs(y / x));
        }
        switch (m) {
            case 0:
                return z; // atan(+,+)
            case 1:
                return -z; // atan(-,+)
            case 2:
                return PI - (z - PI_LO); // atan(+,-)
            default:
                return (z - PI_LO) - PI; // atan(-,-)
        }
    }

    // ------------------------------------------------------------------------------------------
    // exp (e_exp.c)
    // ------------------------------------------------------------------------------------------

    private static final double TWOM1000 = 9.33263618503218878990e-302; /* 2**-1000 = 0x01700000, 0 */
    private static final double O_THRESHOLD = 7.09782712893383973096e+02; /* 0x40862E42, 0xFEFA39EF */
    private static final double U_THRESHOLD = -7.45133219101941108420e+02; /* 0xC0874910, 0xD52D3051 */
    private static final double LN2_HI = 6.93147180369123816490e-01; /* 0x3FE62E42, 0xFEE00000 */
    private static final double LN2_LO = 1.90821492927058770002e-10; /* 0x3DEA39EF, 0x35793C76 */
    private static final double INVLN2 = 1.44269504088896338700e+00; /* 0x3FF71547, 0x652B82FE */
    private static final double P1 = 1.66666666666666019037e-01; /* 0x3FC55555, 0x5555553E */
    private static final double P2 = -2.77777777770155933842e-03; /* 0xBF66C16C, 0x16BEBD93 */
    private static final double P3 = 6.61375632143793436117e-05; /* 0x3F11566A, 0xAF25DE2C */
    private static final double P4 = -1.65339022054652515390e-06; /* 0xBEBBBD41, 0xC5D26BF1 */
    private static final double P5 = 4.13813679705723846039e-08; /* 0x3E663769, 0x72BEA4D0 */

    /** e raised to the power x, bit-for-bit equal to {@code StrictMath.exp}. */
    public static double exp(double x) {
        double y;
        double hi = 0.0;
        double lo = 0.0;
        double c;
        double t;
        int k = 0;
        int hx = hi(x);
        int xsb = (hx >>> 31) & 1; // sign bit of x
        hx &= 0x7fffffff; // high word of |x|

        // filter out non-finite argument
        if (hx >= 0x40862E42) { // if |x| >= 709.78...
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lo(x)) != 0) {
                    return x + x; // NaN
                } else {
                    return (xsb == 0) ? x : 0.0; // exp(+-inf) = {inf, 0}
                }
            }
            if (x > O_THRESHOLD) {
                return HUGE * HUGE; // overflow
            }
            if (x < U_THRESHOLD) {
                return TWOM1000 * TWOM1000; // underflow
            }
        }

        // argument reduction
        if (hx > 0x3fd62e42) { // if |x| > 0.5 ln2
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INVLN2 * x + ((xsb == 0) ? 0.5 : -0.5));
                t = k;
                hi = x - t * LN2_HI; // t*ln2HI is exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) { // when |x| < 2**-28
            return 1.0 + x;
        } else {
            k = 0;
        }

        // x is now in primary range
        t = x * x;
        c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        } else {
            y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        }
        if (k >= -1021) {
            return setHi(y, hi(y) + (k << 20)); // add k to y's exponent
        } else {
            y = setHi(y, hi(y) + ((k + 1000) << 20)); // add k to y's exponent
            return y * TWOM1000;
        }
    }

    // ------------------------------------------------------------------------------------------
    // log (e_log.c)
    // ------------------------------------------------------------------------------------------

    private static final double LG1 = 6.666666666666735130e-01; /* 0x3FE55555, 0x55555593 */
    private static final double LG2 = 3.999999999940941908e-01; /* 0x3FD99999, 0x9997FA04 */
    private static final double LG3 = 2.857142874366239149e-01; /* 0x3FD24924, 0x94229359 */
    private static final double LG4 = 2.222219843214978396e-01; /* 0x3FCC71C5, 0x1D8E78AF */
    private static final double LG5 = 1.818357216161805012e-01; /* 0x3FC74664, 0x96CB03DE */
    private static final double LG6 = 1.531383769920937332e-01; /* 0x3FC39A09, 0xD078C69F */
    private static final double LG7 = 1.479819860511658591e-01; /* 0x3FC2F112, 0xDF3E5244 */

    /** Natural logarithm, bit-for-bit equal to {@code StrictMath.log}. */
    public static double log(double x) {
        double hfsq;
        double f;
        double s;
        double z;
        double r;
        double w;
        double t1;
        double t2;
        double dk;
        int k;
        int hx;
        int i;
        int j;
        int lx;

        hx = hi(x);
        lx = lo(x);

        k = 0;
        if (hx < 0x00100000) { // x < 2**-1022
            if (((hx & 0x7fffffff) | lx) == 0) {
                return -TWO54 / 0.0; // log(+-0) = -inf
            }
            if (hx < 0) {
                return (x - x) / 0.0; // log(-#) = NaN
            }
            k -= 54;
            x *= TWO54; // subnormal number, scale up x
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        i = (hx + 0x95f64) & 0x100000;
        x = setHi(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
        k += (i >> 20);
        f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2**-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                } else {
                    dk = (double) k;
                    return dk * LN2_HI + dk * LN2_LO;
                }
            }
            r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            } else {
                dk = (double) k;
                return dk * LN2_HI - ((r - dk * LN2_LO) - f);
            }
        }
        s = f / (2.0 + f);
        dk = (double) k;
        z = s * s;
        i = hx - 0x6147a;
        w = z * z;
        j = 0x6b851 - hx;
        t1 = w * (LG2 + w * (LG4 + w * LG6));
        t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        r = t2 + t1;
        if (i > 0) {
            hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            } else {
                return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
            }
        } else {
            if (k == 0) {
                return f - s * (f - r);
            } else {
                return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // pow (e_pow.c)
    // ------------------------------------------------------------------------------------------

    private static final double DP_H1 = 5.84962487220764160156e-01; /* 0x3FE2B803, 0x40000000 */
    private static final double DP_L1 = 1.35003920212974897128e-08; /* 0x3E4CFDEB, 0x43CFD006 */
    private static final double TWO53 = 9007199254740992.0; /* 0x43400000, 0x00000000 */
    private static final double L1 = 5.99999999999994648725e-01; /* 0x3FE33333, 0x33333303 */
    private static final double L2 = 4.28571428578550184252e-01; /* 0x3FDB6DB6, 0xDB6FABFF */
    private static final double L3 = 3.33333329818377432918e-01; /* 0x3FD55555, 0x518F264D */
    private static final double L4 = 2.72728123808534006489e-01; /* 0x3FD17460, 0xA91D4101 */
    private static final double L5 = 2.30660745775561754067e-01; /* 0x3FCD864A, 0x93C9DB65 */
    private static final double L6 = 2.06975017800338417784e-01; /* 0x3FCA7E28, 0x4A454EEF */
    private static final double LG2_FULL = 6.93147180559945286227e-01; /* 0x3FE62E42, 0xFEFA39EF */
    private static final double LG2_H = 6.93147182464599609375e-01; /* 0x3FE62E43, 0x00000000 */
    private static final double LG2_L = -1.90465429995776804525e-09; /* 0xBE205C61, 0x0CA86C39 */
    private static final double OVT = 8.0085662595372944372e-17; /* -(1024-log2(ovfl+.5ulp)) */
    private static final double CP = 9.61796693925975554329e-01; /* 0x3FEEC709, 0xDC3A03FD */
    private static final double CP_H = 9.61796700954437255859e-01; /* 0x3FEEC709, 0xE0000000 */
    private static final double CP_L = -7.02846165095275826516e-09; /* 0xBE3E2FE0, 0x145B01F5 */
    private static final double IVLN2 = 1.44269504088896338700e+00; /* 0x3FF71547, 0x652B82FE */
    private static final double IVLN2_H = 1.44269502162933349609e+00; /* 0x3FF71547, 0x60000000 */
    private static final double IVLN2_L = 1.92596299112661746887e-08; /* 0x3E54AE0B, 0xF85DDF44 */

    /** x raised to the power y, bit-for-bit equal to {@code StrictMath.pow}. */
    public static double pow(double x, double y) {
        double z;
        double ax;
        double zH;
        double zL;
        double pH;
        double pL;
        double y1;
        double t1;
        double t2;
        double r;
        double s;
        double t;
        double u;
        double v;
        double w;
        int i;
        int j;
        int k;
        int yisint;
        int n;

        int hx = hi(x);
        int lx = lo(x);
        int hy = hi(y);
        int ly = lo(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;

        // y == zero: x**0 = 1
        if ((iy | ly) == 0) {
            return 1.0;
        }

        // +-NaN return x+y
        if (ix > 0x7ff00000
                || ((ix == 0x7ff00000) && (lx != 0))
                || iy > 0x7ff00000
                || ((iy == 0x7ff00000) && (ly != 0))) {
            return x + y;
        }

        // determine if y is an odd int when x < 0
        // yisint = 0 ... y is not an integer
        // yisint = 1 ... y is an odd int
        // yisint = 2 ... y is an even int
        yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2; // even integer y
            } else if (iy >= 0x3ff00000) {
                k = (iy >> 20) - 0x3ff; // exponent
                if (k > 20) {
                    j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yisint = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }

        // special value of y
        if (ly == 0) {
            if (iy == 0x7ff00000) { // y is +-inf
                if (((ix - 0x3ff00000) | lx) == 0) {
                    return y - y; // (+-1)**+-inf is NaN
                } else if (ix >= 0x3ff00000) { // (|x|>1)**+-inf = inf,0
                    return (hy >= 0) ? y : 0.0;
                } else { // (|x|<1)**-,+inf = inf,0
                    return (hy < 0) ? -y : 0.0;
                }
            }
            if (iy == 0x3ff00000) { // y is +-1
                if (hy < 0) {
                    return 1.0 / x;
                } else {
                    return x;
                }
            }
            if (hy == 0x40000000) {
                return x * x; // y is 2
            }
            if (hy == 0x3fe00000) { // y is 0.5
                if (hx >= 0) { // x >= +0
                    return sqrt(x);
                }
            }
        }

        ax = abs(x);
        // special value of x
        if (lx == 0) {
            if (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000) {
                z = ax; // x is +-0,+-inf,+-1
                if (hy < 0) {
                    z = 1.0 / z; // z = (1/|x|)
                }
                if (hx < 0) {
                    if (((ix - 0x3ff00000) | yisint) == 0) {
                        z = (z - z) / (z - z); // (-1)**non-int is NaN
                    } else if (yisint == 1) {
                        z = -z; // (x<0)**odd = -(|x|**odd)
                    }
                }
                return z;
            }
        }

        n = (hx >> 31) + 1;

        // (x<0)**(non-int) is NaN
        if ((n | yisint) == 0) {
            return (x - x) / (x - x);
        }

        s = 1.0; // s (sign of result -ve**odd) = -1 else = 1
        if ((n | (yisint - 1)) == 0) {
            s = -1.0; // (-ve)**(odd int)
        }

        // |y| is huge
        if (iy > 0x41e00000) { // if |y| > 2**31
            if (iy > 0x43f00000) { // if |y| > 2**64, must o/uflow
                if (ix <= 0x3fefffff) {
                    return (hy < 0) ? HUGE * HUGE : TINY * TINY;
                }
                if (ix >= 0x3ff00000) {
                    return (hy > 0) ? HUGE * HUGE : TINY * TINY;
                }
            }
            // over/underflow if x is not close to one
            if (ix < 0x3fefffff) {
                return (hy < 0) ? s * HUGE * HUGE : s * TINY * TINY;
            }
            if (ix > 0x3ff00000) {
                return (hy > 0) ? s * HUGE * HUGE : s * TINY * TINY;
            }
            // now |1-x| is tiny <= 2**-20, suffice to compute log(x) by x-x^2/2+x^3/3-x^4/4
            t = ax - 1.0; // t has 20 trailing zeros
            w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            u = IVLN2_H * t; // ivln2_h has 21 sig. bits
            v = t * IVLN2_L - w * IVLN2;
            t1 = clearLo(u + v);
            t2 = v - (t1 - u);
        } else {
            double ss;
            double s2;
            double sH;
            double sL;
            double tH;
            double tL;
            double bp;
            double dpH;
            double dpL;
            n = 0;
            // take care subnormal number
            if (ix < 0x00100000) {
                ax *= TWO53;
                n -= 53;
                ix = hi(ax);
            }
            n += ((ix) >> 20) - 0x3ff;
            j = ix & 0x000fffff;
            // determine interval
            ix = j | 0x3ff00000; // normalize ix
            if (j <= 0x3988E) {
                k = 0; // |x| < sqrt(3/2)
            } else if (j < 0xBB67A) {
                k = 1; // |x| < sqrt(3)
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = setHi(ax, ix);
            if (k == 0) {
                bp = 1.0;
                dpH = 0.0;
                dpL = 0.0;
            } else {
                bp = 1.5;
                dpH = DP_H1;
                dpL = DP_L1;
            }

            // compute ss = s_h+s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5)
            u = ax - bp;
            v = 1.0 / (ax + bp);
            ss = u * v;
            sH = clearLo(ss);
            // t_h=ax+bp[k] High
            tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            tL = ax - (tH - bp);
            sL = v * ((u - sH * tH) - sH * tL);
            // compute log(ax)
            s2 = ss * ss;
            r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = clearLo(3.0 + s2 + r);
            tL = r - ((tH - 3.0) - s2);
            // u+v = ss*(1+...)
            u = sH * tH;
            v = sL * tH + tL * ss;
            // 2/(3log2)*(ss+...)
            pH = clearLo(u + v);
            pL = v - (pH - u);
            zH = CP_H * pH; // cp_h+cp_l = 2/(3*log2)
            zL = CP_L * pH + pL * CP + dpL;
            // log2(ax) = (ss+..)*2/(3*log2) = n + dp_h + z_h + z_l
            t = (double) n;
            t1 = clearLo(((zH + zL) + dpH) + t);
            t2 = zL - (((t1 - t) - dpH) - zH);
        }

        // split up y into y1+y2 and compute (y1+y2)*(t1+t2)
        y1 = clearLo(y);
        pL = (y - y1) * t1 + y * t2;
        pH = y1 * t1;
        z = pL + pH;
        j = hi(z);
        i = lo(z);
        if (j >= 0x40900000) { // z >= 1024
            if (((j - 0x40900000) | i) != 0) { // if z > 1024
                return s * HUGE * HUGE; // overflow
            } else {
                if (pL + OVT > z - pH) {
                    return s * HUGE * HUGE; // overflow
                }
            }
        } else if ((j & 0x7fffffff) >= 0x4090cc00) { // z <= -1075
            if (((j - 0xc090cc00) | i) != 0) { // z < -1075
                return s * TINY * TINY; // underflow
            } else {
                if (pL <= z - pH) {
                    return s * TINY * TINY; // underflow
                }
            }
        }

        // compute 2**(p_h+p_l)
        i = j & 0x7fffffff;
        k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) { // if |z| > 0.5, set n = [z+0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff; // new k for n
            t = fromWords(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        t = clearLo(pL + pH);
        u = t * LG2_H;
        v = (pL - (t - pH)) * LG2_FULL + t * LG2_L;
        z = u + v;
        w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z);
        j += (n << 20);
        if ((j >> 20) <= 0) {
            z = scalbn(z, n); // subnormal output
        } else {
            z = setHi(z, hi(z) + (n << 20));
        }
        return s * z;
    }

    // ------------------------------------------------------------------------------------------
    // random
    // ------------------------------------------------------------------------------------------

    /** SplitMix64 state; zero-initialized (no static initializer), seeded on first use. */
    private static long randomState;

    private static boolean randomSeeded;

    private static final long RANDOM_SEED = 0x5DEECE66D2B7E151L;

    /**
     * Pseudo-random double in [0, 1), from a SplitMix64 generator.
     *
     * <p><b>Not cryptographic, and deterministic:</b> wasm plug-ins here have no entropy source,
     * so the generator starts from a fixed seed and every plug-in instance produces the same
     * sequence. Not thread-safe (the wasm runtime is single-threaded).
     */
    public static double random() {
        if (!randomSeeded) {
            randomState = RANDOM_SEED;
            randomSeeded = true;
        }
        long z = randomState += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (double) (z >>> 11) * 0x1.0p-53;
    }
}
