package dev.javapdk.harness;

import static dev.javapdk.harness.WritesTestPlugin.WASM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension as users see it: no @ExtendWith(ExtismPluginExtension.class) anywhere. */
@ExtendWith(WritesTestPlugin.class)
class ExtismPluginExtensionTest {

    /** Every plug-in a test received; all but the static one must be closed by @AfterAll time. */
    private static final List<LoadedPlugin> PER_TEST = new CopyOnWriteArrayList<>();

    @ExtismPlugin(wasm = WASM, config = "greeting=hello from a static field")
    static LoadedPlugin shared;

    @ExtismPlugin(wasm = WASM)
    LoadedPlugin perTest;

    @Test
    void injectsAParameterWithConfig(
            @ExtismPlugin(
                            wasm = WASM,
                            config = {"vowels=aeiouy", "expr=a=b"})
                    LoadedPlugin plugin) {
        PER_TEST.add(plugin);
        assertEquals("aeiouy", plugin.call("config", "vowels"));
        assertEquals("a=b", plugin.call("config", "expr"));
        assertEquals("hi", plugin.call("echo", "hi"));
    }

    @Test
    void twoParametersAreIndependentInstances(
            @ExtismPlugin(wasm = WASM) LoadedPlugin a, @ExtismPlugin(wasm = WASM) LoadedPlugin b) {
        PER_TEST.add(a);
        PER_TEST.add(b);
        assertNotSame(a, b);
        assertArrayEquals(new byte[] {1}, a.call("count", new byte[0]));
        assertArrayEquals(new byte[] {2}, a.call("count", new byte[0]));
        assertArrayEquals(new byte[] {1}, b.call("count", new byte[0]));
    }

    @Test
    void interpreterCanBeChosen(@ExtismPlugin(wasm = WASM, compiler = false) LoadedPlugin plugin) {
        PER_TEST.add(plugin);
        assertFalse(plugin.spec().compiler());
        assertEquals("interpreted", plugin.call("echo", "interpreted"));
    }

    @Test
    void logLevelCanBeChosen(@ExtismPlugin(wasm = WASM, logLevel = LogLevel.ERROR) LoadedPlugin plugin) {
        PER_TEST.add(plugin);
        plugin.call("log", "");
        assertEquals(List.of(new LogEntry(LogLevel.ERROR, "error line")), plugin.logs());
    }

    // The two tests below each see a fresh instance in the field: the count starts at 1 in both,
    // whichever runs first.
    @Test
    void instanceFieldIsFreshForEachTest() {
        PER_TEST.add(perTest);
        assertArrayEquals(new byte[] {1}, perTest.call("count", new byte[0]));
        assertArrayEquals(new byte[] {2}, perTest.call("count", new byte[0]));
    }

    @Test
    void instanceFieldIsFreshForEachTestAgain() {
        PER_TEST.add(perTest);
        assertArrayEquals(new byte[] {1}, perTest.call("count", new byte[0]));
    }

    @Test
    void staticFieldIsLoadedOnceWithItsConfig() {
        assertEquals("hello from a static field", shared.call("config", "greeting"));
        assertNotSame(shared, perTest);
    }

    @AfterAll
    static void everyPerTestPluginWasClosedAfterItsTest() {
        assertEquals(7, PER_TEST.size(), "all tests ran and recorded their plug-ins");
        for (LoadedPlugin plugin : PER_TEST) {
            assertThrows(IllegalStateException.class, () -> plugin.call("echo", "x"), plugin.toString());
        }
        // The static one lives until the class is done (closed after @AfterAll).
        assertEquals("still open", shared.call("echo", "still open"));
    }
}
