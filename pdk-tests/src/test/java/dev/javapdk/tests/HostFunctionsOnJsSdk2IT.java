package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javapdk.harness.ExtismHost;
import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every test of {@link HostFunctionsIT} on the Extism JS SDK 2.0.0-rc13 in Node. */
@ExtismHost("node2")
class HostFunctionsOnJsSdk2IT extends HostFunctionsIT {
    /** With a time limit the plug-in runs in the SDK's worker, which asks Node's main thread to run host functions. */
    @Test
    void hostFunctionsWorkInTheSdksWorker(
            @ExtismPlugin(wasm = WASM, hostFunctions = "functions", timeoutMillis = 60_000) LoadedPlugin plugin) {
        String text = "grüße ".repeat(1000);
        assertEquals(text.toUpperCase(Locale.ROOT), plugin.call("text", text));
        assertEquals("{\"label\":\"a!\",\"x\":11,\"y\":2}", plugin.call("point", "{\"x\":1,\"y\":2,\"label\":\"a\"}"));
        assertEquals("null null null", plugin.call("nulls", ""));
        plugin.call("event", "in a worker");
        assertEquals(java.util.List.of("in a worker"), events);
    }
}
