package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.PluginCallException;
import dev.javapdk.harness.PluginTrapException;
import org.junit.jupiter.api.Test;

/**
 * "A plug-in survives any input", on both hosts (Chicory SDK and the JS SDK in Node): the heap grows
 * for any allocation pattern, out of memory is an OutOfMemoryError, a trapped call leaves the
 * instance usable (stack overflow: {@link StackOverflowIT}). Probe plug-in: {@code dev.javapdk.tests.robust.Robustness}.
 */
class RobustnessIT {
    static final String WASM = "target/pdk-tests-robust.wasm";
    static final String HEALTHY = "-789105492";
    static final String SUM_OF_MILLION = "499999500000";

    // ---- heap growth ----

    @Test
    void millionSmallObjectsOnChicory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        millionSmallObjects(plugin);
    }

    @Test
    void millionSmallObjectsOnNode(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        millionSmallObjects(plugin);
    }

    static void millionSmallObjects(LoadedPlugin plugin) {
        // An ArrayList of 1,000,000 Integers: the mark queue overflowed at 90,000 (TeaVM 0.13.1).
        assertEquals(SUM_OF_MILLION, plugin.call("boxed_list", "1000000"));
        assertEquals(HEALTHY, plugin.call("health", "x"));
    }

    @Test
    void smallThenLargeOnOneInstanceOnChicory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        smallThenLarge(plugin);
    }

    @Test
    void smallThenLargeOnOneInstanceOnNode(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        smallThenLarge(plugin);
    }

    static void smallThenLarge(LoadedPlugin plugin) {
        // A stale GC.lastChunk after defragmentation made the second call corrupt the heap.
        assertEquals("4049955000", plugin.call("linked_nodes", "90000"));
        assertEquals(SUM_OF_MILLION, plugin.call("linked_nodes", "1000000"));
        assertEquals("4049955000", plugin.call("boxed_list", "90000"));
        assertEquals(HEALTHY, plugin.call("health", "x"));
    }

    // ---- out of memory ----

    @Test
    void outOfMemoryIsAnErrorOnChicory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        outOfMemory(plugin);
    }

    @Test
    void outOfMemoryIsAnErrorOnNode(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        outOfMemory(plugin);
    }

    static void outOfMemory(LoadedPlugin plugin) {
        assertOutOfMemory(plugin, "big_array", "2147483647");
        assertOutOfMemory(plugin, "big_array", "200000000");
        assertOutOfMemory(plugin, "exhaust", "");
        assertOutOfMemory(plugin, "boxed_list", "100000000");
        for (int i = 0; i < 100; i++) {
            assertEquals(HEALTHY, plugin.call("health", "x"), "health call " + i + " after running out of memory");
        }
        assertEquals(SUM_OF_MILLION, plugin.call("boxed_list", "1000000"));
    }

    @Test
    void everyOutOfMemoryIsAnErrorOnChicory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        repeatedOutOfMemory(plugin);
    }

    @Test
    void everyOutOfMemoryIsAnErrorOnNode(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        repeatedOutOfMemory(plugin);
    }

    static void repeatedOutOfMemory(LoadedPlugin plugin) {
        // 20 huge arrays in a row: each is refused before it is allocated.
        for (int i = 0; i < 20; i++) {
            assertOutOfMemory(plugin, "big_array", "2147483647");
            assertEquals(HEALTHY, plugin.call("health", "x"), "health call after out of memory " + i);
        }
        // 20 exhaustions in a row: the emergency reserve is re-armed at the start of each call.
        for (int i = 0; i < 20; i++) {
            assertOutOfMemory(plugin, "exhaust", "");
            assertEquals(HEALTHY, plugin.call("health", "x"), "health call after out of memory " + i);
        }
    }

    static void assertOutOfMemory(LoadedPlugin plugin, String function, String input) {
        PluginCallException e = assertThrows(
                PluginCallException.class, () -> plugin.call(function, input), function + "(" + input + ")");
        assertTrue(e.getMessage().contains("java.lang.OutOfMemoryError: Java heap space"), e.getMessage());
    }

    // ---- traps ----

    @Test
    void trappedCallsLeaveTheInstanceUsableOnChicory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        trappedCalls(plugin);
    }

    @Test
    void trappedCallsLeaveTheInstanceUsableOnNode(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        trappedCalls(plugin);
    }

    static void trappedCalls(LoadedPlugin plugin) {
        // 300 traps 200 frames deep: ~60,000 dead frames, far more than TeaVM's 256 KiB shadow stack holds
        // unless each call starts from an empty shadow stack.
        for (int i = 0; i < 300; i++) {
            assertThrows(PluginTrapException.class, () -> plugin.call("trap_kernel", "200"));
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(HEALTHY, plugin.call("health", "x"), "health call " + i + " after the traps");
        }
        assertEquals(SUM_OF_MILLION, plugin.call("linked_nodes", "1000000"));
    }

    @Test
    void aTrapInTheGcMakesEveryLaterCallFailOnChicory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        trapInGc(plugin);
    }

    @Test
    void aTrapInTheGcMakesEveryLaterCallFailOnNode(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        trapInGc(plugin);
    }

    static void trapInGc(LoadedPlugin plugin) {
        assertEquals(HEALTHY, plugin.call("health", "x"));
        assertThrows(PluginTrapException.class, () -> plugin.call("trap_in_gc", ""));
        // The heap may be half-collected: never an answer from it again, only the reload error.
        for (int i = 0; i < 20; i++) {
            // A plug-in error (PluginCallException), not a trap.
            PluginCallException e = assertThrows(
                    PluginCallException.class, () -> plugin.call("health", "x"), "call " + i + " after the trap");
            assertTrue(
                    e.pluginMessage().startsWith("java.lang.InternalError: ")
                            && e.pluginMessage().endsWith("the instance must be reloaded"),
                    e.pluginMessage());
        }
    }
}
