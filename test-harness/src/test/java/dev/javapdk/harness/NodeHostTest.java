package dev.javapdk.harness;

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
        org.junit.jupiter.api.Assumptions.assumeTrue(NodeHost.unavailableReason() == null
                || Boolean.getBoolean("javapdk.requireNode"), () -> "Node host: " + NodeHost.unavailableReason());
        PluginLoadException error = assertThrows(PluginLoadException.class, () -> new NodeHost().load(
                PluginSpec.builder(TestPlugins.writeMain()).build()));
        assertTrue(error.getMessage().contains("function=\"get_log_level\""), error.getMessage());
    }

    @Test
    void aMissingFileIsALoadError() {
        PluginLoadException error = assertThrows(PluginLoadException.class,
                () -> new NodeHost().load(PluginSpec.builder(Path.of("target/nope.wasm")).build()));
        assertTrue(error.getMessage().startsWith("plug-in not found: "), error.getMessage());
    }

}
