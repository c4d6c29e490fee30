package dev.javapdk.pdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shortest-repr formatter against exact arithmetic and against JDK 19+ Double.toString. */
class DoubleFormatTest {
    private static final int JAVA = Runtime.version().feature();

    static String format(double v) {
        byte[] buf = new byte[DoubleFormat.MAX_LENGTH];
        return new String(buf, 0, DoubleFormat.write(v, buf, 0), StandardCharsets.US_ASCII);
    }

    static String format(float v) {
        byte[] buf = new byte[DoubleFormat.MAX_LENGTH];
        return new String(buf, 0, DoubleFormat.write(v, buf, 0), StandardCharsets.US_ASCII);
    }

    /** Finite doubles from random bit patterns, so that every exponent is equally likely. */
    static double randomDouble(SplittableRandom random) {
        while (true) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                return d;
            }
        }
    }

    @Test
    void powerTableRowsAreExactlyTheFloorOfTheScaledPowers() {
        BigInteger two127 = BigInteger.ONE.shiftLeft(127);
        for (int e = Pow10.MIN_EXP; e <= Pow10.MAX_EXP; e++) {
            BigInteger row;
            if (e >= 0) {
                BigInteger p = BigInteger.TEN.pow(e);
                int shift = 128 - p.bitLength();
                row = shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
            } else {
                BigInteger p = BigInteger.TEN.pow(-e);
                row = BigInteger.ONE.shiftLeft(127 + p.bitLength()).divide(p);
            }
            assertTrue(row.compareTo(two127) >= 0 && row.bitLength() == 128);
            assertEquals(row.shiftRight(64).longValue(), Pow10.hi(e), "10^" + e);
            assertEquals(row.longValue(), Pow10.lo(e), "10^" + e);
        }
    }

    @Test
    void logarithmApproximationsAreExactOverTheirRange() {
        for (int e = -1100; e <= 1100; e++) {
            // floor(log10(2^e)) and floor(log10(3/4 2^e)), via exact decimals.
            BigDecimal pow2 = e >= 0
                    ? new BigDecimal(BigInteger.ONE.shiftLeft(e))
                    : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-e)));
            assertEquals(floorLog10(pow2), DoubleFormat.flog10pow2(e), "flog10pow2 " + e);
            BigDecimal threeQuarters = pow2.multiply(new BigDecimal("0.75"));
            assertEquals(floorLog10(threeQuarters), DoubleFormat.flog10threeQuartersPow2(e), "3/4 " + e);
        }
        for (int e = -400; e <= 400; e++) {
            // floor(log2(10^e)).
            int expected = e >= 0
                    ? BigInteger.TEN.pow(e).bitLength() - 1
                    : -BigInteger.TEN.pow(-e).bitLength();
            assertEquals(expected, DoubleFormat.flog2pow10(e), "flog2pow10 " + e);
        }
    }

    private static int floorLog10(BigDecimal v) {
        // v = unscaled 10^-scale; the unscaled value's digit count places the point.
        BigInteger unscaled = v.unscaledValue();
        int k = unscaled.toString().length() - 1 - v.scale();
        BigDecimal tenK = k >= 0 ? new BigDecimal(BigInteger.TEN.pow(k)) : BigDecimal.ONE.movePointLeft(-k);
        if (tenK.compareTo(v) > 0) {
            k--;
        }
        return k;
    }

    @Test
    void shortestAndRoundTripsOnAnyJdk() {
        SplittableRandom random = new SplittableRandom(4511638);
        int differentFromPlatform = 0;
        int samples = 500_000;
        for (int i = 0; i < samples; i++) {
            double d = randomDouble(random);
            String mine = format(d);
            assertEquals(d, Double.parseDouble(mine), mine);
            String platform = Double.toString(d);
            if (!mine.equals(platform)) {
                differentFromPlatform++;
                // Only JDK < 19 may differ, and then never by being shorter than us.
                assertTrue(JAVA < 19, () -> mine + " vs " + platform);
                assertTrue(significantDigits(mine) <= significantDigits(platform), () -> mine + " vs " + platform);
            }
        }
        System.out.println("DoubleFormatTest: Java " + JAVA + " Double.toString differs from the shortest form for "
                + differentFromPlatform + " of " + samples + " random doubles");
    }

    private static int significantDigits(String text) {
        String mantissa = text.replaceFirst("E.*", "").replace("-", "").replace(".", "");
        return new BigDecimal(mantissa).stripTrailingZeros().precision();
    }

    @Test
    void matchesJdk19DoubleToString() {
        assumeTrue(JAVA >= 19, "Double.toString is the shortest form only since JDK 19 (JDK-4511638)");
        double[] specials = {
            0.0,
            -0.0,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            Math.nextDown(Double.MIN_NORMAL),
            1e7,
            Math.nextDown(1e7),
            1e-3,
            Math.nextDown(1e-3),
            1e23,
            2e23,
            9007199254740992.0,
            9007199254740993.0,
            1.0,
            0.1,
            0.3,
            1.0 / 3,
            Math.PI,
            Math.E,
            5e-324,
            1e-323
        };
        for (double d : specials) {
            assertEquals(Double.toString(d), format(d));
        }
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 1_000_000; i++) {
            double d = randomDouble(random);
            assertEquals(Double.toString(d), format(d));
            double unit = random.nextDouble();
            assertEquals(Double.toString(unit), format(unit));
            double integer = (double) random.nextLong(1L << 54);
            assertEquals(Double.toString(integer), format(integer));
        }
        for (long bits = 1; bits < 100_000; bits++) {
            double subnormal = Double.longBitsToDouble(bits);
            assertEquals(Double.toString(subnormal), format(subnormal));
        }
    }

    @Test
    void matchesJdk19FloatToString() {
        assumeTrue(JAVA >= 19, "Float.toString is the shortest form only since JDK 19");
        SplittableRandom random = new SplittableRandom(24);
        for (int i = 0; i < 1_000_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isNaN(f) && !Float.isInfinite(f)) {
                assertEquals(Float.toString(f), format(f));
            }
        }
        for (int bits = 0; bits < 100_000; bits++) {
            float f = Float.intBitsToFloat(bits);
            assertEquals(Float.toString(f), format(f));
            assertEquals(Float.toString(-f), format(-f));
        }
        for (float f : new float[] {Float.MAX_VALUE, Float.MIN_NORMAL, 1e7f, 1e-3f, 0.1f, 16777216f, 3.4e38f}) {
            assertEquals(Float.toString(f), format(f));
        }
    }

    @Test
    void floatsRoundTripAsFloats() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isNaN(f) && !Float.isInfinite(f)) {
                String text = format(f);
                assertEquals(f, Float.parseFloat(text), text);
                // Never longer than the exact value rounded to 9 digits, the most a float needs.
                assertTrue(significantDigits(text) <= 9, text);
            }
        }
        assertEquals(new BigDecimal("0.1").round(MathContext.DECIMAL32).toString(), format(0.1f));
    }
}
