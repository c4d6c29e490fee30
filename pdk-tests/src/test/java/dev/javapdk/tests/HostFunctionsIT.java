package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.HostFunctions;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.PluginTrapException;
import dev.javapdk.tests.host.HostCalling.Point;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @HostFunction} imports of every supported type, provided in Java through the harness: the
 * plug-in ({@code dev.javapdk.tests.host.HostCalling}) sends values to the host and returns what
 * came back. Runs on Chicory here, on the JS SDKs through the subclasses.
 */
class HostFunctionsIT {
    static final String WASM = "target/pdk-tests-host.wasm";

    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    HostFunctions functions() {
        return HostFunctions.builder()
                .function("add_int", int.class, int.class, int.class, (a, b) -> a + b)
                .function("mul_long", long.class, long.class, long.class, (a, b) -> a * b)
                .function("half_float", float.class, float.class, f -> f / 2)
                .function("negate_double", double.class, double.class, d -> -d)
                .function("reverse_bytes", byte[].class, byte[].class, HostFunctionsIT::reverse)
                .function("shout", String.class, String.class, s -> s == null ? null : s.toUpperCase(Locale.ROOT))
                .function(
                        "move_point",
                        Point.class,
                        int.class,
                        Point.class,
                        (p, dx) -> p == null ? null : new Point(p.x() + dx, p.y(), p.label() + "!"))
                .function(
                        "neighbours",
                        Point.class,
                        List.class,
                        p -> List.of(new Point(p.x() - 1, p.y(), "left"), new Point(p.x() + 1, p.y(), "right")))
                .function("record_event", String.class, void.class, e -> {
                    events.add(e);
                    return null;
                })
                .function("example:checks", "check", List.of(String.class), int.class, args -> {
                    String text = (String) args[0];
                    if (text.startsWith("bad")) {
                        throw new IllegalArgumentException("the host refuses '" + text + "'");
                    }
                    return text.length();
                })
                .build();
    }

    private static byte[] reverse(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"i\":41,\"l\":5,\"f\":3.0,\"d\":2.5}",
                "{\"i\":2147483647,\"l\":3074457345618258602,\"f\":3.4028235E38,\"d\":-0.0}",
                "{\"i\":-2147483648,\"l\":-9007199254740993,\"f\":1.4E-45,\"d\":1.0E-300}",
                "{\"i\":0,\"l\":9007199254740993,\"f\":-0.1,\"d\":1.7976931348623157E308}"
            })
    void numbersCrossAsTheyAre(
            String input, @ExtismPlugin(wasm = WASM, hostFunctions = "functions") LoadedPlugin plugin)
            throws IOException {
        Map<String, Object> in = JSON.std.mapFrom(input);
        Map<String, Object> out = JSON.std.mapFrom(plugin.call("numbers", input));
        assertEquals(((Number) in.get("i")).intValue() + 1, ((Number) out.get("i")).intValue());
        assertEquals(((Number) in.get("l")).longValue() * 3, ((Number) out.get("l")).longValue());
        float f = ((Number) in.get("f")).floatValue();
        assertEquals(Float.floatToIntBits(f / 2), Float.floatToIntBits(((Number) out.get("f")).floatValue()));
        double d = ((Number) in.get("d")).doubleValue();
        assertEquals(Double.doubleToLongBits(-d), Double.doubleToLongBits(((Number) out.get("d")).doubleValue()));
    }

    @Test
    void bytesAndStringsCrossInKernelBlocks(
            @ExtismPlugin(wasm = WASM, hostFunctions = "functions") LoadedPlugin plugin) {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertArrayEquals(reverse(all), plugin.call("bytes", all));
        assertEquals("GRÜSSE, 世界 😀", plugin.call("text", "grüße, 世界 😀"));
        String big = "x".repeat(300_000);
        assertEquals(big.toUpperCase(Locale.ROOT), plugin.call("text", big));
    }

    @Test
    void nullIsOffsetZeroBothWays(@ExtismPlugin(wasm = WASM, hostFunctions = "functions") LoadedPlugin plugin) {
        assertEquals("null null null", plugin.call("nulls", ""));
    }

    /** Empty blocks stay empty on the JS SDKs; Chicory's kernel answers alloc(0) with 0, which reads as null. */
    @Test
    void emptyValues(@ExtismPlugin(wasm = WASM, hostFunctions = "functions") LoadedPlugin plugin) {
        assertEquals(plugin.hostName().equals("chicory") ? "null null" : "[0] \"\"", plugin.call("empties", ""));
    }

    @Test
    void jsonBoundTypesCrossAsJson(@ExtismPlugin(wasm = WASM, hostFunctions = "functions") LoadedPlugin plugin)
            throws IOException {
        assertEquals(
                Map.of("x", 11, "y", 2, "label", "a!"),
                JSON.std.mapFrom(plugin.call("point", "{\"x\":1,\"y\":2,\"label\":\"a\"}")));
        List<Object> around = JSON.std.listFrom(plugin.call("around", "{\"x\":5,\"y\":7,\"label\":\"c\"}"));
        assertEquals(
                List.of(Map.of("x", 4, "y", 7, "label", "left"), Map.of("x", 6, "y", 7, "label", "right")), around);
    }

    @Test
    void voidHostFunction(@ExtismPlugin(wasm = WASM, hostFunctions = "functions") LoadedPlugin plugin) {
        plugin.call("event", "first");
        plugin.call("event", "second");
        assertEquals(List.of("first", "second"), events);
    }

    @Test
    void aHostFunctionThatThrowsTrapsTheCallAndTheInstanceGoesOn(
            @ExtismPlugin(wasm = WASM, hostFunctions = "functions") LoadedPlugin plugin) {
        assertEquals("checked 5", plugin.call("checked", "hello"));
        for (int i = 0; i < 20; i++) {
            String input = "bad " + i;
            PluginTrapException e = assertThrows(PluginTrapException.class, () -> plugin.call("checked", input));
            assertTrue(e.getMessage().contains("the host refuses '" + input + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("example:checks.check"), e.getMessage());
            assertEquals("checked 2", plugin.call("checked", "ok"));
        }
    }

    @Test
    void manyCallsInOneExportFreeTheirBlocks(
            @ExtismPlugin(wasm = WASM, hostFunctions = "functions") LoadedPlugin plugin) {
        long expected = 0;
        for (int i = 0; i < 3000; i++) {
            expected += ("call " + i).length() + 1;
        }
        assertEquals(Long.toString(expected), plugin.call("many", "3000"));
        assertEquals(Long.toString(expected), plugin.call("many", "3000"));
    }

    /** Each host function the code reaches is imported once, with its declared wasm signature; unreached ones not at all. */
    @Test
    void eachReachedHostFunctionIsImportedOnceWithItsSignature() {
        List<String> imports = ModuleInfo.functionImports(Path.of(WASM)).stream()
                .filter(i -> !i.startsWith("extism:host/env."))
                .sorted()
                .toList();
        List<String> expected = functions().definitions().stream()
                .map(d -> d.module() + "." + d.name() + " " + d.wasmSignature())
                .sorted()
                .toList();
        assertEquals(expected, imports);
        assertFalse(String.join(" ", imports).contains("never_called"));
        assertEquals(
                List.of(
                        "example:checks.check (i64) -> i32",
                        "extism:host/user.add_int (i32, i32) -> i32",
                        "extism:host/user.half_float (f32) -> f32",
                        "extism:host/user.move_point (i64, i32) -> i64",
                        "extism:host/user.mul_long (i64, i64) -> i64",
                        "extism:host/user.negate_double (f64) -> f64",
                        "extism:host/user.neighbours (i64) -> i64",
                        "extism:host/user.record_event (i64) -> ()",
                        "extism:host/user.reverse_bytes (i64) -> i64",
                        "extism:host/user.shout (i64) -> i64"),
                imports);
    }

    @Test
    void aMissingHostFunctionFailsTheLoadNamingIt() {
        HostFunctions.Builder builder = HostFunctions.builder();
        functions().definitions().stream()
                .filter(d -> !d.name().equals("add_int"))
                .forEach(d ->
                        builder.function(d.module(), d.name(), d.parameterTypes(), d.resultType(), d.implementation()));
        HostFunctions partial = builder.build();
        RuntimeException e = assertThrows(
                RuntimeException.class,
                () -> dev.javapdk.harness.Plugins.host(hostName())
                        .load(dev.javapdk.harness.PluginSpec.builder(Path.of(WASM))
                                .hostFunctions(partial)
                                .build())
                        .close());
        assertTrue(e.getMessage().contains("add_int") || e.getMessage().contains("extism:host/user"), e.getMessage());
    }

    String hostName() {
        dev.javapdk.harness.ExtismHost host = getClass().getAnnotation(dev.javapdk.harness.ExtismHost.class);
        return host == null ? "chicory" : host.value();
    }
}
