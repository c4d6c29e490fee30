package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.PluginCallException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Malformed and hostile JSON fed to typed functions on a real host: every input gets a clear
 * error naming what and where, never a trap, and the same instance keeps answering.
 */
class JsonMalformedIT {
    static final String WASM = CapabilitiesIT.WASM;
    static final String ORDER = "{\"id\":\"A1\",\"items\":[{\"name\":\"pen\",\"price\":1.5,\"quantity\":2}]}";

    @Test
    void truncatedDocuments(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals(
                "malformed JSON at line 1, column 21 (byte 20): expected a JSON value or ']', got end of input",
                error(plugin, "order_total", "{\"id\":\"A1\",\"items\":["));
        // Every prefix of a valid document is an error, and the instance survives them all.
        for (int end = 0; end < ORDER.length(); end++) {
            String message = error(plugin, "order_total", ORDER.substring(0, end));
            if (!message.startsWith("malformed JSON at line 1, column ")) {
                throw new AssertionError("prefix " + end + ": " + message);
            }
            assertEquals("3.0", plugin.call("order_total", ORDER));
        }
    }

    @Test
    void invalidUtf8(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        byte[] bytes = "{\"id\":\"A?\",\"items\":[]}".getBytes(StandardCharsets.UTF_8);
        bytes[9] = (byte) 0xFF;
        assertEquals(
                "malformed JSON at line 1, column 10 (byte 9): invalid UTF-8 byte 0xFF",
                error(plugin, "order_total", bytes));
        assertEquals("0.0", plugin.call("order_total", "{\"items\":[]}"));
    }

    @Test
    void deepNestingIsBoundedNotAStackOverflow(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertEquals(
                "JSON nested too deeply at line 1, column 1001 (byte 1000): more than 1000 nested arrays/objects",
                error(plugin, "echo_tree", deep));
        String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertEquals(
                "JSON nested too deeply at line 1, column 5001 (byte 5000): more than 1000 nested arrays/objects",
                error(plugin, "echo_tree", deepObjects));
        assertEquals("[[[1]]]", plugin.call("echo_tree", "[[[1]]]"));
    }

    @Test
    void hugeNumbers(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals(
                "$: 99999999999999999999 is out of range for long", error(plugin, "echo_long", "99999999999999999999"));
        assertEquals(
                "$.items[0].quantity: 3000000000 is out of range for int",
                error(plugin, "order_total", "{\"items\":[{\"name\":\"x\",\"price\":1,\"quantity\":3000000000}]}"));
        assertEquals(
                "$.items[0].price: 1e400 is out of range for double",
                error(plugin, "order_total", "{\"items\":[{\"name\":\"x\",\"price\":1e400,\"quantity\":1}]}"));
        assertEquals(
                "$.items[0].quantity: expected integer, got 1.5",
                error(plugin, "order_total", "{\"items\":[{\"name\":\"x\",\"price\":1,\"quantity\":1.5}]}"));
        String digits = "1" + "0".repeat(100_000);
        assertEquals(
                "$: " + digits.substring(0, 20) + "... (100001 characters) is out of range for long",
                error(plugin, "echo_long", digits));
        assertEquals("9223372036854775807", plugin.call("echo_long", "9223372036854775807"));
    }

    @Test
    void duplicateKeys(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("$.id: duplicate property", error(plugin, "echo_order", "{\"id\":\"a\",\"id\":\"b\"}"));
        assertEquals(
                "$.counters.k: duplicate property", error(plugin, "echo_order", "{\"counters\":{\"k\":1,\"k\":2}}"));
        assertEquals("{\"id\":\"a\"}", plugin.call("echo_order", "{\"id\":\"a\"}"));
    }

    @Test
    void wrongTypesNameThePath(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("$.items: expected array, got string", error(plugin, "order_total", "{\"items\":\"none\"}"));
        assertEquals(
                "$.items[1].price: expected number, got string",
                error(
                        plugin,
                        "order_total",
                        "{\"items\":[{\"name\":\"a\",\"price\":1,\"quantity\":1},{\"name\":\"b\",\"price\":\"2\","
                                + "\"quantity\":1}]}"));
        assertEquals(
                "$.colour: expected one of [red, green, blue], got \"purple\"",
                error(plugin, "echo_order", "{\"colour\":\"purple\"}"));
        assertEquals("$: expected object, got array", error(plugin, "echo_order", "[]"));
        assertEquals(
                "$.customer.vip: expected boolean, got number",
                error(plugin, "echo_order", "{\"customer\":{\"vip\":1}}"));
    }

    @Test
    void missingRequiredValues(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals(
                "$.items[0].quantity: missing required property",
                error(plugin, "order_total", "{\"items\":[{\"name\":\"x\",\"price\":1}]}"));
        assertEquals(
                "$.items[0].price: expected number, got null",
                error(plugin, "order_total", "{\"items\":[{\"name\":\"x\",\"price\":null,\"quantity\":1}]}"));
    }

    @Test
    void trailingGarbageAndEmptyInput(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals(
                "malformed JSON at line 2, column 1 (byte 3): expected end of input after the JSON value, got 'x'",
                error(plugin, "echo_long", "1 \nx"));
        assertEquals(
                "malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got end of input",
                error(plugin, "echo_long", ""));
    }

    @Test
    void tenThousandBadDocumentsThenAGoodOne(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        for (int i = 0; i < 10_000; i++) {
            error(plugin, "order_total", "{\"items\":[{\"price\":" + i + "}]");
        }
        assertEquals("3.0", plugin.call("order_total", ORDER));
    }

    private static String error(LoadedPlugin plugin, String function, String input) {
        return error(plugin, function, input.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(LoadedPlugin plugin, String function, byte[] input) {
        return assertThrows(PluginCallException.class, () -> plugin.call(function, input))
                .pluginMessage();
    }
}
