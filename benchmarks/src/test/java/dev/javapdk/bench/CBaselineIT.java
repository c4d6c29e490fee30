package dev.javapdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.Plugins;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The C baseline (src/main/c/count_vowels.c, built under -Pbench) answers byte for byte as the Java
 * sample and the benchmark's byte[] variant do, on Chicory: ASCII, non-ASCII, astral characters,
 * malformed UTF-8, custom vowels that need JSON escapes, and the running total over several calls.
 */
class CBaselineIT {
    private static final Path TARGET = Path.of("target");
    private static final Path C = TARGET.resolve("count-vowels-c.wasm");
    private static final Path SAMPLE = Path.of("../samples/count-vowels/target/count-vowels.wasm");
    private static final Path BYTES = TARGET.resolve("count-vowels-bytes.wasm");

    private static final List<byte[]> INPUTS = List.of(
            utf8("Hello World"),
            utf8(""),
            utf8("Zoë Ångström, ÆØÅ æøå, ÿ and Ÿ; naïve café"),
            utf8("emoji 😀 and 𝔞𝔢 (astral), then aeiou"),
            new byte[] {
                (byte) 0xE0,
                (byte) 0x80,
                'a',
                (byte) 0xF0,
                (byte) 0x9F,
                'e',
                (byte) 0xC3,
                'E',
                (byte) 0xED,
                (byte) 0xA0,
                (byte) 0x80,
                'o',
                (byte) 0xF4,
                (byte) 0x90,
                (byte) 0x80,
                (byte) 0x80,
                (byte) 0xC3
            },
            Benchmark.text(5000));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "aeiouAEIOU", "ëÅæÿ", "a\"\\\n\t\u0001é😀\uFFFD", "xyz/ü\u2028"})
    void sameBytesAsJava(String vowels) throws Exception {
        List<String> c = answers(C, vowels);
        assertEquals(c, answers(SAMPLE, vowels), "C vs samples/count-vowels");
        assertEquals(c, answers(BYTES, vowels), "C vs CountVowelsBytes");
    }

    /** Every input twice, on one instance (so the total runs on); "" means the default vowels. */
    private static List<String> answers(Path wasm, String vowels) throws Exception {
        Plugins.Builder builder = Plugins.builder(wasm);
        if (!vowels.isEmpty()) {
            builder.config("vowels", vowels);
        }
        List<String> out = new ArrayList<>();
        try (LoadedPlugin plugin = builder.build()) {
            for (int round = 0; round < 2; round++) {
                for (byte[] input : INPUTS) {
                    out.add(new String(plugin.call("count_vowels", input), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }
}
