package com.example.greet;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.fuzz.Fuzz;
import org.junit.jupiter.api.Test;

/**
 * Hostile input (random bytes, invalid UTF-8, huge and deeply nested text, 16 MiB and more): every
 * call ends in a greeting or a clean plug-in error, and the instance keeps greeting correctly.
 * {@code -Djavapdk.fuzz=full} runs the full size.
 */
class GreetFuzzIT {
    private static final String WASM = "target/greet.wasm";

    private static Fuzz fuzz() {
        return Fuzz.function("greet").knownGood("Benjamin", "Hello, Benjamin!");
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
