package com.example.greet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.PluginCallException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs target/greet.wasm on the Chicory host. */
class GreetIT {
    private static final String WASM = "target/greet.wasm";

    @Test
    void greetsByName(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("Hello, Benjamin!", plugin.call("greet", "Benjamin"));
        assertEquals("Hello, Zoë 🌍!", plugin.call("greet", "Zoë 🌍"));
    }

    /** The same module on the Extism JS SDK in Node (skipped where Node is not set up). */
    @Test
    void runsOnTheJsSdkToo(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        assertEquals("Hello, Benjamin!", plugin.call("greet", "Benjamin"));
        PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("greet", ""));
        assertEquals("greet needs a name as input, got an empty string", error.pluginMessage());
        assertEquals("Hello, Zoë 🌍!", plugin.call("greet", "Zoë 🌍"));
    }

    @Test
    void anEmptyNameIsAPluginError(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("greet", ""));
        assertEquals("greet needs a name as input, got an empty string", error.pluginMessage());
        assertEquals("Hello, again!", plugin.call("greet", "again"));
    }

    /** Blank is Java's blank: any whitespace, not only spaces (TeaVM's own isBlank knew only ' '). */
    @Test
    void aBlankNameIsAPluginErrorToo(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        for (String blank : new String[] {" ", "\n", "\t", " \r\n", "\u2003", "\u3000\u000b"}) {
            PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("greet", blank));
            assertEquals("greet needs a name as input, got an empty string", error.pluginMessage());
        }
        assertEquals("Hello, \u00a0!", plugin.call("greet", "\u00a0"), "a no-break space is not whitespace in Java");
    }

    @Test
    void moduleNeedsOnlyTheExtismKernelAndExportsOnlyItsFunction() {
        ModuleInfo module = ModuleInfo.read(Path.of(WASM));
        assertEquals(
                Set.of("extism:host/env"),
                module.importModules(),
                module.imports().toString());
        assertEquals(Set.of("greet", "memory"), module.exports());
        assertEquals(Set.of("greet"), module.functionExports());
        assertTrue(
                module.imports().stream()
                        .noneMatch(i -> i.endsWith(".log_trace")
                                || i.endsWith(".get_log_level")
                                || i.endsWith(".http_headers")),
                "imports only what older hosts have: " + module.imports());
        assertTrue(
                module.imports().stream().noneMatch(i -> i.contains(".log_")),
                "never writes to System.out/err, so imports no log function: " + module.imports());
    }
}
