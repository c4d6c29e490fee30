package dev.javapdk.harness.fuzz;

import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.PluginCallException;
import dev.javapdk.harness.Plugins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Feeds one exported function hostile inputs ({@link HostileInputs}) and checks that the plug-in
 * survives each: the only outcomes allowed are an output or a clean plug-in error (a non-zero
 * return with a message), and after every input the same instance must still answer a known-good
 * input correctly.
 *
 * <p>Inputs saved in the corpus folder ({@code src/test/fuzz/<function>/} by default) are replayed
 * first. A failing input of up to 1 MiB is shrunk on fresh instances (when {@link #fresh} is given)
 * and saved there as {@code regression-<hash>.bin}, so that it stays a regression test once
 * committed; larger ones are made again from the seed on every run.
 *
 * <p>Size: {@code -Djavapdk.fuzz=full} runs 10,000 generated inputs and large inputs of 16, 32 and 64
 * MiB; by default (CI) 1,000 inputs and one of 16 MiB.
 *
 * <pre>{@code
 * @Test
 * void survivesHostileInput(@ExtismPlugin(wasm = "target/greet.wasm") LoadedPlugin plugin) {
 *     Fuzz.function("greet").knownGood("Benjamin", "Hello, Benjamin!").run(plugin);
 * }
 * }</pre>
 */
public final class Fuzz {
    private static final int MIB = 1 << 20;

    private final String function;
    private byte[] goodInput;
    private Predicate<byte[]> goodOutput;
    private String goodDescription;
    private int count = full() ? 10_000 : 1_000;
    private int[] largeSizes = full() ? new int[] {16 * MIB, 32 * MIB, 64 * MIB} : new int[] {16 * MIB};
    private long seed = 20261201L;
    private Path corpus;
    private Supplier<LoadedPlugin> fresh;

    private Fuzz(String function) {
        this.function = function;
        this.corpus = Path.of("src", "test", "fuzz", function);
    }

    /** Whether {@code -Djavapdk.fuzz=full} asks for the full size. */
    public static boolean full() {
        return "full".equals(System.getProperty("javapdk.fuzz"));
    }

    /** Fuzzes the export {@code function}. */
    public static Fuzz function(String function) {
        return new Fuzz(function);
    }

    /** The call that must keep working: {@code input} gives {@code output}. Required. */
    public Fuzz knownGood(byte[] input, byte[] output) {
        byte[] expected = output.clone();
        return knownGood(input, got -> Arrays.equals(expected, got), new String(expected, StandardCharsets.UTF_8));
    }

    /**
     * The call that must keep working, for a function whose output changes between calls (a running
     * total): {@code input} gives an output that {@code accept} accepts, described by {@code expected}.
     */
    public Fuzz knownGood(byte[] input, Predicate<byte[]> accept, String expected) {
        this.goodInput = input.clone();
        this.goodOutput = accept;
        this.goodDescription = expected;
        return this;
    }

    /** {@link #knownGood(byte[], byte[])} in UTF-8. */
    public Fuzz knownGood(String input, String output) {
        return knownGood(input.getBytes(StandardCharsets.UTF_8), output.getBytes(StandardCharsets.UTF_8));
    }

    /** How many generated inputs (besides the corpus and the large ones). */
    public Fuzz inputs(int count) {
        this.count = count;
        return this;
    }

    /** Sizes of the large inputs, in bytes; none for {@code largeSizes()}. */
    public Fuzz largeSizes(int... sizes) {
        this.largeSizes = sizes.clone();
        return this;
    }

    /** The seed of the generator. */
    public Fuzz seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The folder of saved inputs to replay first, where regressions are written. */
    public Fuzz corpus(Path folder) {
        this.corpus = folder;
        return this;
    }

    /**
     * New instances of the same plug-in: used to shrink a failing input, and to go on after one. By
     * default, new loads of the fuzzed instance's spec on its host.
     */
    public Fuzz fresh(Supplier<LoadedPlugin> instances) {
        this.fresh = instances;
        return this;
    }

    /** What a run did. */
    public record Report(String function, int inputs, int outputs, int pluginErrors, List<String> failures) {
        @Override
        public String toString() {
            return function + ": " + inputs + " inputs, " + outputs + " outputs, " + pluginErrors + " plug-in errors, "
                    + failures.size() + " failures";
        }
    }

    /** Runs the inputs against {@code plugin}; throws an {@link AssertionError} naming every failure. */
    public Report run(LoadedPlugin plugin) {
        if (goodInput == null) {
            throw new IllegalStateException("Fuzz." + function + ": set knownGood(input, output) first");
        }
        if (fresh == null) {
            fresh = () -> Plugins.host(plugin.hostName()).load(plugin.spec());
        }
        expectGood(plugin, "before fuzzing");
        List<byte[]> inputs = new ArrayList<>(savedInputs());
        Random random = new Random(seed);
        HostileInputs.Kind[] kinds = HostileInputs.Kind.values();
        for (int i = 0; i < count; i++) {
            HostileInputs.Kind kind = kinds[i % (kinds.length - 1)]; // every kind but LARGE in turn
            inputs.add(HostileInputs.next(random, kind, 0));
        }
        for (int size : largeSizes) {
            inputs.add(HostileInputs.next(random, HostileInputs.Kind.LARGE, size));
        }
        int outputs = 0;
        int errors = 0;
        List<String> failures = new ArrayList<>();
        LoadedPlugin current = plugin;
        for (byte[] input : inputs) {
            String failure = attempt(current, input);
            if (failure == null) {
                if (lastWasError) {
                    errors++;
                } else {
                    outputs++;
                }
                continue;
            }
            String where;
            if (input.length > MIB) {
                // Large inputs are made again from the seed on every run; megabytes don't belong in a repository.
                where = "a large input, made again from seed " + seed + " on every run";
            } else {
                byte[] shrunk = shrink(input);
                where = "saved as " + save(shrunk)
                        + (shrunk.length < input.length ? ", shrunk to " + shrunk.length + " bytes" : "");
            }
            failures.add(failure + " (input of " + input.length + " bytes, " + describe(input) + "; " + where + ")");
            if (failures.size() >= 10) {
                break;
            }
            if (current != plugin) {
                current.close();
            }
            current = fresh.get();
        }
        if (current != plugin) {
            current.close();
        }
        Report report = new Report(function, inputs.size(), outputs, errors, List.copyOf(failures));
        if (!failures.isEmpty()) {
            throw new AssertionError(report + ":\n  " + String.join("\n  ", failures));
        }
        return report;
    }

    private boolean lastWasError;

    /** Null if the plug-in survived {@code input}; otherwise what went wrong. */
    private String attempt(LoadedPlugin plugin, byte[] input) {
        lastWasError = false;
        try {
            plugin.call(function, input);
        } catch (PluginCallException e) {
            if (e.pluginMessage() == null || e.pluginMessage().isBlank()) {
                return "a plug-in error without a message";
            }
            lastWasError = true;
        } catch (RuntimeException e) {
            return "not a clean outcome: " + e;
        }
        try {
            expectGood(plugin, "after the input");
            return null;
        } catch (AssertionError | RuntimeException e) {
            return "the instance broke: " + e.getMessage();
        }
    }

    private void expectGood(LoadedPlugin plugin, String when) {
        byte[] got = plugin.call(function, goodInput);
        if (!goodOutput.test(got)) {
            throw new AssertionError(function + " " + when + ": known-good input gave "
                    + new String(got, StandardCharsets.UTF_8) + " instead of " + goodDescription);
        }
    }

    /** The smallest input found (chunks removed, halving) that still fails on a fresh instance. */
    private byte[] shrink(byte[] input) {
        byte[] best = input;
        int tries = 0;
        for (int chunk = Math.max(1, best.length / 2); chunk >= 1 && tries < 200; chunk /= 2) {
            for (int at = 0; at + chunk <= best.length && tries < 200; ) {
                byte[] candidate = new byte[best.length - chunk];
                System.arraycopy(best, 0, candidate, 0, at);
                System.arraycopy(best, at + chunk, candidate, at, best.length - at - chunk);
                tries++;
                boolean fails;
                try (LoadedPlugin instance = fresh.get()) {
                    fails = attempt(instance, candidate) != null;
                }
                if (fails) {
                    best = candidate;
                } else {
                    at += chunk;
                }
            }
        }
        return best;
    }

    private List<byte[]> savedInputs() {
        if (!Files.isDirectory(corpus)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(corpus)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            List<byte[]> inputs = new ArrayList<>();
            for (Path file : sorted) {
                inputs.add(Files.readAllBytes(file));
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path save(byte[] input) {
        try {
            Files.createDirectories(corpus);
            Path file = corpus.resolve("regression-" + HexFormat.of().formatHex(sha256(input), 0, 6) + ".bin");
            Files.write(file, input);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(byte[] input) {
        int shown = Math.min(input.length, 60);
        String head = new String(input, 0, shown, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
        return "starting " + head + (input.length > shown ? "…" : "");
    }
}
