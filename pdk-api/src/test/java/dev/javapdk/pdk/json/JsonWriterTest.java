package dev.javapdk.pdk.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.jr.ob.JSON;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    enum Color {
        RED {
            @Override
            public String toString() {
                return "red!";
            }
        },
        GREEN
    }

    private static byte[] jackson(Object value) throws Exception {
        return JSON.std.asBytes(value);
    }

    @Test
    void streamingWriter() {
        JsonWriter w = new JsonWriter()
                .beginObject()
                .name("name")
                .value("Zoë")
                .name("scores")
                .beginArray()
                .value(1)
                .value(2.5)
                .value(-0.0f)
                .nullValue()
                .endArray()
                .name("ok")
                .value(true)
                .name("nothing")
                .value((String) null)
                .name("boxed")
                .value(Boolean.FALSE)
                .name("empty")
                .beginObject()
                .endObject()
                .endObject();
        assertEquals(
                "{\"name\":\"Zoë\",\"scores\":[1,2.5,-0.0,null],\"ok\":true,\"nothing\":null,\"boxed\":false,"
                        + "\"empty\":{}}",
                new String(w.toByteArray(), StandardCharsets.UTF_8));
        assertEquals(w.toString().length() + 1, w.size()); // one two-byte character
    }

    @Test
    void escapesExactlyLikeJackson() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            all.append(c);
        }
        all.append('\uFFFF').append("😀").append('\ud800').append("x").append('\udc00');
        String text = all.toString();
        assertArrayEquals(jackson(text), Json.write(text));
        assertEquals(
                "\"\\u0000\\u001F\\b\\t\\n\\f\\r\\\"\\\\/\u007f\u2028\\uD83D\\uDE00\"",
                Json.toString("\u0000\u001f\b\t\n\f\r\"\\/\u007f\u2028😀"));
    }

    @Test
    void integers() throws Exception {
        long[] values = {
            0,
            1,
            -1,
            9,
            10,
            99,
            100,
            999_999_999_999_999_999L,
            1_000_000_000_000_000_000L,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MIN_VALUE + 1,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE
        };
        for (long v : values) {
            assertArrayEquals(jackson(v), Json.write(v), Long.toString(v));
            assertEquals(Long.toString(v), new JsonWriter().value(v).toString());
        }
        assertEquals("[1,2,3,4]", Json.toString(List.of(1, (short) 2, (byte) 3, 4L)));
    }

    @Test
    void doublesInJavaFormat() {
        String[][] cases = {
            {"1.0", "1.0"},
            {"100", "100.0"},
            {"1e7", "1.0E7"},
            {"9999999", "9999999.0"},
            {"1234567.5", "1234567.5"},
            {"0.001", "0.001"},
            {"0.0001", "1.0E-4"},
            {"1e10", "1.0E10"},
            {"1e-5", "1.0E-5"},
            {"0.1", "0.1"},
            {"-0.0", "-0.0"},
            {"0", "0.0"},
            {"4.9e-324", "4.9E-324"},
            {"1.7976931348623157e308", "1.7976931348623157E308"},
            {"2.2250738585072014E-308", "2.2250738585072014E-308"},
            {"1e23", "1.0E23"},
            {"2e-3", "0.002"},
            {"9007199254740993", "9.007199254740992E15"},
            {"123456789", "1.23456789E8"},
            // JDK 17 prints 1.9999999999999998E23 for 2e23 (not the shortest) and 1.0E-323 for 2 * MIN_VALUE,
            // where JDK 19+ picks the closest 2-digit decimal.
            {"2e23", "2.0E23"},
            {"5e-324", "4.9E-324"},
            {"1.0E-323", "9.9E-324"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], new JsonWriter().value(Double.parseDouble(c[0])).toString(), c[0]);
        }
        assertEquals(
                "[\"NaN\",\"Infinity\",\"-Infinity\",\"NaN\"]",
                Json.toString(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN)));
        assertEquals(
                "[0.1,3.4028235E38,1.4E-45,1.0E10,-0.0]",
                Json.toString(List.of(0.1f, Float.MAX_VALUE, Float.MIN_VALUE, 1e10f, -0.0f)));
    }

    @Test
    void treesOfManyTypes() throws Exception {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("s", "x");
        map.put("sb", new StringBuilder("sb"));
        map.put("ch", 'c');
        map.put("chars", new char[] {'a', 'b'});
        map.put("ints", new int[] {1, 2});
        map.put("longs", new long[] {3, Long.MIN_VALUE});
        map.put("objects", new Object[] {1, null, "y"});
        map.put("enum", Color.RED);
        map.put("enum2", Color.GREEN);
        map.put("iterable", (Iterable<Integer>) () -> List.of(7, 8).iterator());
        map.put("bool", Boolean.TRUE);
        map.put("empty", new ArrayList<>());
        map.put(1, "int key");
        map.put('k', "char key");
        map.put(Color.RED, "enum key");
        map.put(null, "null key");
        map.put(true, "boolean key");
        map.put("dropped", null);
        assertArrayEquals(jackson(map), Json.write(map));
        assertEquals(
                "{\"s\":\"x\",\"sb\":\"sb\",\"ch\":\"c\",\"chars\":\"ab\",\"ints\":[1,2],\"longs\":[3,-9223372036854775808],"
                        + "\"objects\":[1,null,\"y\"],\"enum\":\"red!\",\"enum2\":\"GREEN\",\"iterable\":[7,8],\"bool\":true,"
                        + "\"empty\":[],\"1\":\"int key\",\"k\":\"char key\",\"red!\":\"enum key\",\"null\":\"null key\","
                        + "\"true\":\"boolean key\"}",
                Json.toString(map));
        assertArrayEquals(jackson(Arrays.asList(null, null)), Json.write(Arrays.asList(null, null)));
        assertArrayEquals(jackson(null), Json.write(null));
        assertArrayEquals(jackson("top"), Json.write("top"));
    }

    @Test
    void nullMembersAreLeftOutLikeJacksonUnlessAskedFor() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", null);
        map.put("b", Arrays.asList(1, null));
        map.put("c", null);
        assertArrayEquals(jackson(map), Json.write(map));
        assertEquals("{\"b\":[1,null]}", Json.toString(map));
        assertEquals(
                "{\"a\":null,\"b\":[1,null],\"c\":null}",
                new JsonWriter().writeNullMembers(true).tree(map).toString());
    }

    @Test
    void bigNumbersGoThroughJsonNumber() {
        assertEquals(
                "[12345678901234567890,1e400,-1.5E-7]",
                Json.toString(List.of(
                        new JsonNumber("12345678901234567890"), new JsonNumber("1e400"), new JsonNumber("-1.5E-7"))));
        JsonException e = assertThrows(JsonException.class, () -> Json.write(BigInteger.TEN));
        assertEquals(
                "JsonWriter: cannot write a java.math.BigInteger (wrap big numbers as new JsonNumber(value.toString()))",
                e.getMessage());
        assertThrows(NumberFormatException.class, () -> new JsonNumber("01"));
        assertThrows(NumberFormatException.class, () -> new JsonNumber("1."));
        assertThrows(NumberFormatException.class, () -> new JsonNumber("NaN"));
        assertEquals(Double.POSITIVE_INFINITY, new JsonNumber("1e400").doubleValue());
        assertEquals(Long.MAX_VALUE, new JsonNumber("1e400").longValue());
        assertEquals(1.2345678901234567E19, new JsonNumber("12345678901234567890").doubleValue());
        assertEquals(0.1f, new JsonNumber("0.1").floatValue());
        assertEquals(new JsonNumber("1").hashCode(), new JsonNumber("1").hashCode());
    }

    @Test
    void unsupportedTypesAndCycles() {
        assertEquals(
                "JsonWriter: cannot write a java.lang.Object (no reflection here: records and POJOs are written by readers and writers the build generates for exported functions' types and for Json.read(bytes, Type.class) calls)",
                assertThrows(JsonException.class, () -> Json.write(List.of(new Object())))
                        .getMessage());
        assertEquals(
                "JsonWriter: cannot write a map key of type java.lang.Double",
                assertThrows(JsonException.class, () -> Json.write(Map.of(1.5, 1)))
                        .getMessage());
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertEquals(
                "JsonWriter: more than 1000 nested arrays/objects (a map or list that contains itself?)",
                assertThrows(JsonException.class, () -> Json.write(cycle)).getMessage());
        // Deep but finite trees are written without recursion.
        Object deep = "x";
        for (int i = 0; i < 5000; i++) {
            deep = List.of(deep);
        }
        byte[] json = new JsonWriter().maxDepth(10_000).tree(deep).toByteArray();
        assertEquals(5000 * 2 + 3, json.length);
    }

    @Test
    void misuseIsAnIllegalState() {
        assertThrows(
                IllegalStateException.class,
                () -> new JsonWriter().beginObject().value(1));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().name("a"));
        assertThrows(
                IllegalStateException.class,
                () -> new JsonWriter().beginObject().name("a").name("b"));
        assertThrows(
                IllegalStateException.class,
                () -> new JsonWriter().beginObject().name("a").endObject());
        assertThrows(
                IllegalStateException.class, () -> new JsonWriter().beginArray().endObject());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().endArray());
        assertThrows(
                IllegalStateException.class, () -> new JsonWriter().value(1).value(2));
        assertEquals(
                "JsonWriter: incomplete JSON (1 unclosed arrays/objects)",
                assertThrows(
                                IllegalStateException.class,
                                () -> new JsonWriter().beginArray().toByteArray())
                        .getMessage());
        assertEquals(
                "JsonWriter: incomplete JSON (no value written)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().toByteArray())
                        .getMessage());
    }

    @Test
    void preparedNames() {
        JsonNames names = new JsonNames("id", "q\"uote", "ü", "\n");
        String json = new JsonWriter()
                .beginObject()
                .name(names, 0)
                .value(1)
                .name(names, 1)
                .value(2)
                .name(names, 2)
                .value(3)
                .name(names, 3)
                .value(4)
                .endObject()
                .toString();
        assertEquals("{\"id\":1,\"q\\\"uote\":2,\"ü\":3,\"\\n\":4}", json);
        assertEquals(Map.of("id", 1L, "q\"uote", 2L, "ü", 3L, "\n", 4L), Json.parse(json));
    }
}
