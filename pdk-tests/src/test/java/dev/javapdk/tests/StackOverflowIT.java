package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.PluginCallException;
import org.junit.jupiter.api.Test;

/**
 * Deep recursion in a plug-in is a {@code java.lang.StackOverflowError} (a plug-in error, never a host
 * trap) on every host: the Chicory SDK compiled and interpreted, the JS SDK 1.0.3 and 2.0 in Node's
 * main thread and the JS SDK 2.0 in a worker. Recursion below the documented depth works, direct,
 * mutual, through interface and virtual calls and through lambdas; a plug-in may catch the error and
 * go on; 1,000 overflows in a row leave the instance answering correctly. Probe plug-in:
 * {@code dev.javapdk.tests.robust.Robustness}.
 */
class StackOverflowIT {
    static final String WASM = RobustnessIT.WASM;
    /** Recursion this deep must work: the README's supported depth (800 Java frames) less the glue's. */
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

    @Test
    void onJsSdk2InAWorker(@ExtismPlugin(wasm = WASM, host = "node2", timeoutMillis = 600_000) LoadedPlugin plugin) {
        // A time limit puts the plug-in in the SDK's worker thread, whose stack differs from the main one.
        kindsOfRecursion(plugin);
        overflowsInARow(plugin, 20);
    }

    static void kindsOfRecursion(LoadedPlugin plugin) {
        assertEquals(Integer.toString(SUPPORTED), plugin.call("recurse", Integer.toString(SUPPORTED)));
        assertStackOverflow(plugin, "recurse", "100000");
        assertStackOverflow(plugin, "overflow", "");

        String caught = plugin.call("overflow_caught", "");
        assertTrue(caught.startsWith("caught at "), caught);
        int depth = Integer.parseInt(caught.substring("caught at ".length()));
        assertTrue(depth >= SUPPORTED && depth < 800, "caught at depth " + depth);

        assertEquals("even", plugin.call("mutual", Integer.toString(SUPPORTED)));
        assertEquals("odd", plugin.call("mutual", Integer.toString(SUPPORTED - 1)));
        assertStackOverflow(plugin, "mutual", "1000000");

        assertEquals(Integer.toString(SUPPORTED), plugin.call("virtual", Integer.toString(SUPPORTED)));
        assertStackOverflow(plugin, "virtual", "1000000");

        assertStackOverflow(plugin, "overflow_lambda", "");

        // Every frame catches Throwable and recurses again in its handler; after 1,000 errors each frame
        // rethrows, and each frame above catches it once more on the way out.
        String handled = plugin.call("overflow_handlers", "");
        int count = Integer.parseInt(handled.substring("caught ".length()));
        assertTrue(count > 1000 && count <= 1001 + 800, handled);
        assertEquals(RobustnessIT.HEALTHY, plugin.call("health", "x"));
    }

    static void overflowsInARow(LoadedPlugin plugin, int count) {
        for (int i = 0; i < count; i++) {
            assertStackOverflow(plugin, "overflow", "");
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(RobustnessIT.HEALTHY, plugin.call("health", "x"), "health call " + i + " after the overflows");
        }
        assertEquals(Integer.toString(SUPPORTED), plugin.call("recurse", Integer.toString(SUPPORTED)));
        assertEquals(RobustnessIT.SUM_OF_MILLION, plugin.call("linked_nodes", "1000000"));
    }

    static void assertStackOverflow(LoadedPlugin plugin, String function, String input) {
        PluginCallException e = assertThrows(
                PluginCallException.class, () -> plugin.call(function, input), function + "(" + input + ")");
        assertTrue(e.pluginMessage().startsWith("java.lang.StackOverflowError"), e.pluginMessage());
    }
}
