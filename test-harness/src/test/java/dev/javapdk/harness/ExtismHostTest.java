package dev.javapdk.harness;

import static dev.javapdk.harness.WritesTestPlugin.WASM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which host an @ExtismPlugin gets: its own host, else the class's @ExtismHost, else Chicory. */
@ExtendWith(WritesTestPlugin.class)
class ExtismHostTest {

    @Test
    void chicoryByDefault(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("chicory", plugin.hostName());
    }

    @Nested
    @ExtismHost("node2")
    class OnTheJsSdk2 {
        @ExtismPlugin(wasm = WASM)
        LoadedPlugin field;

        @Test
        void fieldsAndParametersFollowTheClass(@ExtismPlugin(wasm = WASM) LoadedPlugin parameter) {
            assertEquals("node2", field.hostName());
            assertEquals("node2", parameter.hostName());
            assertEquals("hi", parameter.call("echo", "hi"));
        }

        @Test
        void aHostNamedOnThePluginWins(@ExtismPlugin(wasm = WASM, host = "chicory") LoadedPlugin plugin) {
            assertEquals("chicory", plugin.hostName());
        }
    }

    @ExtismHost("node2")
    static class Base {}

    /** Subclasses inherit the class's host (how the samples run all their tests on node2 too). */
    @Nested
    class Inherited extends Base {
        @Test
        void fromTheSuperclass(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
            assertEquals("node2", plugin.hostName());
        }
    }
}
