package dev.javapdk.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Extism JS SDK in Node as a host, through the same interface as Chicory. */
class NodeHostTest {
    @Test
    void theJsSdkRefusesImportsItLacksAndSaysWhich() {
        // The hand-built test plug-in imports get_log_level, which the JS SDK 1.0 does not have:
        // why the PDK imports only what a plug-in's code calls. Real calls run in the samples' ITs.
        org.junit.jupiter.api.Assumptions.assumeTrue(
                NodeHost.unavailableReason() == null || Boolean.getBoolean("javapdk.requireNode"),
                () -> "Node host: " + NodeHost.unavailableReason());
        PluginLoadException error = assertThrows(
                PluginLoadException.class,
                () -> new NodeHost()
                        .load(PluginSpec.builder(TestPlugins.writeMain()).build()));
        assertTrue(error.getMessage().contains("function=\"get_log_level\""), error.getMessage());
    }

    @Test
    void theJsSdk2LinksWhat1LacksAndHonoursTheLogLevel() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                NodeHost.unavailableReason(NodeHost.Sdk.V2_0) == null || Boolean.getBoolean("javapdk.requireNode"),
                () -> "node2 host: " + NodeHost.unavailableReason(NodeHost.Sdk.V2_0));
        NodeHost host = new NodeHost(NodeHost.Sdk.V2_0);
        assertEquals("node2", host.name());
        try (LoadedPlugin plugin = host.load(PluginSpec.builder(TestPlugins.writeMain())
                .logLevel(LogLevel.WARN)
                .build())) {
            assertEquals("node2", plugin.hostName());
            assertArrayEquals(new byte[] {3}, plugin.call("log_level", new byte[0]));
            plugin.call("log", new byte[0]);
            assertEquals(
                    java.util.List.of(
                            new LogEntry(LogLevel.WARN, "warn line"), new LogEntry(LogLevel.ERROR, "error line")),
                    plugin.logs());
            assertEquals("héllo ✓", plugin.call("echo", "héllo ✓"));
            PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("fail", ""));
            assertEquals(TestPlugins.FAIL_MESSAGE, error.pluginMessage());
            assertTrue(plugin.linearMemoryBytes().orElseThrow() > 0, "the instance is seen in the foreground");
        }
    }

    @Test
    void hostIdsAndVersions() {
        assertEquals("node", new NodeHost().name());
        assertEquals(NodeHost.Sdk.V1_0, new NodeHost().sdk());
        assertEquals("1.0.3", NodeHost.Sdk.V1_0.version());
        assertEquals("2.0.0-rc13", NodeHost.Sdk.V2_0.version());
        assertEquals(NodeHost.Sdk.V2_0, NodeHost.Sdk.forHostName("node2"));
    }

    @Test
    void aMissingFileIsALoadError() {
        PluginLoadException error = assertThrows(
                PluginLoadException.class,
                () -> new NodeHost()
                        .load(PluginSpec.builder(Path.of("target/nope.wasm")).build()));
        assertTrue(error.getMessage().startsWith("plug-in not found: "), error.getMessage());
    }
}
