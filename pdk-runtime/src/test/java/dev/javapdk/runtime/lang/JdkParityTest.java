package dev.javapdk.runtime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.javapdk.runtime.util.JdkRandom;
import dev.javapdk.runtime.util.Lists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The stand-ins against the JDK they stand in for, on the JVM (SemanticsDifferentialIT compares
 * them inside a plug-in). Where a stand-in calls a JDK method (Character's tables), it calls the
 * JVM's here; the comparisons stay to what does not depend on the JVM's Unicode version.
 */
class JdkParityTest {
    private final Random random = new Random(20261201);

    @Test
    void whitespace() {
        for (int i = 0; i < 5000; i++) {
            String s = text(" \t\n\u000b\f\r\u001c\u001f\u00a0\u1680\u2000\u2007\u200b\u2028\u3000\ufeffab", 6);
            assertEquals(s.isBlank(), Strings.isBlank(s), s);
            assertEquals(s.strip(), Strings.strip(s), s);
            assertEquals(s.stripLeading(), Strings.stripLeading(s), s);
            assertEquals(s.stripTrailing(), Strings.stripTrailing(s), s);
            assertEquals(s.trim(), Strings.trim(s), s);
        }
    }

    @Test
    void caseConversionAndComparison() {
        // Final sigma next to supplementary characters follows the JDK's BreakIterator, which the
        // stand-in only approximates: no Greek capital sigma with them.
        String alphabet = "aZß\u0149\u01f0\ufb01\u0130\u0131iIΣσςΑω .,'1";
        String supplementary = "aZß\u0130\u0131iIσςΑω .,'1\ud801\udc00\ud801\udc28\ud83c\udf0d";
        for (int i = 0; i < 10000; i++) {
            String s = text(i % 2 == 0 ? alphabet : supplementary, 8);
            String t =
                    random.nextBoolean() ? text(i % 2 == 0 ? alphabet : supplementary, 8) : s.toLowerCase(Locale.ROOT);
            assertEquals(s.toUpperCase(Locale.ROOT), Strings.toUpperCase(s), s);
            assertEquals(s.toLowerCase(Locale.ROOT), Strings.toLowerCase(s), s);
            Locale turkish = new Locale("tr");
            assertEquals(s.toUpperCase(turkish), Strings.toUpperCase(s, turkish), s);
            assertEquals(s.toLowerCase(turkish), Strings.toLowerCase(s, turkish), s);
            assertEquals(
                    Integer.signum(s.compareToIgnoreCase(t)),
                    Integer.signum(Strings.compareToIgnoreCase(s, t)),
                    s + " / " + t);
            assertEquals(s.equalsIgnoreCase(t), Strings.equalsIgnoreCase(s, t), s + " / " + t);
            int offset = random.nextInt(4) - 1;
            int length = random.nextInt(5) - 1;
            assertEquals(
                    s.regionMatches(true, offset, t, offset, length),
                    Strings.regionMatches(s, true, offset, t, offset, length),
                    s + " / " + t);
        }
    }

    @Test
    void searching() {
        for (int i = 0; i < 5000; i++) {
            String s = text("ab\ud83c\udf0d", 8);
            String sub = text("ab\ud83c\udf0d", 2);
            int from = random.nextInt(12) - 2;
            assertEquals(s.indexOf(sub, from), Strings.indexOf(s, sub, from), s);
            assertEquals(s.lastIndexOf(sub, from), Strings.lastIndexOf(s, sub, from), s);
            assertEquals(s.lastIndexOf(0x1f30d, from), Strings.lastIndexOf(s, 0x1f30d, from), s);
            assertEquals(s.startsWith(sub, from), Strings.startsWith(s, sub, from), s);
        }
    }

    @Test
    void parsing() {
        for (int i = 0; i < 20000; i++) {
            String s = random.nextInt(3) == 0
                    ? Long.toString(random.nextLong(), 2 + random.nextInt(35))
                    : text("0123456789abcxyzXYZ+-.eEpP#٣", 1 + random.nextInt(12));
            int radix = 2 + random.nextInt(35);
            same(() -> Integer.parseInt(s, radix), () -> Numbers.parseInt(s, radix));
            same(() -> Long.parseLong(s, radix), () -> Numbers.parseLong(s, radix));
            same(() -> Integer.decode(s), () -> Numbers.decode(s));
            same(() -> Long.decode(s), () -> Numbers.decodeLong(s));
            same(
                    () -> Double.doubleToRawLongBits(Double.parseDouble(s)),
                    () -> Double.doubleToRawLongBits(Floats.parseDouble(s)));
            same(
                    () -> Float.floatToRawIntBits(Float.parseFloat(s)),
                    () -> Float.floatToRawIntBits(Floats.parseFloat(s)));
        }
        for (int i = 0; i < 20000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            String text = random.nextBoolean() ? Double.toString(d) : Double.toHexString(d);
            assertEquals(
                    Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(Floats.parseDouble(text)),
                    text);
            assertEquals(
                    Float.floatToRawIntBits(Float.parseFloat(text)),
                    Float.floatToRawIntBits(Floats.parseFloat(text)),
                    text);
        }
    }

    @Test
    void mathematics() {
        for (int i = 0; i < 50000; i++) {
            double x = anyDouble();
            double y = anyDouble();
            assertEquals(bits(x % y), bits(Floats.fmod(x, y)), x + " % " + y);
            assertEquals(bits((float) x % (float) y), bits(Floats.fmod((float) x, (float) y)), x + " % " + y);
            assertEquals(bits(Math.IEEEremainder(x, y)), bits(Floats.IEEEremainder(x, y)), x + ", " + y);
            assertEquals(bits(Math.rint(x)), bits(Floats.rint(x)), "rint " + x);
            assertEquals(Math.round(x), Floats.round(x), "round " + x);
            assertEquals(Math.round((float) x), Floats.round((float) x), "round " + (float) x);
            assertEquals(bits(Math.ulp(x)), bits(Floats.ulp(x)), "ulp " + x);
            assertEquals(bits(Math.ulp((float) x)), bits(Floats.ulp((float) x)), "ulp " + (float) x);
            assertEquals(bits(Math.nextAfter(x, y)), bits(Floats.nextAfter(x, y)), x + " -> " + y);
            assertEquals(bits(Math.nextAfter((float) x, y)), bits(Floats.nextAfter((float) x, y)), x + " -> " + y);
        }
    }

    @Test
    void randomAndLists() {
        for (long seed = -5; seed < 200; seed++) {
            Random jdk = new Random(seed);
            Random ours = new JdkRandom(seed);
            for (int k = 0; k < 20; k++) {
                int bound = 1 + (int) (seed & 0xffff) * 37 + k;
                assertEquals(jdk.nextInt(), ours.nextInt());
                assertEquals(jdk.nextInt(bound), ours.nextInt(bound));
                assertEquals(jdk.nextLong(), ours.nextLong());
                assertEquals(jdk.nextDouble(), ours.nextDouble());
                assertEquals(jdk.nextFloat(), ours.nextFloat());
                assertEquals(jdk.nextBoolean(), ours.nextBoolean());
                assertEquals(jdk.nextGaussian(), ours.nextGaussian());
                assertEquals(jdk.nextInt(-k, bound), ours.nextInt(-k, bound));
                assertEquals(jdk.nextLong(bound), ours.nextLong(bound));
            }
            List<Integer> a = new ArrayList<>();
            for (int k = 0; k < seed + 5; k++) {
                a.add(k);
            }
            List<Integer> b = new ArrayList<>(a);
            Collections.rotate(a, (int) seed * 3);
            Lists.rotate(b, (int) seed * 3);
            assertEquals(a, b);
        }
    }

    @Test
    void characterPropertiesOfUnicode16() {
        assumeTrue(Runtime.version().feature() >= 24, "the tables are Unicode 16's, as JDK 24+");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertEquals(Character.isAlphabetic(cp), Chars.isAlphabetic(cp), Integer.toHexString(cp));
            assertEquals(Character.isLowerCase(cp), Chars.isLowerCase(cp), Integer.toHexString(cp));
            assertEquals(Character.isUpperCase(cp), Chars.isUpperCase(cp), Integer.toHexString(cp));
            assertEquals(Character.toTitleCase(cp), Chars.toTitleCase(cp), Integer.toHexString(cp));
            assertEquals(Character.isJavaIdentifierStart(cp), Chars.isJavaIdentifierStart(cp), Integer.toHexString(cp));
            int range = Chars.rangeType(cp);
            if (range >= 0) {
                assertEquals(Character.getType(cp), range, Integer.toHexString(cp));
            }
        }
    }

    /** The same value, or an exception of the same class and message. */
    private static void same(Supplier<Object> jdk, Supplier<Object> ours) {
        assertEquals(outcome(jdk), outcome(ours));
    }

    private static String outcome(Supplier<Object> computation) {
        try {
            return String.valueOf(computation.get());
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static long bits(double d) {
        return Double.isNaN(d) ? 0x7ff8000000000000L : Double.doubleToRawLongBits(d);
    }

    private static long bits(float f) {
        return Float.isNaN(f) ? 0x7fc00000 : Float.floatToRawIntBits(f);
    }

    private double anyDouble() {
        switch (random.nextInt(5)) {
            case 0:
                return new double[] {
                            0.0,
                            -0.0,
                            0.5,
                            -0.5,
                            1.5,
                            2.5,
                            -2.5,
                            Double.NaN,
                            Double.POSITIVE_INFINITY,
                            Double.NEGATIVE_INFINITY,
                            Double.MIN_VALUE,
                            Double.MAX_VALUE,
                            Double.MIN_NORMAL,
                            0.49999999999999994,
                            4503599627370497.0
                        }
                        [random.nextInt(15)];
            case 1:
                return Double.longBitsToDouble(random.nextLong());
            case 2:
                return random.nextInt(2000) / 8.0 - 125;
            default:
                return random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15);
        }
    }

    private String text(String alphabet, int max) {
        int[] points = alphabet.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(max + 1); k > 0; k--) {
            out.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return out.toString();
    }
}
