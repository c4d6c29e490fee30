package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.fuzz.Fuzz;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile input for the JSON functions (malformed, deeply nested, huge numbers and strings, random
 * bytes, 16 MiB and more): each call ends in an output or a clean plug-in error, and the same
 * instance keeps echoing a known document exactly. {@code -Djavapdk.fuzz=full} runs the full size.
 */
class JsonFuzzIT {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "echo_tree|{\"a\":[1,2.5,\"x\",null,true,{\"b\":{}}],\"c\":\"é\"}",
                "echo_list|[{\"a\":1,\"b\":-2},{}]",
                "echo_long|-9007199254740993",
                "echo_scalars|{\"b\":true,\"boxedBool\":false,\"boxedDouble\":1.5,\"boxedInt\":7,\"boxedLong\":8,\"c\":\"z\",\"d\":0.1,\"f\":2.5,\"i\":3,\"l\":4,\"s\":5,\"text\":\"t\",\"y\":6}",
                "echo_order|{\"colour\":\"red\",\"counters\":{\"a\":1},\"id\":\"o1\",\"items\":[{\"name\":\"n\",\"price\":1.25,\"quantity\":2,\"tags\":[\"x\"]}]}",
            })
    void survivesHostileJson(
            String function, String document, @ExtismPlugin(wasm = CapabilitiesIT.WASM) LoadedPlugin plugin) {
        // The known-good document is canonical: the plug-in writes back exactly what it read.
        assertEquals(document, plugin.call(function, document));
        Fuzz.function(function)
                .knownGood(document, document)
                .corpus(Path.of("src", "test", "fuzz", "json"))
                .run(plugin);
    }
}
