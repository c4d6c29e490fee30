package com.example.vowels;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.fuzz.Fuzz;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: every call ends in a count or a clean plug-in error, and the instance keeps
 * counting correctly (the total grows, so the known-good answer is checked by shape).
 * {@code -Djavapdk.fuzz=full} runs the full size.
 */
class CountVowelsFuzzIT {
    private static final String WASM = "target/count-vowels.wasm";
    private static final Pattern GOOD = Pattern.compile("\\{\"count\":3,\"total\":\\d+,\"vowels\":\"aeiouAEIOU\"}");

    private static Fuzz fuzz() {
        return Fuzz.function("count_vowels")
                .knownGood(
                        "Hello World".getBytes(StandardCharsets.UTF_8),
                        out -> GOOD.matcher(new String(out, StandardCharsets.UTF_8))
                                .matches(),
                        GOOD.pattern());
    }

    @Test
    void survivesHostileInputOnChicory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        fuzz().run(plugin);
    }

    @Test
    void survivesHostileInputOnNode(@ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        fuzz().run(plugin);
    }
}
