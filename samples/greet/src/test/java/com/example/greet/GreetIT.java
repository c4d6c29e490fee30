package com.example.greet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.PluginCallException;
import org.junit.jupiter.api.Test;

/** Runs target/greet.wasm on the Chicory host. */
class GreetIT {
    private static final String WASM = "target/greet.wasm";

    @Test
    void greetsByName(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("Hello, Benjamin!", plugin.call("greet", "Benjamin"));
        assertEquals("Hello, Zoë 🌍!", plugin.call("greet", "Zoë 🌍"));
    }

    @Test
    void anEmptyNameIsAPluginError(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("greet", ""));
        assertEquals("greet needs a name as input, got an empty string", error.pluginMessage());
        assertEquals("Hello, again!", plugin.call("greet", "again"));
    }
}
