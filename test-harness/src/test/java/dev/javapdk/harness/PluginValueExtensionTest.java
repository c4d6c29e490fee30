package dev.javapdk.harness;

import static dev.javapdk.harness.WritesTestPlugin.WASM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code ${name}} placeholders in @ExtismPlugin attributes, filled from @PluginValue members. */
@ExtendWith(WritesTestPlugin.class)
class PluginValueExtensionTest {
    static String port;

    @BeforeAll
    static void startSomething() {
        port = String.valueOf(40000 + (int) (System.nanoTime() % 1000));
    }

    @PluginValue("port")
    static String port() {
        return port;
    }

    @PluginValue("user")
    final String user = "ann";

    @PluginValue("plugin")
    static final String PLUGIN = WASM;

    @ExtismPlugin(wasm = "${plugin}", config = "who=${user}")
    LoadedPlugin perTest;

    @Test
    void configAllowedHostsAndWasmComeFromTheTestClass(
            @ExtismPlugin(
                            wasm = "${plugin}",
                            config = {"url=http://127.0.0.1:${port}/v1", "who=${user}@${port}"},
                            allowedHosts = "${user}.example")
                    LoadedPlugin plugin) {
        assertEquals("http://127.0.0.1:" + port + "/v1", plugin.call("config", "url"));
        assertEquals("ann@" + port, plugin.call("config", "who"));
        assertEquals(List.of("ann.example"), plugin.spec().allowedHosts());
        assertEquals("ann", perTest.call("config", "who"));
    }
}
