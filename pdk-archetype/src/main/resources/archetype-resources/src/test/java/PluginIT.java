package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.PluginCallException;
import org.junit.jupiter.api.Test;

/** Runs target/${artifactId}.wasm on a real Extism host (the Chicory SDK), as any host would. */
class PluginIT {
    private static final String WASM = "target/${artifactId}.wasm";

    @Test
    void greetsAndCounts(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("Hello, World!", plugin.call("greet", "World"));
        assertEquals("Hello, Zoë!", plugin.call("greet", "Zoë"));
        assertEquals("2", plugin.call("calls", ""));
    }

    @Test
    void greetingComesFromConfig(@ExtismPlugin(wasm = WASM, config = "greeting=Hi") LoadedPlugin plugin) {
        assertEquals("Hi, World!", plugin.call("greet", "World"));
    }

    @Test
    void aBlankNameIsAPluginError(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("greet", " "));
        assertEquals("greet needs a name as input", error.pluginMessage());
        assertEquals("Hello, again!", plugin.call("greet", "again"));
    }
}
