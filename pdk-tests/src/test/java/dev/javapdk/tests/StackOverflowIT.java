package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.PluginTrapException;
import org.junit.jupiter.api.Test;

/**
 * Deep recursion in a plug-in: the host's own stack limit ends the call with a trap (TeaVM 0.13.1
 * checks no depth; the build's depth check is off, see docs/teavm.md), and the instance answers
 * correctly afterwards on every host. Recursion below the documented depth works, direct, mutual and
 * through virtual calls; 1,000 overflows in a row leave the instance answering correctly. Probe
 * plug-in: {@code dev.javapdk.tests.robust.Robustness}.
 */
class StackOverflowIT {
    static final String WASM = RobustnessIT.WASM;
    /** Recursion this deep works on every host (the shallowest, Chicory's interpreter, traps near 1,000). */
    static final int SUPPORTED = 790;

    @Test
    void onChicory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        kindsOfRecursion(plugin);
        overflowsInARow(plugin, 1000);
    }

    @Test
    void onChicoryInterpreter(@ExtismPlugin(wasm = WASM, compiler = false) LoadedPlugin plugin) {
        kindsOfRecursion(plugin);
        overflowsInARow(plugin, 20);
    }

    @Test
    void onJsSdk1(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        kindsOfRecursion(plugin);
        overflowsInARow(plugin, 1000);
    }

    @Test
    void onJsSdk2(@ExtismPlugin(wasm = WASM, host = "node2") LoadedPlugin plugin) {
        kindsOfRecursion(plugin);
        overflowsInARow(plugin, 1000);
    }

    static void kindsOfRecursion(LoadedPlugin plugin) {
        assertEquals(Integer.toString(SUPPORTED), plugin.call("recurse", Integer.toString(SUPPORTED)));
        assertTrap(plugin, "recurse", "1000000");
        assertEquals("even", plugin.call("mutual", Integer.toString(SUPPORTED)));
        assertEquals("odd", plugin.call("mutual", Integer.toString(SUPPORTED - 1)));
        assertTrap(plugin, "mutual", "1000000");
        assertEquals(Integer.toString(SUPPORTED), plugin.call("virtual", Integer.toString(SUPPORTED)));
        assertTrap(plugin, "virtual", "1000000");
        assertEquals(RobustnessIT.HEALTHY, plugin.call("health", "x"));
    }

    static void overflowsInARow(LoadedPlugin plugin, int count) {
        for (int i = 0; i < count; i++) {
            assertTrap(plugin, "overflow", "");
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(RobustnessIT.HEALTHY, plugin.call("health", "x"), "health call " + i + " after the overflows");
        }
        assertEquals(Integer.toString(SUPPORTED), plugin.call("recurse", Integer.toString(SUPPORTED)));
        assertEquals(RobustnessIT.SUM_OF_MILLION, plugin.call("linked_nodes", "1000000"));
    }

    static void assertTrap(LoadedPlugin plugin, String function, String input) {
        assertThrows(PluginTrapException.class, () -> plugin.call(function, input), function + "(" + input + ")");
    }
}
