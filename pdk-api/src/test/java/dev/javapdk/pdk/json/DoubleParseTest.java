package dev.javapdk.pdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decimal parser against the JVM's Double.parseDouble/Float.parseFloat, which are correctly
 * rounded (round half to even) on every JDK this project runs on.
 */
class DoubleParseTest {

    private static void check(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        double mine = DoubleParse.parse(bytes, 0, bytes.length, false);
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(mine), text);
        float mineFloat = (float) DoubleParse.parse(bytes, 0, bytes.length, true);
        assertEquals(Float.floatToRawIntBits(Float.parseFloat(text)), Float.floatToRawIntBits(mineFloat), text);
    }

    @Test
    void hardCases() {
        String[] cases = {
            "0",
            "-0",
            "0.0",
            "-0.0e-5",
            "1",
            "-1",
            "0.1",
            "0.30000000000000004",
            "1e23",
            "8.41e21",
            "5e-324",
            "4.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "1e-400",
            "0e99999999999",
            "1e-99999999999",
            "1e99999999999",
            "9007199254740993",
            "9007199254740993.0000000000000000000000001",
            "9007199254740992.9999999999999999999",
            "123456789012345678901234567890",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "7.038531e-26",
            "3.4028235e38",
            "3.4028236e38",
            "3.4028235677973366e38",
            "1.4e-45",
            "7e-46",
            "7.006492321624085e-46",
            "1e22",
            "1e-22",
            "1E+2",
            "123.456e5",
            "100000000000000000000000",
            "0.000000000000000000000000000001",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330"
                    + "286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270"
                    + "069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
        };
        for (String text : cases) {
            check(text);
        }
    }

    @Test
    void veryLongInputs() {
        // The exact decimal expansion of the halfway point between two subnormals, 1,000+ digits long.
        BigDecimal halfway =
                new BigDecimal(Double.MIN_VALUE).multiply(new BigDecimal(3)).divide(BigDecimal.valueOf(2));
        check(halfway.toPlainString());
        check(halfway.toPlainString() + "00000000000000000000000000000000001");
        check("0." + "0".repeat(5000) + "1e5000");
        check("1" + "0".repeat(400) + "e-400");
        check("9".repeat(2000));
        check("0." + "9".repeat(2000));
    }

    @Test
    void randomDoublesAndTheirExactExpansions() {
        SplittableRandom random = new SplittableRandom(1999);
        for (int i = 0; i < 100_000; i++) {
            double d = DoubleFormatTest.randomDouble(random);
            check(Double.toString(d));
            check(DoubleFormatTest.format(d));
            if (i % 10 == 0) {
                check(new BigDecimal(d).toString());
            }
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isNaN(f) && !Float.isInfinite(f)) {
                check(Float.toString(f));
            }
        }
    }

    @Test
    void midpointsBetweenNeighbours() {
        SplittableRandom random = new SplittableRandom(2024);
        BigDecimal tiny = new BigDecimal("1e-1100");
        for (int i = 0; i < 5_000; i++) {
            double x = Math.abs(DoubleFormatTest.randomDouble(random));
            if (i % 4 == 0) {
                x = Double.longBitsToDouble(random.nextLong() & 0x000FFFFFFFFFFFFFL); // subnormal
            }
            if (x == Double.MAX_VALUE) {
                continue;
            }
            BigDecimal mid =
                    new BigDecimal(x).add(new BigDecimal(Math.nextUp(x))).divide(BigDecimal.valueOf(2));
            check(mid.toString());
            check(mid.add(tiny).toString());
            check(mid.subtract(tiny).toString());
        }
    }

    @Test
    void randomDigitStrings() {
        SplittableRandom random = new SplittableRandom(42);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.setLength(0);
            if (random.nextBoolean()) {
                text.append('-');
            }
            int digits = 1 + random.nextInt(random.nextBoolean() ? 20 : 60);
            text.append((char) ('1' + random.nextInt(9)));
            for (int k = 1; k < digits; k++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.append('.');
                for (int k = random.nextInt(25); k >= 0; k--) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            if (random.nextBoolean()) {
                text.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(700) - 350);
            }
            check(text.toString());
        }
    }
}
