package dev.javapdk.pdk.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The plug-in's JSON against Jackson-jr 2.18.2 ({@code JSON.std}) on the JVM: same bytes out for
 * the same values, and Jackson's output reads back as the same values.
 *
 * <p>On JDK 19+ the bytes must be identical. Before JDK 19, Jackson's doubles and floats come from
 * a {@code Double.toString}/{@code Float.toString} that is sometimes not the shortest
 * (JDK-4511638); there a number token may differ, provided both texts denote the same value and
 * ours has no more digits. Everything else must still be identical.
 */
class JacksonDifferentialTest {
    private static final boolean SHORTEST_PLATFORM = Runtime.version().feature() >= 19;

    private int numberTokensDiffering;

    // ------------------------------------------------------------------ fixed corpus

    private static final String[] CORPUS = {
        "{\"a\":[1,2.5,\"x\"]}",
        "[1e308,4.9e-324,-0.0,0.0,-9223372036854775808,9223372036854775807,9007199254740993,1.7976931348623157e308]",
        "[2.2250738585072014E-308,2.225073858507201E-308,1e23,2e23,0.1,0.2,0.30000000000000004,1e7,9999999.999,1e-3]",
        "[12345678901234567890,-12345678901234567890123,1.0,1E2,1e-7,100,-0,1.5e300,123456789.123456789]",
        "{\"unicode\":\"é€😀 \\u2028\\u2029 \\ud83d\\ude00 \\u00e9\",\"escapes\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000 \\u001f \\u007f\"}",
        "{\"\":\"\",\"empty\":{},\"list\":[],\"nested\":[[[]],{\"a\":{\"b\":{}}}]}",
        "[true,false,null,\"null\",\"true\",0]",
        "{\"nulls\":null,\"kept\":[null,{\"x\":null}]}",
        "\"just a string with \\u0001 control\"",
        "-1.25e-5",
        "[\"Ünïcödé\",\"日本語\",\"🎉🎊\",\"\\uD834\\uDD1E\",\"\\uFEFF\\uFFFF\"]",
        "{\"deep\":" + "[".repeat(200) + "1" + "]".repeat(200) + "}",
        "[0.1e1,10e-1,0.000001,1000000.0,1.0e-10,123e-20,5e-324,1.7976931348623157E308]",
    };

    @Test
    void corpusRoundTripsLikeJackson() throws Exception {
        for (String json : CORPUS) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            byte[] jackson = JSON.std.asBytes(JSON.std.anyFrom(bytes));
            byte[] ours = Json.write(Json.parse(bytes));
            assertSameJson(jackson, ours, json);
            // Jackson's own output reads back to the same bytes.
            assertSameJson(jackson, Json.write(Json.parse(jackson)), json);
        }
    }

    @Test
    void bothRejectDuplicateKeysAndMalformedInput() throws Exception {
        for (String json : new String[] {
            "{\"a\":1,\"a\":2}", "[1,]", "{\"a\" 1}", "[01]", "tru", "[\"\\x\"]", "[1", "", "\"\u0001\""
        }) {
            assertThrows(Exception.class, () -> JSON.std.anyFrom(json), json);
            assertThrows(JsonException.class, () -> Json.parse(json), json);
        }
        // Stricter than Jackson-jr, which ignores what follows the first value by default.
        assertEquals(List.of(1), JSON.std.anyFrom("[1] x"));
        assertThrows(JsonException.class, () -> Json.parse("[1] x"));
    }

    // ------------------------------------------------------------------ random trees

    @Test
    void randomTreesWriteLikeJacksonAndReadBackJacksonsOutput() throws Exception {
        SplittableRandom random = new SplittableRandom(8259);
        int trees = 10_000;
        for (int i = 0; i < trees; i++) {
            Object tree = tree(random, 0, false);
            byte[] jackson = JSON.std.asBytes(tree);
            byte[] ours = Json.write(tree);
            assertSameJson(jackson, ours, tree);
            Object expected = withoutNullMembers(tree);
            assertEquals(expected, Json.parse(jackson), () -> new String(jackson, StandardCharsets.UTF_8));
            assertEquals(expected, Json.parse(ours));
        }
        System.out.println("JacksonDifferentialTest: " + trees + " random trees, Java "
                + Runtime.version().feature()
                + ", number tokens differing from Jackson's (non-shortest platform toString): "
                + numberTokensDiffering);
        if (SHORTEST_PLATFORM) {
            assertEquals(0, numberTokensDiffering);
        }
    }

    @Test
    void randomTreesWithMoreJavaTypesWriteLikeJackson() throws Exception {
        SplittableRandom random = new SplittableRandom(7493);
        for (int i = 0; i < 3_000; i++) {
            Object tree = tree(random, 0, true);
            assertSameJson(JSON.std.asBytes(tree), Json.write(tree), tree);
        }
    }

    private Object tree(SplittableRandom random, int depth, boolean javaTypes) {
        int kind = random.nextInt(depth > 4 ? 8 : 10);
        switch (kind) {
            case 8: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int n = random.nextInt(6); n > 0; n--) {
                    map.put(string(random, javaTypes), tree(random, depth + 1, javaTypes));
                }
                return map;
            }
            case 9: {
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(6); n > 0; n--) {
                    list.add(tree(random, depth + 1, javaTypes));
                }
                return list;
            }
            case 0:
            case 1:
                return string(random, javaTypes);
            case 2:
            case 3:
                return javaTypes && random.nextBoolean() ? otherNumber(random) : longValue(random);
            case 4:
            case 5:
                return doubleValue(random, javaTypes);
            case 6:
                return random.nextBoolean();
            default:
                return null;
        }
    }

    private static String string(SplittableRandom random, boolean loneSurrogates) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            switch (random.nextInt(8)) {
                case 0:
                    text.append((char) random.nextInt(0x20)); // control characters
                    break;
                case 1:
                    text.append("\"\\/\u007f".charAt(random.nextInt(4)));
                    break;
                case 2:
                    text.append((char) (0x80 + random.nextInt(0x780))); // two-byte UTF-8
                    break;
                case 3:
                    char c = (char) (0x800 + random.nextInt(0xF800 - 0x800));
                    text.append(c >= 0xD800 && c <= 0xDFFF ? '\u2028' : c); // three-byte UTF-8
                    break;
                case 4:
                    text.appendCodePoint(0x10000 + random.nextInt(0x100000)); // astral: a surrogate pair
                    break;
                case 5:
                    if (loneSurrogates) {
                        text.append((char) (0xD800 + random.nextInt(0x800)));
                        break;
                    }
                    text.append("\uFEFF\uFFFF\u2029".charAt(random.nextInt(3)));
                    break;
                default:
                    text.append((char) (0x20 + random.nextInt(0x5F))); // printable ASCII
            }
        }
        return text.toString();
    }

    private static Long longValue(SplittableRandom random) {
        long[] special = {
            0,
            1,
            -1,
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            1L << 53,
            (1L << 53) + 1,
            -(1L << 53) - 1,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            999_999_999_999_999_999L,
            1_000_000_000_000_000_000L
        };
        switch (random.nextInt(3)) {
            case 0:
                return special[random.nextInt(special.length)];
            case 1:
                return random.nextLong(-1000, 1000);
            default:
                return random.nextLong();
        }
    }

    private static Object doubleValue(SplittableRandom random, boolean nonFinite) {
        switch (random.nextInt(nonFinite ? 9 : 8)) {
            case 0:
                return DoubleFormatTest.randomDouble(random);
            case 1:
                return random.nextDouble();
            case 2:
                return random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
            case 3:
                return Double.longBitsToDouble(random.nextLong(1, 1L << 52)); // subnormal
            case 4: {
                double[] special = {
                    -0.0,
                    0.0,
                    Double.MIN_VALUE,
                    Double.MAX_VALUE,
                    Double.MIN_NORMAL,
                    1e23,
                    2e23,
                    1e7,
                    1e-3,
                    9007199254740993.0,
                    0.1,
                    1.0,
                    -1.0,
                    100.0,
                    1e21,
                    1e22,
                    5e-324,
                    1e-323
                };
                return special[random.nextInt(special.length)];
            }
            case 5:
                return (double) random.nextLong(-100_000, 100_000); // integral doubles: "12.0"
            case 6:
                // Short decimals, as people write them.
                return new BigDecimal(random.nextLong(1, 1_000_000))
                        .scaleByPowerOfTen(-random.nextInt(8))
                        .doubleValue();
            case 7:
                return -DoubleFormatTest.randomDouble(random);
            default:
                return new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}[random.nextInt(3)];
        }
    }

    private static Object otherNumber(SplittableRandom random) {
        switch (random.nextInt(5)) {
            case 0:
                return random.nextInt();
            case 1:
                return (short) random.nextInt();
            case 2:
                return (byte) random.nextInt();
            case 3:
                float f = Float.intBitsToFloat(random.nextInt());
                return Float.isNaN(f) ? Float.NaN : f; // NaN payloads aside, any float including infinities
            default:
                return random.nextFloat() * 100;
        }
    }

    /** What reads back: both writers leave out map members whose value is null. */
    private static Object withoutNullMembers(Object value) {
        if (value instanceof Map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (entry.getValue() != null) {
                    copy.put((String) entry.getKey(), withoutNullMembers(entry.getValue()));
                }
            }
            return copy;
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            for (Object element : (List<?>) value) {
                copy.add(withoutNullMembers(element));
            }
            return copy;
        }
        return value;
    }

    // ------------------------------------------------------------------ comparison

    private void assertSameJson(byte[] jackson, byte[] ours, Object what) {
        if (SHORTEST_PLATFORM || Arrays.equals(jackson, ours)) {
            assertArrayEquals(jackson, ours, () -> String.valueOf(what));
            return;
        }
        List<String> expected = tokens(jackson);
        List<String> actual = tokens(ours);
        assertEquals(expected.size(), actual.size(), () -> new String(ours, StandardCharsets.UTF_8));
        for (int i = 0; i < expected.size(); i++) {
            String theirs = expected.get(i);
            String mine = actual.get(i);
            if (theirs.equals(mine)) {
                continue;
            }
            assertTrue(isNumber(theirs) && isNumber(mine), () -> theirs + " vs " + mine);
            // The same double, or (for Float values) the same float.
            assertTrue(
                    Double.parseDouble(theirs) == Double.parseDouble(mine)
                            || Float.parseFloat(theirs) == Float.parseFloat(mine),
                    () -> theirs + " vs " + mine);
            // No more digits, except that JDK 19+ prefers the closest 2-digit decimal to a 1-digit one.
            assertTrue(
                    new BigDecimal(mine).stripTrailingZeros().precision()
                            <= Math.max(
                                    2,
                                    new BigDecimal(theirs).stripTrailingZeros().precision()),
                    () -> theirs + " vs " + mine);
            numberTokensDiffering++;
        }
    }

    private static boolean isNumber(String token) {
        char c = token.charAt(0);
        return c == '-' || c >= '0' && c <= '9';
    }

    /** Splits compact JSON into strings, numbers, literals and punctuation. */
    private static List<String> tokens(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (c == '"') {
                while (text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
            } else if (c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
                while (end < text.length() && "{}[],:\"".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }
}
