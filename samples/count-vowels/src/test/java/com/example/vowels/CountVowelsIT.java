package com.example.vowels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.Plugins;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs target/count-vowels.wasm on the Chicory host, the way any Extism host would. */
class CountVowelsIT {
    private static final String WASM = "target/count-vowels.wasm";

    @Test
    void countsVowelsAndKeepsARunningTotal(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("{\"count\":3,\"total\":3,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "Hello World"));
        assertEquals("{\"count\":3,\"total\":6,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "Hello World"));
        assertEquals("{\"count\":1,\"total\":7,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "xyz a"));
    }

    @Test
    void vowelsComeFromConfig(@ExtismPlugin(wasm = WASM, config = "vowels=aeiouyAEIOUY") LoadedPlugin plugin) {
        assertEquals(
                "{\"count\":4,\"total\":4,\"vowels\":\"aeiouyAEIOUY\"}", plugin.call("count_vowels", "Yellow, World!"));
    }

    /** The same module on the Extism JS SDK in Node (skipped where Node is not set up). */
    @Test
    void runsOnTheJsSdkToo(
            @ExtismPlugin(wasm = WASM, host = "node", config = "vowels=aeiouyAEIOUY") LoadedPlugin plugin) {
        assertEquals(
                "{\"count\":4,\"total\":4,\"vowels\":\"aeiouyAEIOUY\"}", plugin.call("count_vowels", "Yellow, World!"));
        assertEquals(
                "{\"count\":4,\"total\":8,\"vowels\":\"aeiouyAEIOUY\"}", plugin.call("count_vowels", "Yellow, World!"));
    }

    /**
     * A host reset between calls. JS SDK 1.0.3 clears the vars, and then hands back an empty block
     * for "total": the plug-in reads it as no total yet and counts from zero again (it used to fail
     * with NumberFormatException). JS SDK 2.0.0-rc13 keeps the vars: the total goes on.
     */
    @ParameterizedTest
    @CsvSource({"node, 3", "node2, 6"})
    void countsOnAfterAHostReset(String host, int totalAfterReset) {
        try (LoadedPlugin plugin =
                Plugins.builder(Path.of(WASM)).host(Plugins.host(host)).build()) {
            assertEquals(
                    "{\"count\":3,\"total\":3,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "Hello World"));
            plugin.reset();
            assertEquals(
                    "{\"count\":3,\"total\":" + totalAfterReset + ",\"vowels\":\"aeiouAEIOU\"}",
                    plugin.call("count_vowels", "Hello World"));
            assertEquals(
                    "{\"count\":3,\"total\":" + (totalAfterReset + 3) + ",\"vowels\":\"aeiouAEIOU\"}",
                    plugin.call("count_vowels", "Hello World"));
        }
    }

    @Test
    void emptyAndNonAsciiInput(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("{\"count\":0,\"total\":0,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", ""));
        assertEquals("{\"count\":2,\"total\":2,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "Ünïcödé ae"));
    }

    @Test
    void configWithQuotesIsEscapedInTheJson(@ExtismPlugin(wasm = WASM, config = "vowels=\"a") LoadedPlugin plugin) {
        assertEquals("{\"count\":4,\"total\":4,\"vowels\":\"\\\"a\"}", plugin.call("count_vowels", "\"banana"));
    }

    @Test
    void moduleNeedsOnlyTheExtismKernelAndExportsOnlyItsFunction() {
        ModuleInfo module = ModuleInfo.read(Path.of(WASM));
        assertEquals(
                Set.of("extism:host/env"),
                module.importModules(),
                module.imports().toString());
        assertEquals(Set.of("count_vowels", "memory"), module.exports());
        assertEquals(Set.of("count_vowels"), module.functionExports());
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
