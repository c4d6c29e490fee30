package dev.javapdk.pdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    private static String error(String json) {
        return assertThrows(JsonException.class, () -> Json.parse(json)).getMessage();
    }

    private static String error(byte[] json) {
        return assertThrows(JsonException.class, () -> Json.parse(json)).getMessage();
    }

    // ------------------------------------------------------------------ valid documents

    @Test
    void parsesAllValueKinds() {
        Object tree = Json.parse(" {\"s\":\"x\",\"i\":-12,\"d\":2.5,\"t\":true,\"f\":false,\"n\":null,"
                + "\"a\":[],\"o\":{},\"nested\":[[1],{\"k\":[null]}]} ");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "x");
        expected.put("i", -12L);
        expected.put("d", 2.5);
        expected.put("t", true);
        expected.put("f", false);
        expected.put("n", null);
        expected.put("a", List.of());
        expected.put("o", Map.of());
        expected.put("nested", List.of(List.of(1L), Map.of("k", Arrays.asList((Object) null))));
        assertEquals(expected, tree);
        assertInstanceOf(LinkedHashMap.class, tree);
        assertInstanceOf(ArrayList.class, ((Map<?, ?>) tree).get("a"));
    }

    @Test
    void keepsMemberOrder() {
        Map<?, ?> map = (Map<?, ?>) Json.parse("{\"z\":1,\"a\":2,\"m\":3}");
        assertEquals(List.of("z", "a", "m"), new ArrayList<>(map.keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1", "\"\"", "true", "false", "null", "[]", "{}", " \t\r\n[ 1 , 2 ]\n "})
    void acceptsTopLevelScalarsAndWhitespace(String json) {
        Json.parse(json);
    }

    @Test
    void rfc8259Examples() {
        Object image = Json.parse("{\n \"Image\": {\n \"Width\":  800,\n \"Height\": 600,\n"
                + " \"Title\":  \"View from 15th Floor\",\n \"Thumbnail\": {\n"
                + " \"Url\":    \"http://www.example.com/image/481989943\",\n \"Height\": 125,\n"
                + " \"Width\":  100\n },\n \"Animated\" : false,\n \"IDs\": [116, 943, 234, 38793]\n }\n }");
        assertEquals(38793L, ((List<?>) ((Map<?, ?>) ((Map<?, ?>) image).get("Image")).get("IDs")).get(3));
        Object places = Json.parse("[{\"precision\": \"zip\", \"Latitude\":  37.7668, \"Longitude\": -122.3959,"
                + " \"Address\": \"\", \"City\": \"SAN FRANCISCO\", \"State\": \"CA\", \"Zip\": \"94107\","
                + " \"Country\": \"US\"}]");
        assertEquals(-122.3959, ((Map<?, ?>) ((List<?>) places).get(0)).get("Longitude"));
    }

    @Test
    void decodesEscapesAndUnicode() {
        assertEquals("\"\\/\b\f\n\r\t", Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""));
        assertEquals("é€😀", Json.parse("\"\\u00e9\\u20AC\\ud83d\\uDE00\""));
        assertEquals("é€😀\u2028\u007f", Json.parse("\"é€😀\u2028\u007f\""));
        assertEquals("\u0000", Json.parse("\"\\u0000\""));
        // Long strings cross the decoder's buffer growth.
        String longText = "ab\u00e9\ud83d\ude00".repeat(5000);
        assertEquals(longText, Json.parse(Json.toString(longText)));
    }

    @Test
    void skipsALeadingByteOrderMark() {
        byte[] json = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};
        assertEquals(List.of(1L), Json.parse(json));
        // Only at the very start.
        assertEquals(
                "malformed JSON at line 1, column 2 (byte 1): expected a JSON value, got '\uFEFF' (U+FEFF)",
                error(new byte[] {' ', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'}));
    }

    // ------------------------------------------------------------------ numbers

    @Test
    void numbersInTrees() {
        List<?> list = (List<?>) Json.parse("[0, -0, 9223372036854775807, -9223372036854775808, 9223372036854775808,"
                + " -9223372036854775809, 12345678901234567890123, 1.0, -0.0, 1e2, 1E+2, 2.5e-3, 1e400, -1e400, 1e-400,"
                + " 9007199254740993, 4.9e-324, 1.7976931348623157e308]");
        assertEquals(0L, list.get(0));
        assertEquals(0L, list.get(1));
        assertEquals(Long.MAX_VALUE, list.get(2));
        assertEquals(Long.MIN_VALUE, list.get(3));
        assertEquals(new JsonNumber("9223372036854775808"), list.get(4));
        assertEquals(new JsonNumber("-9223372036854775809"), list.get(5));
        assertEquals(new JsonNumber("12345678901234567890123"), list.get(6));
        assertEquals(1.0, list.get(7));
        assertEquals(-0.0, list.get(8));
        assertEquals(100.0, list.get(9));
        assertEquals(100.0, list.get(10));
        assertEquals(0.0025, list.get(11));
        assertEquals(new JsonNumber("1e400"), list.get(12));
        assertEquals(new JsonNumber("-1e400"), list.get(13));
        assertEquals(0.0, list.get(14));
        assertEquals(9007199254740993L, list.get(15));
        assertEquals(Double.MIN_VALUE, list.get(16));
        assertEquals(Double.MAX_VALUE, list.get(17));
        // Big numbers write back unchanged.
        assertEquals("[12345678901234567890123,1e400]", Json.toString(Json.parse("[12345678901234567890123,1e400]")));
    }

    @Test
    void nextLongIsExactAndStrict() {
        JsonReader r = JsonReader.of("[9223372036854775807,-9223372036854775808,1.0,2e3,1.50e1,-0.0,1500e-2,"
                + "1.5,9223372036854775808,1e19,\"1\",100000000000000000000e-2,0.000e999999999999]");
        r.beginArray();
        assertEquals(Long.MAX_VALUE, r.nextLong());
        assertEquals(Long.MIN_VALUE, r.nextLong());
        assertEquals(1, r.nextLong());
        assertEquals(2000, r.nextLong());
        assertEquals(15, r.nextLong());
        assertEquals(0, r.nextLong());
        assertEquals(15, r.nextLong());
        assertEquals(
                "$[7]: expected integer, got 1.5",
                assertThrows(JsonException.class, r::nextLong).getMessage());
        r.skipValue();
        assertEquals(
                "$[8]: 9223372036854775808 is out of range for long",
                assertThrows(JsonException.class, r::nextLong).getMessage());
        r.skipValue();
        assertEquals(
                "$[9]: 1e19 is out of range for long",
                assertThrows(JsonException.class, r::nextLong).getMessage());
        r.skipValue();
        assertEquals(
                "$[10]: expected integer, got string",
                assertThrows(JsonException.class, r::nextLong).getMessage());
        r.skipValue();
        assertEquals(1000000000000000000L, r.nextLong());
        assertEquals(0, r.nextLong());
        r.endArray();
        r.endDocument();
    }

    @Test
    void nextIntChecksTheIntRange() {
        JsonReader r = JsonReader.of("{\"a\":2147483647,\"b\":-2147483648,\"c\":2147483648,\"d\":"
                + "12345678901234567890123456789012345678901234567890}");
        r.beginObject();
        r.nextName();
        assertEquals(Integer.MAX_VALUE, r.nextInt());
        r.nextName();
        assertEquals(Integer.MIN_VALUE, r.nextInt());
        r.nextName();
        assertEquals(
                "$.c: 2147483648 is out of range for int",
                assertThrows(JsonException.class, r::nextInt).getMessage());
        r.skipValue();
        r.nextName();
        assertEquals(
                "$.d: 12345678901234567890... (50 characters) is out of range for int",
                assertThrows(JsonException.class, r::nextInt).getMessage());
    }

    @Test
    void nextDoubleAndFloat() {
        JsonReader r =
                JsonReader.of("[0.1,1e23,-0.0,7,\"NaN\",\"Infinity\",\"-Infinity\",1e400,\"x\",0.1,3.4028236e38]");
        r.beginArray();
        assertEquals(0.1, r.nextDouble());
        assertEquals(1e23, r.nextDouble());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(r.nextDouble()));
        assertEquals(7.0, r.nextDouble());
        assertTrue(Double.isNaN(r.nextDouble()));
        assertEquals(Double.POSITIVE_INFINITY, r.nextDouble());
        assertEquals(Double.NEGATIVE_INFINITY, r.nextDouble());
        assertEquals(
                "$[7]: 1e400 is out of range for double",
                assertThrows(JsonException.class, r::nextDouble).getMessage());
        r.skipValue();
        assertEquals(
                "$[8]: expected number, got string",
                assertThrows(JsonException.class, r::nextDouble).getMessage());
        assertEquals("x", r.nextString());
        assertEquals(0.1f, r.nextFloat());
        assertEquals(
                "$[10]: 3.4028236e38 is out of range for float",
                assertThrows(JsonException.class, r::nextFloat).getMessage());
    }

    @Test
    void numberTextIsVerbatim() {
        JsonReader r = JsonReader.of("[-1.50E+007]");
        r.beginArray();
        assertEquals(JsonReader.NUMBER, r.peek());
        assertEquals("-1.50E+007", r.nextNumberText());
        r.endArray();
    }

    // ------------------------------------------------------------------ malformed documents

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "``                 | malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got end of input",
                "`   `              | malformed JSON at line 1, column 4 (byte 3): expected a JSON value, got end of input",
                "[1,]               | malformed JSON at line 1, column 4 (byte 3): expected a JSON value after ',', got ']' (trailing commas are not allowed)",
                "{\"a\":1,}         | malformed JSON at line 1, column 8 (byte 7): expected '\"' to start a property name after ',', got '}' (trailing commas are not allowed)",
                "[01]               | malformed JSON at line 1, column 2 (byte 1): leading zeros are not allowed in numbers",
                "-01                | malformed JSON at line 1, column 2 (byte 1): leading zeros are not allowed in numbers",
                "-                  | malformed JSON at line 1, column 2 (byte 1): expected a digit after '-', got end of input",
                "-a                 | malformed JSON at line 1, column 2 (byte 1): expected a digit after '-', got 'a'",
                "1.                 | malformed JSON at line 1, column 3 (byte 2): expected a digit after '.', got end of input",
                "1.e5               | malformed JSON at line 1, column 3 (byte 2): expected a digit after '.', got 'e'",
                "1e                 | malformed JSON at line 1, column 3 (byte 2): expected a digit in the exponent, got end of input",
                "1e+                | malformed JSON at line 1, column 4 (byte 3): expected a digit in the exponent, got end of input",
                ".5                 | malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got '.'",
                "+1                 | malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got '+'",
                "NaN                | malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got 'N'",
                "Infinity           | malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got 'I'",
                "0x10               | malformed JSON at line 1, column 2 (byte 1): expected end of input after the JSON value, got 'x'",
                "tru                | malformed JSON at line 1, column 4 (byte 3): expected 'true', got end of input",
                "trUe               | malformed JSON at line 1, column 3 (byte 2): expected 'true', got 'U'",
                "nulll              | malformed JSON at line 1, column 5 (byte 4): expected end of input after the JSON value, got 'l'",
                "[1 2]              | malformed JSON at line 1, column 4 (byte 3): expected ',' or ']' after array element, got '2'",
                "[1,2               | malformed JSON at line 1, column 5 (byte 4): expected ',' or ']' after array element, got end of input",
                "{\"a\" 1}          | malformed JSON at line 1, column 6 (byte 5): expected ':' after property name, got '1'",
                "{\"a\":1 \"b\":2}  | malformed JSON at line 1, column 8 (byte 7): expected ',' or '}' after object member, got '\"'",
                "{a:1}              | malformed JSON at line 1, column 2 (byte 1): expected '\"' to start a property name or '}', got 'a'",
                "{'a':1}            | malformed JSON at line 1, column 2 (byte 1): expected '\"' to start a property name or '}', got '''",
                "{\"a\":}           | malformed JSON at line 1, column 6 (byte 5): expected a JSON value after ':', got '}'",
                "[,1]               | malformed JSON at line 1, column 2 (byte 1): expected a JSON value or ']', got ','",
                "[1]]               | malformed JSON at line 1, column 4 (byte 3): expected end of input after the JSON value, got ']'",
                "{}{}               | malformed JSON at line 1, column 3 (byte 2): expected end of input after the JSON value, got '{'",
                "\"abc              | malformed JSON at line 1, column 5 (byte 4): unterminated string (it starts at byte 0)",
                "\"\\x\"            | malformed JSON at line 1, column 2 (byte 1): invalid escape '\\' followed by 'x' in a string",
                "\"\\u12g4\"        | malformed JSON at line 1, column 6 (byte 5): expected 4 hex digits after \\u, got 'g'",
                "\"\\u12\"          | malformed JSON at line 1, column 6 (byte 5): expected 4 hex digits after \\u, got '\"'",
                "\"\\ud800\"        | malformed JSON at line 1, column 2 (byte 1): lone surrogate \\uD800 in a string (no \\u escape of a low surrogate follows)",
                "\"\\ud800\\u0041\" | malformed JSON at line 1, column 2 (byte 1): lone surrogate \\uD800 in a string (no \\u escape of a low surrogate follows)",
                "\"a\\udc00\"       | malformed JSON at line 1, column 3 (byte 2): lone surrogate \\uDC00 in a string (no high surrogate before it)",
                "[\"é\", é]         | malformed JSON at line 1, column 7 (byte 7): expected a JSON value after ',', got 'é' (U+00E9)",
            })
    void reportsSyntaxErrorsWithLocation(String json, String message) {
        assertEquals(message, error(json));
    }

    @Test
    void rejectsUnescapedControlCharacters() {
        assertEquals(
                "malformed JSON at line 1, column 3 (byte 2): control character U+000A must be escaped in a string",
                error("\"a\nb\""));
        assertEquals(
                "malformed JSON at line 1, column 2 (byte 1): control character U+0000 must be escaped in a string",
                error("\"\u0000\""));
        assertEquals("malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got U+0001", error("\u0001"));
    }

    @Test
    void countsLinesAndColumnsInCharacters() {
        assertEquals(
                "malformed JSON at line 3, column 14 (byte 41): expected ',' or '}' after object member, got 'x'",
                error("{\"items\": [\n  {\"price\": 1},\n  {\"n\": \"uu\" x}]}"));
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("[\r\n1,\r2,\n\"é😀\" x]"));
        assertEquals(4, e.line());
        assertEquals(6, e.column());
        assertEquals(18, e.offset());
        assertEquals("$[2]", e.path());
    }

    @Test
    void rejectsInvalidUtf8WithItsOffset() {
        assertEquals(
                "malformed JSON at line 1, column 3 (byte 2): invalid UTF-8 byte 0xFF",
                error(new byte[] {'[', '"', (byte) 0xFF, '"', ']'}));
        // Truncated sequence, overlong form, encoded surrogate, beyond U+10FFFF.
        assertEquals(
                "malformed JSON at line 1, column 4 (byte 3): invalid UTF-8 sequence starting with byte 0xC3",
                error(new byte[] {'[', '"', 'a', (byte) 0xC3, '"', ']'}));
        assertEquals(
                "malformed JSON at line 1, column 2 (byte 1): invalid UTF-8 byte 0xC0",
                error(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}));
        assertEquals(
                "malformed JSON at line 1, column 2 (byte 1): invalid UTF-8 sequence starting with byte 0xE0",
                error(new byte[] {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'}));
        assertEquals(
                "malformed JSON at line 1, column 2 (byte 1): invalid UTF-8 sequence starting with byte 0xED",
                error(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}));
        assertEquals(
                "malformed JSON at line 1, column 2 (byte 1): invalid UTF-8 sequence starting with byte 0xF4",
                error(new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}));
        assertEquals(
                "malformed JSON at line 1, column 2 (byte 1): invalid UTF-8 byte 0xF5",
                error(new byte[] {'"', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80, '"'}));
        assertEquals(
                "malformed JSON at line 1, column 2 (byte 1): expected a JSON value or ']', got invalid UTF-8 byte 0x80",
                error(new byte[] {'[', (byte) 0x80, ']'}));
        // Also inside names and skipped values.
        JsonReader r = new JsonReader(new byte[] {'{', '"', 'k', '"', ':', '"', (byte) 0xFE, '"', '}'});
        r.beginObject();
        r.nextName();
        assertEquals(
                "malformed JSON at line 1, column 7 (byte 6): invalid UTF-8 byte 0xFE",
                assertThrows(JsonException.class, r::skipValue).getMessage());
        // All valid 1-4 byte forms decode.
        String all = "a\u0080\u07ff\u0800\ud7ff\ue000\uffff\ud800\udc00\udbff\udfff";
        assertEquals(all, Json.parse(("\"" + all + "\"").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void loneSurrogatesOnRequest() {
        JsonReader r =
                JsonReader.of("[\"\\ud800\",\"\\udc00x\",\"\\ud800\\u0041\"]").allowLoneSurrogates(true);
        assertEquals(List.of("\ud800", "\udc00x", "\ud800A"), r.readTree());
    }

    // ------------------------------------------------------------------ nesting

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertEquals(
                "JSON nested too deeply at line 1, column 1001 (byte 1000): more than 1000 nested arrays/objects",
                error(deep));
        String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertTrue(error(deepObjects).startsWith("JSON nested too deeply at line 1, column 5001 (byte 5000)"));
        JsonReader skipping = JsonReader.of(deep);
        assertThrows(JsonException.class, skipping::skipValue);
        // 1000 levels are fine, and the limit is configurable.
        String ok = "[".repeat(1000) + "]".repeat(1000);
        assertInstanceOf(List.class, Json.parse(ok));
        assertInstanceOf(List.class, JsonReader.of(deep).maxDepth(20_000).readTree());
        assertEquals(
                "JSON nested too deeply at line 1, column 4 (byte 3): more than 3 nested arrays/objects",
                assertThrows(
                                JsonException.class,
                                () -> JsonReader.of("[[[[]]]]").maxDepth(3).readTree())
                        .getMessage());
    }

    // ------------------------------------------------------------------ duplicates

    @Test
    void duplicateKeysAreRejectedByDefault() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\"a\":{\"b\":1,\"b\":[2]}}"));
        assertEquals("$.a.b: duplicate property", e.getMessage());
        assertEquals(12, e.offset());
        Object lastWins = JsonReader.of("{\"a\":1,\"b\":2,\"a\":3}")
                .allowDuplicateKeys(true)
                .readTree();
        assertEquals(Map.of("a", 3L, "b", 2L), lastWins);
        assertEquals(List.of("a", "b"), new ArrayList<>(((Map<?, ?>) lastWins).keySet()));
    }

    // ------------------------------------------------------------------ streaming API

    @Test
    void streamingWalkthrough() {
        JsonReader r = JsonReader.of(
                "{\"name\":\"x\",\"tags\":[\"a\",\"b\"],\"skip\":{\"deep\":[1,{\"x\":null}]},\"ok\":true,\"n\":null}");
        assertEquals(JsonReader.BEGIN_OBJECT, r.peek());
        r.beginObject();
        assertEquals(JsonReader.NAME, r.peek());
        assertEquals("name", r.nextName());
        assertEquals("$.name", r.path());
        assertEquals(JsonReader.STRING, r.peek());
        assertEquals("x", r.nextString());
        assertEquals("tags", r.nextName());
        r.beginArray();
        assertEquals("$.tags", r.path());
        assertTrue(r.hasNext());
        assertEquals("a", r.nextString());
        assertEquals("$.tags[0]", r.path());
        assertEquals("b", r.nextString());
        assertFalse(r.hasNext());
        assertEquals(JsonReader.END_ARRAY, r.peek());
        r.endArray();
        r.skipValue(); // the name "skip" and its value
        assertEquals("ok", r.nextName());
        assertEquals(JsonReader.BOOLEAN, r.peek());
        assertTrue(r.nextBoolean());
        assertEquals("n", r.nextName());
        assertTrue(r.nextIfNull());
        assertFalse(r.hasNext());
        r.endObject();
        assertEquals(JsonReader.END_DOCUMENT, r.peek());
        r.endDocument();
    }

    @Test
    void typeErrorsNameThePathAndConsumeNothing() {
        JsonReader r = JsonReader.of("{\"items\":[{\"price\":1},{\"price\":2},{\"price\":3},{\"price\":\"x\"}],"
                + "\"odd key\":{\"it's\":[true]}}");
        r.beginObject();
        r.nextName();
        r.beginArray();
        for (int i = 0; i < 3; i++) {
            r.beginObject();
            r.nextName();
            r.nextDouble();
            r.endObject();
        }
        r.beginObject();
        r.nextName();
        JsonException e = assertThrows(JsonException.class, r::nextDouble);
        assertEquals("$.items[3].price: expected number, got string", e.getMessage());
        assertEquals("$.items[3].price", e.path());
        assertEquals(1, e.line());
        assertEquals(56, e.column());
        assertEquals("x", r.nextString());
        assertEquals(
                "$.items[3].name: missing required property",
                r.missingProperty("name").getMessage());
        assertEquals(
                "$.items[3].price: must be positive",
                r.error("must be positive").getMessage());
        r.endObject();
        assertEquals(
                "$.items[3]: expected object, got end of array",
                assertThrows(JsonException.class, r::beginObject).getMessage());
        r.endArray();
        r.nextName();
        r.beginObject();
        r.nextName();
        r.beginArray();
        assertEquals(
                "$['odd key']['it\\'s'][0]: expected string, got boolean",
                assertThrows(JsonException.class, r::nextString).getMessage());
        assertEquals(
                "$['odd key']['it\\'s'][0]: expected null, got boolean",
                assertThrows(JsonException.class, r::nextNull).getMessage());
        assertFalse(r.nextIfNull());
        assertEquals(
                "$['odd key']['it\\'s'][0]: expected array, got boolean",
                assertThrows(JsonException.class, r::beginArray).getMessage());
        assertTrue(r.nextBoolean());
        assertEquals(
                "$['odd key']['it\\'s'][0]: expected value, got end of array",
                assertThrows(JsonException.class, r::skipValue).getMessage());
        assertEquals(
                "$['odd key']['it\\'s'][0]: expected property name, got end of array",
                assertThrows(JsonException.class, r::nextName).getMessage());
    }

    @Test
    void namesTableMatchesWithoutDecoding() {
        JsonNames names = new JsonNames("id", "näme", "tags", "");
        JsonReader r = JsonReader.of("{\"tags\":1,\"n\\u00e4me\":2,\"id\":3,\"other\":{\"id\":4},\"\":5,\"näme\":6}");
        r.beginObject();
        assertEquals(2, r.nextName(names));
        assertEquals(1, r.nextLong());
        assertEquals(1, r.nextName(names));
        assertEquals(
                "$['näme']: expected string, got number",
                assertThrows(JsonException.class, r::nextString).getMessage());
        assertEquals(2, r.nextLong());
        assertEquals(0, r.nextName(names));
        assertEquals(3, r.nextLong());
        assertEquals(-1, r.nextName(names));
        assertEquals("$.other", r.path());
        r.skipValue();
        assertEquals(3, r.nextName(names));
        assertEquals("$['']", r.path());
        assertEquals(5, r.nextLong());
        assertEquals(1, r.nextName(names));
        assertEquals("$['näme']: duplicate property", r.duplicateProperty().getMessage());
        r.skipValue();
        r.endObject();
        assertEquals(4, names.size());
        assertEquals("näme", names.get(1));
        assertEquals(-1, names.indexOf("x"));
        assertThrows(IllegalArgumentException.class, () -> new JsonNames("a", "b", "a"));
    }

    @Test
    void readsFromAnArrayRange() {
        byte[] bytes = "xx[1, 2] junk".getBytes(StandardCharsets.UTF_8);
        JsonReader r = new JsonReader(bytes, 2, 6);
        assertEquals(List.of(1L, 2L), r.readTree());
        r.endDocument();
        JsonException e = assertThrows(JsonException.class, () -> new JsonReader(bytes, 2, 4).readTree());
        assertEquals(
                "malformed JSON at line 1, column 5 (byte 4): expected a JSON value after ',', got end of input",
                e.getMessage());
    }

    @Test
    void readTreeInsideAStream() {
        JsonReader r = JsonReader.of("{\"meta\":{\"a\":[1,2]},\"rest\":3}");
        r.beginObject();
        assertEquals("meta", r.nextName());
        assertEquals(Map.of("a", List.of(1L, 2L)), r.readTree());
        assertEquals("rest", r.nextName());
        assertEquals(3L, r.readTree());
        assertEquals(
                "$.rest: expected value, got end of object",
                assertThrows(JsonException.class, r::readTree).getMessage());
        r.endObject();
        assertNull(Json.parse("null"));
    }
}
