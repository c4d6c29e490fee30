package dev.javapdk.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Compares every {@link PureMath} function bit for bit with {@link StrictMath} (all NaNs are
 * treated as equal) on special values and on at least 200,000 random arguments per function.
 */
class PureMathTest {

    private static final long SEED = 0x1234_5678_9ABC_DEF0L;
    private static final int PER_RANGE = 50_000;

    private static final double[] SPECIALS = buildSpecials();

    private static double[] buildSpecials() {
        List<Double> v = new ArrayList<>();
        double[] base = {
            0.0,
            Double.POSITIVE_INFINITY,
            Double.NaN,
            Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            1.0,
            0.5,
            2.0,
            3.0,
            10.0,
            100.0,
            Double.MIN_NORMAL - Double.MIN_VALUE, // largest subnormal
            0x0.0000000000123p-1022,
            0x0.8p-1022,
            3 * Double.MIN_VALUE,
            Math.nextUp(1.0),
            Math.nextDown(1.0),
            Math.nextUp(0.5),
            Math.nextDown(0.5),
            0x1p-27,
            0x1p-28,
            0x1p-29,
            0x1p-30,
            0x1p-57,
            0x1p-60,
            0x1p-1000,
            0x1p-1021,
            0x1p-1022,
            0x1p19,
            0x1p20,
            0x1p30,
            0x1p31,
            0x1p32,
            0x1p52,
            0x1p53,
            0x1p63,
            0x1p64,
            0x1p66,
            0x1p100,
            0.4375,
            0.6875,
            1.1875,
            2.4375,
            0.975,
            0.3,
            0.78125,
            0.6744,
            709.782712893383973096,
            709.79,
            709.78,
            -745.13321910194110842,
            -745.14,
            -708.4,
            -708.39,
            0.5 * 0.6931471805599453,
            1.5 * 0.6931471805599453,
            0.6931471805599453,
            1e300,
            1e22,
            1e15,
            1e10,
            1e6,
            123456789.0,
            1e-300,
            1e-10,
            1e-5,
            Math.PI,
            Math.E,
            1.0 / 3.0,
            0.1,
            0.9999999999999999,
            Double.longBitsToDouble(0x7ff8000000000001L),
            Double.longBitsToDouble(0x7ff0000000000001L),
            Double.longBitsToDouble(0x7fffffffffffffffL),
        };
        for (double d : base) {
            v.add(d);
            v.add(-d);
        }
        double pio2 = Math.PI / 2;
        double pio4 = Math.PI / 4;
        for (int k = 1; k <= 64; k++) {
            for (double d : new double[] {k * pio2, k * pio4, k * Math.PI}) {
                v.add(d);
                v.add(-d);
                v.add(Math.nextUp(d));
                v.add(Math.nextDown(d));
                v.add(-Math.nextUp(d));
            }
        }
        for (long k :
                new long[] {1000, 12345, 65536, 524288, 524289, 1L << 20, 1L << 30, 1L << 40, 1L << 52, 1234567890123L
                }) {
            double d = k * pio2;
            v.add(d);
            v.add(-d);
            v.add(Math.nextUp(d));
            v.add(Math.nextDown(d));
        }
        // hard cases for argument reduction: doubles very close to multiples of pi/2
        v.add(6381956970095103.0 * 0x1p797);
        v.add(5.319372648326541e+255);
        v.add(0x1.6ac5b262ca1ffp+849);
        v.add(0x1.921fb54442d18p+0);
        v.add(0x1.921fb54442d19p+0);
        v.add(0x1.921fb54442d18p+1);
        v.add(0x1.2d97c7f3321d2p+2);
        v.add(Double.MAX_VALUE * 0.5);
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------
    // comparison machinery
    // ---------------------------------------------------------------------------------------

    private static boolean sameBits(double expected, double actual) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(actual);
        }
        return Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual);
    }

    /** Counts comparisons and remembers the first few mismatches. */
    private static final class Tally {
        final String name;
        long count;
        long mismatches;
        final StringBuilder examples = new StringBuilder();

        Tally(String name) {
            this.name = name;
        }

        void check(double expected, double actual, String args) {
            count++;
            if (!sameBits(expected, actual)) {
                mismatches++;
                if (mismatches <= 10) {
                    examples.append("\n  ")
                            .append(name)
                            .append('(')
                            .append(args)
                            .append("): expected ")
                            .append(Double.toHexString(expected))
                            .append(" (")
                            .append(expected)
                            .append(") but was ")
                            .append(Double.toHexString(actual))
                            .append(" (")
                            .append(actual)
                            .append(')');
                }
            }
        }

        void assertClean(long minRandom) {
            System.out.println("PureMathTest: " + name + ": " + count + " comparisons, " + mismatches + " mismatches");
            assertEquals(
                    0,
                    mismatches,
                    name + ": " + mismatches + " of " + count + " results differ from StrictMath:" + examples);
            assertTrue(count >= minRandom, name + ": only " + count + " comparisons");
        }
    }

    private static String arg(double x) {
        return Double.toHexString(x);
    }

    /** Uniform in [lo, hi). */
    private static DoubleSupplier uniform(SplittableRandom r, double lo, double hi) {
        return () -> lo + (hi - lo) * r.nextDouble();
    }

    /** Random sign, random mantissa, exponent uniform in [minExp, maxExp]. */
    private static DoubleSupplier logUniform(SplittableRandom r, int minExp, int maxExp) {
        return () -> {
            double m = 1.0 + r.nextDouble();
            double d = Math.scalb(m, r.nextInt(minExp, maxExp + 1));
            return r.nextBoolean() ? d : -d;
        };
    }

    /** Arbitrary bit patterns (includes NaNs, infinities, subnormals, huge values). */
    private static DoubleSupplier bits(SplittableRandom r) {
        return () -> Double.longBitsToDouble(r.nextLong());
    }

    /** Doubles within a few ulps of n*pi/2 (exercises the 2nd/3rd medium-range reduction steps). */
    private static DoubleSupplier nearMultiplesOfPiOver2(SplittableRandom r, long maxN) {
        return () -> {
            double d = r.nextLong(1, maxN) * (Math.PI / 2);
            d = Double.longBitsToDouble(Double.doubleToRawLongBits(d) + r.nextInt(-4, 5));
            return r.nextBoolean() ? d : -d;
        };
    }

    private static void unary(
            String name,
            DoubleUnaryOperator pure,
            DoubleUnaryOperator strict,
            List<DoubleSupplier> extraRanges,
            long seedSalt) {
        Tally t = new Tally(name);
        for (double x : SPECIALS) {
            t.check(strict.applyAsDouble(x), pure.applyAsDouble(x), arg(x));
        }
        SplittableRandom r = new SplittableRandom(SEED ^ seedSalt);
        List<DoubleSupplier> ranges = new ArrayList<>();
        ranges.add(uniform(r, -1.0, 1.0));
        ranges.add(uniform(r, -10.0, 10.0));
        ranges.add(uniform(r, -1e6, 1e6));
        ranges.add(logUniform(r, -40, 80));
        ranges.add(bits(r));
        ranges.addAll(extraRanges);
        for (DoubleSupplier range : ranges) {
            for (int i = 0; i < PER_RANGE; i++) {
                double x = range.getAsDouble();
                t.check(strict.applyAsDouble(x), pure.applyAsDouble(x), arg(x));
            }
        }
        t.assertClean(200_000);
    }

    private static List<DoubleSupplier> none() {
        return new ArrayList<>();
    }

    // ---------------------------------------------------------------------------------------
    // unary functions
    // ---------------------------------------------------------------------------------------

    @Test
    void sin() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        List<DoubleSupplier> extra = none();
        extra.add(logUniform(r, 19, 1023)); // Payne-Hanek path
        extra.add(uniform(r, -4e6, 4e6)); // medium path boundary (2^19 * pi/2 ~ 823550)
        extra.add(nearMultiplesOfPiOver2(r, 1L << 21));
        extra.add(nearMultiplesOfPiOver2(r, 1L << 60));
        unary("sin", PureMath::sin, StrictMath::sin, extra, 1);
    }

    @Test
    void cos() {
        SplittableRandom r = new SplittableRandom(SEED + 2);
        List<DoubleSupplier> extra = none();
        extra.add(logUniform(r, 19, 1023));
        extra.add(uniform(r, -4e6, 4e6));
        extra.add(nearMultiplesOfPiOver2(r, 1L << 21));
        extra.add(nearMultiplesOfPiOver2(r, 1L << 60));
        unary("cos", PureMath::cos, StrictMath::cos, extra, 2);
    }

    @Test
    void tan() {
        SplittableRandom r = new SplittableRandom(SEED + 3);
        List<DoubleSupplier> extra = none();
        extra.add(logUniform(r, 19, 1023));
        extra.add(uniform(r, -4e6, 4e6));
        extra.add(nearMultiplesOfPiOver2(r, 1L << 21));
        extra.add(nearMultiplesOfPiOver2(r, 1L << 60));
        extra.add(uniform(r, -0.8, 0.8));
        unary("tan", PureMath::tan, StrictMath::tan, extra, 3);
    }

    @Test
    void asin() {
        SplittableRandom r = new SplittableRandom(SEED + 4);
        List<DoubleSupplier> extra = none();
        extra.add(uniform(r, -0.5, 0.5));
        extra.add(uniform(r, 0.9, 1.0));
        extra.add(() -> -1.0 + r.nextDouble() * 0x1p-20);
        extra.add(logUniform(r, -70, 0));
        unary("asin", PureMath::asin, StrictMath::asin, extra, 4);
    }

    @Test
    void acos() {
        SplittableRandom r = new SplittableRandom(SEED + 5);
        List<DoubleSupplier> extra = none();
        extra.add(uniform(r, -0.5, 0.5));
        extra.add(uniform(r, 0.9, 1.0));
        extra.add(() -> -1.0 + r.nextDouble() * 0x1p-20);
        extra.add(logUniform(r, -70, 0));
        unary("acos", PureMath::acos, StrictMath::acos, extra, 5);
    }

    @Test
    void atan() {
        SplittableRandom r = new SplittableRandom(SEED + 6);
        List<DoubleSupplier> extra = none();
        extra.add(uniform(r, -3.0, 3.0));
        extra.add(logUniform(r, -35, 70));
        unary("atan", PureMath::atan, StrictMath::atan, extra, 6);
    }

    @Test
    void exp() {
        SplittableRandom r = new SplittableRandom(SEED + 7);
        List<DoubleSupplier> extra = none();
        extra.add(uniform(r, -750.0, 750.0));
        extra.add(uniform(r, -746.0, -708.0)); // subnormal results
        extra.add(uniform(r, 700.0, 710.0)); // near overflow
        extra.add(uniform(r, -1.1, 1.1)); // |x| around 0.5 ln2 .. 1.5 ln2
        extra.add(logUniform(r, -40, -20));
        unary("exp", PureMath::exp, StrictMath::exp, extra, 7);
    }

    @Test
    void log() {
        SplittableRandom r = new SplittableRandom(SEED + 8);
        List<DoubleSupplier> extra = none();
        extra.add(uniform(r, 0.0, 4.0));
        extra.add(() -> 1.0 + (r.nextDouble() - 0.5) * 0x1p-18); // |f| < 2^-20 path
        extra.add(() -> Math.abs(Double.longBitsToDouble(r.nextLong())));
        extra.add(() -> Double.longBitsToDouble(r.nextLong(1L, 0x0010000000000000L))); // subnormals
        extra.add(() -> Math.scalb(1.0 + r.nextDouble(), r.nextInt(-1022, 1024)));
        unary("log", PureMath::log, StrictMath::log, extra, 8);
    }

    @Test
    void sqrt() {
        SplittableRandom r = new SplittableRandom(SEED + 9);
        List<DoubleSupplier> extra = none();
        extra.add(() -> Math.abs(Double.longBitsToDouble(r.nextLong())));
        extra.add(() -> Double.longBitsToDouble(r.nextLong(1L, 0x0010000000000000L)));
        extra.add(() -> {
            double q = r.nextInt(1, 1 << 26); // perfect squares
            return q * q;
        });
        unary("sqrt", PureMath::sqrt, StrictMath::sqrt, extra, 9);
    }

    @Test
    void floor() {
        SplittableRandom r = new SplittableRandom(SEED + 10);
        List<DoubleSupplier> extra = none();
        extra.add(logUniform(r, -3, 60));
        extra.add(() -> (double) r.nextInt(-1000, 1000));
        unary("floor", PureMath::floor, StrictMath::floor, extra, 10);
    }

    @Test
    void ceil() {
        SplittableRandom r = new SplittableRandom(SEED + 11);
        List<DoubleSupplier> extra = none();
        extra.add(logUniform(r, -3, 60));
        extra.add(() -> (double) r.nextInt(-1000, 1000));
        unary("ceil", PureMath::ceil, StrictMath::ceil, extra, 11);
    }

    // ---------------------------------------------------------------------------------------
    // binary functions
    // ---------------------------------------------------------------------------------------

    private static void binary(
            Tally t,
            DoubleBinaryOperator pure,
            DoubleBinaryOperator strict,
            DoubleSupplier a,
            DoubleSupplier b,
            int n) {
        for (int i = 0; i < n; i++) {
            double x = a.getAsDouble();
            double y = b.getAsDouble();
            t.check(strict.applyAsDouble(x, y), pure.applyAsDouble(x, y), arg(x) + ", " + arg(y));
        }
    }

    private static void specialPairs(Tally t, DoubleBinaryOperator pure, DoubleBinaryOperator strict) {
        for (double x : SPECIALS) {
            for (double y : SPECIALS) {
                t.check(strict.applyAsDouble(x, y), pure.applyAsDouble(x, y), arg(x) + ", " + arg(y));
            }
        }
    }

    @Test
    void atan2() {
        Tally t = new Tally("atan2");
        DoubleBinaryOperator pure = PureMath::atan2;
        DoubleBinaryOperator strict = StrictMath::atan2;
        specialPairs(t, pure, strict);
        SplittableRandom r = new SplittableRandom(SEED + 12);
        binary(t, pure, strict, uniform(r, -1, 1), uniform(r, -1, 1), PER_RANGE);
        binary(t, pure, strict, uniform(r, -1e6, 1e6), uniform(r, -1e6, 1e6), PER_RANGE);
        binary(t, pure, strict, logUniform(r, -80, 80), logUniform(r, -80, 80), PER_RANGE);
        binary(t, pure, strict, bits(r), bits(r), PER_RANGE);
        binary(t, pure, strict, uniform(r, -10, 10), () -> 1.0, PER_RANGE / 5); // x == 1 shortcut
        t.assertClean(200_000);
    }

    @Test
    void pow() {
        Tally t = new Tally("pow");
        DoubleBinaryOperator pure = PureMath::pow;
        DoubleBinaryOperator strict = StrictMath::pow;
        specialPairs(t, pure, strict);
        // explicit edge cases
        double[][] edges = {
            {0.0, -1.0},
            {-0.0, -1.0},
            {-0.0, 3.0},
            {-0.0, -3.0},
            {-0.0, 2.0},
            {-0.0, 0.5},
            {-0.0, -0.5},
            {1.0, Double.NaN},
            {Double.NaN, 0.0},
            {Double.NaN, -0.0},
            {-1.0, Double.POSITIVE_INFINITY},
            {-1.0, Double.NEGATIVE_INFINITY},
            {Double.NEGATIVE_INFINITY, 0.5},
            {Double.NEGATIVE_INFINITY, 3.0},
            {Double.NEGATIVE_INFINITY, -3.0},
            {Double.NEGATIVE_INFINITY, 2.5},
            {-2.0, 0.5},
            {-8.0, 1.0 / 3.0},
            {-1.0, 0x1p52 + 1},
            {-1.0, 0x1p53},
            {-1.0, 0x1p63},
            {-2.0, 1025.0},
            {-2.0, -1075.0},
            {-2.0, -1074.0},
            {2.0, -1074.0},
            {2.0, -1075.0},
            {2.0, 1023.0},
            {2.0, 1024.0},
            {0.5, 1074.0},
            {0.5, 1075.0},
            {Math.nextUp(1.0), 0x1p62},
            {Math.nextDown(1.0), 0x1p62},
            {Math.nextUp(1.0), -0x1p62},
            {Math.nextDown(1.0), -0x1p65},
            {-Math.nextUp(1.0), 0x1p62 + 2048},
            {10.0, 308.0},
            {10.0, 309.0},
            {10.0, -323.0},
            {10.0, -324.0},
            {Double.MIN_VALUE, 0.5},
            {Double.MIN_VALUE, -1.0},
            {Double.MAX_VALUE, 0.5},
            {Double.MAX_VALUE, -1.0},
        };
        for (double[] e : edges) {
            t.check(strict.applyAsDouble(e[0], e[1]), pure.applyAsDouble(e[0], e[1]), arg(e[0]) + ", " + arg(e[1]));
        }
        SplittableRandom r = new SplittableRandom(SEED + 13);
        // positive bases, moderate exponents
        binary(t, pure, strict, uniform(r, 0, 10), uniform(r, -50, 50), PER_RANGE);
        // wide-range bases, small exponents
        binary(t, pure, strict, () -> Math.abs(logUniform(r, -1074, 1023).getAsDouble()), uniform(r, -2, 2), PER_RANGE);
        // negative bases with integer exponents (odd and even)
        binary(t, pure, strict, uniform(r, -10, 0), () -> (double) r.nextInt(-400, 400), PER_RANGE);
        binary(
                t,
                pure,
                strict,
                uniform(r, -1.01, -0.99),
                () -> (double) r.nextLong(-(1L << 53), 1L << 53),
                PER_RANGE / 5);
        // negative bases, non-integer exponents (NaN) and big exponents
        binary(t, pure, strict, uniform(r, -10, 0), uniform(r, -10, 10), PER_RANGE / 5);
        // bases close to one, huge exponents (|y| > 2^31 path)
        binary(
                t,
                pure,
                strict,
                () -> 1.0 + (r.nextDouble() - 0.5) * 0x1p-19,
                () -> (r.nextBoolean() ? 1 : -1) * Math.scalb(1.0 + r.nextDouble(), r.nextInt(31, 70)),
                PER_RANGE / 2);
        // results around the subnormal range and around overflow
        for (int i = 0; i < PER_RANGE; i++) {
            double x = 0.05 + 0.94 * r.nextDouble();
            double target = (i & 1) == 0 ? -1080 + 70 * r.nextDouble() : 1015 + 12 * r.nextDouble();
            double y = target / (Math.log(x) / Math.log(2));
            if ((i & 2) != 0) {
                x = 1 / x; // bases > 1 with negative y
                y = -y;
            }
            t.check(strict.applyAsDouble(x, y), pure.applyAsDouble(x, y), arg(x) + ", " + arg(y));
        }
        // subnormal bases
        binary(
                t,
                pure,
                strict,
                () -> Double.longBitsToDouble(r.nextLong(1L, 0x0010000000000000L)),
                uniform(r, -0.02, 0.02),
                PER_RANGE / 5);
        // arbitrary bit patterns
        binary(t, pure, strict, bits(r), bits(r), PER_RANGE);
        binary(t, pure, strict, bits(r), uniform(r, -4, 4), PER_RANGE / 2);
        t.assertClean(200_000);
    }

    // ---------------------------------------------------------------------------------------
    // random and class-shape checks
    // ---------------------------------------------------------------------------------------

    @Test
    void randomIsInUnitIntervalAndVaries() {
        double sum = 0;
        double first = PureMath.random();
        boolean varied = false;
        for (int i = 0; i < 100_000; i++) {
            double d = PureMath.random();
            assertTrue(d >= 0.0 && d < 1.0, "out of range: " + d);
            sum += d;
            varied |= d != first;
        }
        assertTrue(varied);
        double mean = sum / 100_000;
        assertTrue(Math.abs(mean - 0.5) < 0.01, "mean " + mean);
    }

    private static byte[] classBytes(String simpleName) throws IOException {
        try (InputStream in = PureMath.class.getResourceAsStream(simpleName + ".class")) {
            assertNotNull(in, simpleName + ".class");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    @Test
    void pureMathHasNoStaticInitializerAndNoMathCalls() throws IOException {
        String cls = new String(classBytes("PureMath"), StandardCharsets.ISO_8859_1);
        assertFalse(cls.contains("<clinit>"), "PureMath must not have a static initializer");
        assertFalse(cls.contains("java/lang/Math"), "PureMath must not reference java.lang.Math");
        assertFalse(cls.contains("java/lang/StrictMath"), "PureMath must not reference java.lang.StrictMath");
        String tables = new String(classBytes("PureMath$Tables"), StandardCharsets.ISO_8859_1);
        assertFalse(tables.contains("java/lang/Math"));
        assertNotEquals(-1, tables.indexOf("<clinit>"), "tables are expected in the holder class");
    }
}
