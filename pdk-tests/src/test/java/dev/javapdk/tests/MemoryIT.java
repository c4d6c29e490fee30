package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Many calls on one instance: the plug-in's linear memory, read through the host, must stop
 * growing after a warm-up. 100,000 calls on Chicory and the JS SDK 2.0; 5,000 on the JS SDK 1.0.3,
 * which fails every call from about the 5,461st on one instance (it frees kernel blocks only on reset).
 */
class MemoryIT {
    static final int WARM_UP = 2_000;
    static final String BIG = "x".repeat(256 * 1024);

    @Test
    void chicory(@ExtismPlugin(wasm = TimeoutIT.PORTABLE) LoadedPlugin plugin) {
        assertMemoryLevelsOff(plugin, 100_000);
    }

    @Test
    void jsSdk2(@ExtismPlugin(wasm = TimeoutIT.PORTABLE, host = "node2") LoadedPlugin plugin) {
        assertMemoryLevelsOff(plugin, 100_000);
    }

    @Test
    void jsSdk1(@ExtismPlugin(wasm = TimeoutIT.PORTABLE, host = "node") LoadedPlugin plugin) {
        assertMemoryLevelsOff(plugin, 5_000);
    }

    static void assertMemoryLevelsOff(LoadedPlugin plugin, int calls) {
        long before = plugin.linearMemoryBytes().orElseThrow();
        long afterWarmUp = -1;
        List<String> samples = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 1; i <= calls; i++) {
            // Mostly small inputs; every 1,000th a 256 KiB one, which makes the heap grow once.
            String input = i % 1_000 == 0 ? BIG + i : "Hello, World! #" + i;
            String output = plugin.call("echo", input);
            if (!output.equals(input)) {
                throw new AssertionError(plugin.hostName() + ": call " + i + " answered "
                        + output.substring(0, Math.min(100, output.length())));
            }
            if (i == WARM_UP) {
                afterWarmUp = plugin.linearMemoryBytes().orElseThrow();
            }
            if (i % (calls / 10) == 0) {
                samples.add(i + ":" + plugin.linearMemoryBytes().orElseThrow());
            }
        }
        long after = plugin.linearMemoryBytes().orElseThrow();
        System.out.printf(
                "[MemoryIT] %s: %d calls in %d ms; memory %d B at load, %d B after %d calls, %d B at the"
                        + " end; %s%n",
                plugin.hostName(),
                calls,
                (System.nanoTime() - start) / 1_000_000,
                before,
                afterWarmUp,
                WARM_UP,
                after,
                samples);
        assertEquals(afterWarmUp, after, plugin.hostName() + ": memory grew after the warm-up: " + samples);
        assertTrue(after >= before, plugin.hostName());
    }
}
