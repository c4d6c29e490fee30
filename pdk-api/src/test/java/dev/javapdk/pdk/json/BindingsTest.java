package dev.javapdk.pdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without generated bindings (plain JVM), typed calls fail with a message that says what to do. */
class BindingsTest {
    record Point(int x, int y) {}

    @Test
    void readingAnUnboundTypeSaysHowToBindIt() {
        JsonException error = assertThrows(JsonException.class, () -> Json.read("{\"x\":1}", Point.class));
        assertEquals(
                "no JSON binding for dev.javapdk.pdk.json.BindingsTest$Point: the build generates one for the "
                        + "types of exported functions and for class literals passed directly to Json.read, Json.input, "
                        + "Json.var and Json.config (Json.read(bytes, Point.class))",
                error.getMessage());
    }

    @Test
    void writingAnUnboundObjectInATreeSaysWhy() {
        JsonException error = assertThrows(JsonException.class, () -> Json.write(Map.of("p", new Point(1, 2))));
        assertEquals(
                "JsonWriter: cannot write a dev.javapdk.pdk.json.BindingsTest$Point (no reflection here: "
                        + "records and POJOs are written by readers and writers the build generates for exported "
                        + "functions' types and for Json.read(bytes, Type.class) calls)",
                error.getMessage());
    }
}
