package com.example.vowels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import org.junit.jupiter.api.Test;

/** Runs target/count-vowels.wasm on the Chicory host, the way any Extism host would. */
class CountVowelsIT {
    private static final String WASM = "target/count-vowels.wasm";

    @Test
    void countsVowelsAndKeepsARunningTotal(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("{\"count\":3,\"total\":3,\"vowels\":\"aeiouAEIOU\"}",
                plugin.call("count_vowels", "Hello World"));
        assertEquals("{\"count\":3,\"total\":6,\"vowels\":\"aeiouAEIOU\"}",
                plugin.call("count_vowels", "Hello World"));
        assertEquals("{\"count\":1,\"total\":7,\"vowels\":\"aeiouAEIOU\"}",
                plugin.call("count_vowels", "xyz a"));
    }

    @Test
    void vowelsComeFromConfig(@ExtismPlugin(wasm = WASM, config = "vowels=aeiouyAEIOUY") LoadedPlugin plugin) {
        assertEquals("{\"count\":4,\"total\":4,\"vowels\":\"aeiouyAEIOUY\"}",
                plugin.call("count_vowels", "Yellow, World!"));
    }

    @Test
    void emptyAndNonAsciiInput(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("{\"count\":0,\"total\":0,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", ""));
        assertEquals("{\"count\":2,\"total\":2,\"vowels\":\"aeiouAEIOU\"}",
                plugin.call("count_vowels", "Ünïcödé ae"));
    }

    @Test
    void configWithQuotesIsEscapedInTheJson(
            @ExtismPlugin(wasm = WASM, config = "vowels=\"a") LoadedPlugin plugin) {
        assertEquals("{\"count\":4,\"total\":4,\"vowels\":\"\\\"a\"}", plugin.call("count_vowels", "\"banana"));
    }
}
