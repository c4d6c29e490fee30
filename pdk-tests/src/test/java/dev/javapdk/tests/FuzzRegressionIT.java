package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.fuzz.Fuzz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzer's corpus at work on a function with a planted bug ({@code fragile} traps on any input
 * containing {@code boom}): a corpus input that fails is shrunk to the smallest failing input and saved
 * next to it as {@code regression-<hash>.bin}; the next run replays that file first and fails again.
 */
class FuzzRegressionIT {
    @TempDir
    Path corpus;

    @Test
    void aFailingInputIsShrunkSavedAndReplayed(@ExtismPlugin(wasm = RobustnessIT.WASM) LoadedPlugin plugin)
            throws IOException {
        Path seed = corpus.resolve("seed-sentence.txt");
        Files.writeString(seed, "a sentence with boom in its middle");

        AssertionError first = assertThrows(AssertionError.class, () -> fuzz().run(plugin));
        List<Path> saved = regressions();
        assertEquals(1, saved.size(), first.getMessage());
        assertEquals("boom", Files.readString(saved.get(0)));
        assertTrue(first.getMessage().contains(saved.get(0).toString()), first.getMessage());
        assertTrue(first.getMessage().contains("shrunk to 4 bytes"), first.getMessage());

        // Without the seed, the saved regression alone still finds the bug.
        Files.delete(seed);
        AssertionError again = assertThrows(AssertionError.class, () -> fuzz().run(plugin));
        assertTrue(again.getMessage().contains("1 inputs"), again.getMessage());
        assertEquals(saved, regressions());
    }

    private Fuzz fuzz() {
        // Only the corpus: no generated inputs, no large ones.
        return Fuzz.function("fragile")
                .knownGood("fine", "fine")
                .corpus(corpus)
                .inputs(0)
                .largeSizes();
    }

    private List<Path> regressions() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> f.getFileName().toString().startsWith("regression-"))
                    .sorted()
                    .toList();
        }
    }
}
