package dev.javapdk.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JS SDK's browser build in headless Chromium as a host, through the same interface as Chicory. */
class ChromiumHostTest {

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(
                ChromiumHost.unavailableReason() == null || Boolean.getBoolean("javapdk.requireChromium"),
                () -> "chromium host: " + ChromiumHost.unavailableReason());
    }

    @Test
    void linksEverythingThePdkImportsAndHonoursTheLogLevel() {
        PluginHost host = Plugins.host("chromium");
        assertEquals("chromium", host.name());
        try (LoadedPlugin plugin = host.load(PluginSpec.builder(TestPlugins.writeMain())
                .logLevel(LogLevel.WARN)
                .build())) {
            assertEquals("chromium", plugin.hostName());
            assertArrayEquals(new byte[] {3}, plugin.call("log_level", new byte[0]));
            plugin.call("log", new byte[0]);
            assertEquals(
                    List.of(new LogEntry(LogLevel.WARN, "warn line"), new LogEntry(LogLevel.ERROR, "error line")),
                    plugin.logs());
            assertEquals("héllo ✓", plugin.call("echo", "héllo ✓"));
            assertTrue(plugin.linearMemoryBytes().orElseThrow() > 0, "the page's instance is seen");
        }
    }

    @Test
    void errorsTrapsAndBadCallsLeaveTheInstanceAnswering() {
        try (LoadedPlugin plugin = new ChromiumHost()
                .load(PluginSpec.builder(TestPlugins.writeMain())
                        .config("key", "välue")
                        .build())) {
            PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("fail", ""));
            assertEquals(TestPlugins.FAIL_MESSAGE, error.pluginMessage());
            PluginTrapException trap = assertThrows(PluginTrapException.class, () -> plugin.call("trap", ""));
            assertTrue(trap.getMessage().contains("unreachable"), trap.getMessage());
            IllegalArgumentException missing =
                    assertThrows(IllegalArgumentException.class, () -> plugin.call("no_such", ""));
            assertTrue(missing.getMessage().contains("no function 'no_such'"), missing.getMessage());
            assertEquals("välue", plugin.call("config", "key"));
            byte[] big = new byte[3 << 20];
            for (int i = 0; i < big.length; i++) {
                big[i] = (byte) (i * 31);
            }
            assertArrayEquals(big, plugin.call("echo", big), "3 MiB through the page and back");
            assertEquals("still here", plugin.call("echo", "still here"));
        }
    }

    @Test
    void eachLoadIsItsOwnInstanceInOneBrowser() {
        ChromiumHost host = new ChromiumHost();
        try (LoadedPlugin first = host.load(PluginSpec.builder(TestPlugins.writeMain())
                        .config("who", "first")
                        .build());
                LoadedPlugin second = host.load(PluginSpec.builder(TestPlugins.writeMain())
                        .config("who", "second")
                        .build())) {
            assertEquals("first", first.call("config", "who"));
            assertEquals("second", second.call("config", "who"));
            first.close();
            assertThrows(IllegalStateException.class, () -> first.call("config", "who"));
            assertEquals("second", second.call("config", "who"), "closing one page leaves the other");
        }
    }

    /** The 1.0.3 browser build can be had too; like 1.0.3 in Node it refuses imports it lacks. */
    @Test
    void theJsSdk1BrowserBuildRefusesWhatItLacks() {
        PluginLoadException error = assertThrows(
                PluginLoadException.class,
                () -> new ChromiumHost(NodeHost.Sdk.V1_0)
                        .load(PluginSpec.builder(TestPlugins.writeMain()).build()));
        assertTrue(error.getMessage().startsWith("the JS SDK 1.0.3 in Chromium refused "), error.getMessage());
        assertTrue(error.getMessage().contains("get_log_level"), error.getMessage());
    }

    @Test
    void aMissingFileIsALoadErrorNamingIt() {
        PluginLoadException error = assertThrows(
                PluginLoadException.class,
                () -> new ChromiumHost()
                        .load(PluginSpec.builder(Path.of("target/nope.wasm")).build()));
        assertTrue(error.getMessage().contains("nope.wasm"), error.getMessage());
    }

    @Test
    void wasiIsRefusedWithAClearMessage() {
        PluginLoadException noWasi = assertThrows(
                PluginLoadException.class,
                () -> new ChromiumHost()
                        .load(PluginSpec.builder(TestPlugins.writeMain())
                                .wasi(true)
                                .build()));
        assertTrue(noWasi.getMessage().contains("does not offer WASI"), noWasi.getMessage());
    }
}
