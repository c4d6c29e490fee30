package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.PluginTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A call that never ends, on each host, stopped by the harness's call time limit. */
class TimeoutIT {
    static final String WASM = CapabilitiesIT.WASM;
    /** Loads on the JS SDK 1.0.3 too (no log_trace / get_log_level imports). */
    static final String PORTABLE = "target/pdk-tests-portable.wasm";

    /** Chicory stops the loop on interrupt; the same instance then answers 400 calls correctly (measured). */
    @Test
    void chicoryInterruptsTheCallAndKeepsTheInstance(
            @ExtismPlugin(wasm = WASM, timeoutMillis = 300) LoadedPlugin plugin) {
        warmUpWithState(plugin);
        long millis = timedOut(plugin, 300, "Chicory stopped it on interrupt; the instance is kept");
        assertFalse(Thread.currentThread().isInterrupted(), "the harness clears its interrupt");
        List<String> wrong = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            int i = n;
            check(wrong, "HELLO " + i, () -> plugin.call("upper", "hello " + i));
            check(wrong, "called " + (i + 2) + " times", () -> plugin.call("no_input", ""));
            check(wrong, "blue", () -> plugin.call("var_get", "colour"));
            check(wrong, "12", () -> plugin.call("spin", "12"));
        }
        System.out.println("[TimeoutIT] chicory: spin forever ended after " + millis + " ms; then " + wrong.size()
                + " of 400 answers wrong");
        assertEquals(List.of(), wrong, "module state and vars survive the interrupt");
    }

    @Test
    void chicoryInterpreterToo(
            @ExtismPlugin(wasm = PORTABLE, compiler = false, timeoutMillis = 300) LoadedPlugin plugin) {
        timedOut(plugin, 300, "Chicory stopped it on interrupt");
        assertEquals("12", plugin.call("spin", "12"));
        assertTrue(plugin.linearMemoryBytes().isPresent(), "the interpreter's instance is seen too");
    }

    /**
     * The JS SDK 2.0 runs the plug-in in a worker and, at the limit, replaces the worker. Its limit
     * also bounds starting the worker (at load and after a timeout): 300 ms was too short for this
     * 475 KB module on a busy machine ("timed out while waiting for plugin to instantiate").
     */
    @Test
    void theJsSdk2ReplacesItsWorker(
            @ExtismPlugin(wasm = WASM, host = "node2", timeoutMillis = 2_000) LoadedPlugin plugin) {
        warmUpWithState(plugin);
        long millis = timedOut(plugin, 2_000, "the JS SDK 2.0.0-rc13 replaced its worker");
        System.out.println("[TimeoutIT] node2: spin forever ended after " + millis + " ms");
        assertEquals("blue", plugin.call("var_get", "colour"), "vars live outside the worker");
        assertEquals("called 1 times", plugin.call("no_input", ""), "a fresh instance: static state is reset");
        assertEquals("12", plugin.call("spin", "12"));
        assertTrue(plugin.linearMemoryBytes().isEmpty(), "the SDK does not show a worker's instance");
    }

    /** The JS SDK 1.0.3 cannot stop the loop (it blocks node's event loop): the harness restarts node. */
    @Test
    void theJsSdk1IsRestarted(@ExtismPlugin(wasm = PORTABLE, host = "node", timeoutMillis = 300) LoadedPlugin plugin) {
        assertEquals("1000", plugin.call("spin", "1000"));
        long millis = timedOut(plugin, 300, "the node process was killed and restarted");
        System.out.println("[TimeoutIT] node: spin forever ended after " + millis + " ms");
        assertEquals("hello", plugin.call("echo", "hello"));
        timedOut(plugin, 300, "the node process was killed and restarted");
        assertEquals("12", plugin.call("spin", "12"));
    }

    /**
     * In Chromium the loop blocks the plug-in's page, and the SDK in the page has no time limit: the
     * harness closes the page and loads the plug-in into a new one (a fresh instance, vars lost).
     */
    @Test
    void chromiumReplacesThePage(
            @ExtismPlugin(wasm = WASM, host = "chromium", timeoutMillis = 1_000) LoadedPlugin plugin) {
        warmUpWithState(plugin);
        PluginTimeoutException error = assertThrows(PluginTimeoutException.class, () -> plugin.call("spin", "forever"));
        assertEquals(1_000, error.timeoutMillis());
        assertTrue(
                error.getMessage()
                        .startsWith("plug-in function 'spin' timed out after 1000 ms; its page was closed and the"
                                + " plug-in loaded into a new one"),
                error.getMessage());
        assertEquals("<absent>", plugin.call("var_get", "colour"), "vars lived in the closed page");
        assertEquals("called 1 times", plugin.call("no_input", ""), "a fresh instance: static state is reset");
        assertEquals("12", plugin.call("spin", "12"));
    }

    @Test
    void noLimitByDefault(
            @ExtismPlugin(wasm = PORTABLE) LoadedPlugin chicory,
            @ExtismPlugin(wasm = PORTABLE, host = "node") LoadedPlugin node,
            @ExtismPlugin(wasm = PORTABLE, host = "node2") LoadedPlugin node2) {
        for (LoadedPlugin plugin : List.of(chicory, node, node2)) {
            assertEquals(0, plugin.spec().timeoutMillis());
            assertEquals("20000000", plugin.call("spin", "20000000"), plugin.hostName());
        }
    }

    /** A finite spin, a var ({@code colour=blue}) and static state (one call of no_input) to check afterwards. */
    static void warmUpWithState(LoadedPlugin plugin) {
        assertEquals("1000", plugin.call("spin", "1000"));
        plugin.call("var_set", "colour=blue");
        assertEquals("called 1 times", plugin.call("no_input", ""));
    }

    /** Runs spin forever, checks the exception, and answers how long the call took. */
    static long timedOut(LoadedPlugin plugin, long limit, String afterwards) {
        long start = System.nanoTime();
        PluginTimeoutException error = assertThrows(PluginTimeoutException.class, () -> plugin.call("spin", "forever"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("spin", error.function());
        assertEquals(limit, error.timeoutMillis());
        assertTrue(
                error.getMessage()
                        .startsWith("plug-in function 'spin' timed out after " + limit + " ms; " + afterwards),
                error.getMessage());
        assertTrue(millis >= limit && millis < limit + 5_000, plugin.hostName() + " took " + millis + " ms");
        return millis;
    }

    private static void check(List<String> wrong, String expected, java.util.function.Supplier<String> call) {
        String actual = safe(call);
        if (!expected.equals(actual)) {
            wrong.add("expected " + expected + ", got " + actual);
        }
    }

    private static String safe(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
