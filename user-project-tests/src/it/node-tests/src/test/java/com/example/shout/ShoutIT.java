package com.example.shout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.PluginCallException;
import org.junit.jupiter.api.Test;

class ShoutIT {
    private static final String WASM = "target/shout.wasm";

    @Test
    void shoutsOnTheJsSdk2(@ExtismPlugin(wasm = WASM, host = "node2") LoadedPlugin plugin) {
        assertEquals("node2", plugin.hostName());
        assertEquals("HELLO, ZOË!", plugin.call("shout", "hello, zoë"));
        PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("shout", ""));
        assertEquals("shout needs some text", error.pluginMessage());
        assertEquals("AGAIN!", plugin.call("shout", "again"));
    }

    @Test
    void shoutsOnTheJsSdk1(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        assertEquals("node", plugin.hostName());
        assertEquals("HELLO!", plugin.call("shout", "hello"));
    }

    @Test
    void shoutsOnChicory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("chicory", plugin.hostName());
        assertEquals("HELLO!", plugin.call("shout", "hello"));
    }
}
