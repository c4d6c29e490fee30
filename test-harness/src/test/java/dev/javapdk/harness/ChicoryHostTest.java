package dev.javapdk.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChicoryHostTest {

    private static LoadedPlugin load(boolean compiler) {
        return Plugins.builder(TestPlugins.main(), "harness-test.wasm")
                .compiler(compiler)
                .build();
    }

    @ParameterizedTest(name = "compiler={0}")
    @ValueSource(booleans = {true, false})
    void echoRoundTripsEveryByteValue(boolean compiler) {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        try (LoadedPlugin plugin = load(compiler)) {
            assertArrayEquals(all, plugin.call("echo", all));
            assertArrayEquals(new byte[0], plugin.call("echo", new byte[0]));
            assertArrayEquals(new byte[0], plugin.call("echo", (byte[]) null));
        }
    }

    @Test
    void echoRoundTripsUtf8Strings() {
        try (LoadedPlugin plugin = load(true)) {
            assertEquals("héllo, wörld ✓ 🎉", plugin.call("echo", "héllo, wörld ✓ 🎉"));
            assertEquals("", plugin.call("echo", ""));
        }
    }

    @Test
    void configReachesThePlugin() {
        try (LoadedPlugin plugin = Plugins.builder(TestPlugins.main(), "t")
                .config("vowels", "aeiouy")
                .configEntry("expr=a=b")
                .build()) {
            assertEquals("aeiouy", plugin.call("config", "vowels"));
            assertEquals("a=b", plugin.call("config", "expr"), "split at the first '=' only");
            PluginCallException e = assertThrows(PluginCallException.class, () -> plugin.call("config", "absent"));
            assertEquals(TestPlugins.NO_CONFIG_MESSAGE, e.pluginMessage());
        }
    }

    @Test
    void configEntryWithoutEqualsIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PluginSpec.builder(Path.of("x.wasm")).configEntry("novalue"));
        assertThrows(
                IllegalArgumentException.class,
                () -> PluginSpec.builder(Path.of("x.wasm")).configEntry("=v"));
    }

    @ParameterizedTest(name = "compiler={0}")
    @ValueSource(booleans = {true, false})
    void logsAreCapturedWithTheirLevel(boolean compiler) {
        try (LoadedPlugin plugin = load(compiler)) {
            assertEquals(List.of(), plugin.logs());
            assertArrayEquals(new byte[0], plugin.call("log", new byte[0]));
            assertEquals(
                    List.of(
                            new LogEntry(LogLevel.TRACE, "trace line"),
                            new LogEntry(LogLevel.DEBUG, "debug line"),
                            new LogEntry(LogLevel.INFO, "info line"),
                            new LogEntry(LogLevel.WARN, "warn line"),
                            new LogEntry(LogLevel.ERROR, "error line")),
                    plugin.logs());

            plugin.clearLogs();
            plugin.call("log_input", "first ✓");
            plugin.call("log_input", "second");
            assertEquals(
                    List.of(new LogEntry(LogLevel.INFO, "first ✓"), new LogEntry(LogLevel.INFO, "second")),
                    plugin.logs(),
                    "logs accumulate across calls until cleared");
        }
    }

    @Test
    void logsSnapshotDoesNotChangeLater() {
        try (LoadedPlugin plugin = load(true)) {
            plugin.call("log_input", "one");
            List<LogEntry> snapshot = plugin.logs();
            plugin.call("log_input", "two");
            assertEquals(1, snapshot.size());
            assertEquals(2, plugin.logs().size());
        }
    }

    @Test
    void logLevelFiltersAndIsReportedToThePlugin() {
        try (LoadedPlugin all = load(true);
                LoadedPlugin warn = Plugins.builder(TestPlugins.main(), "t")
                        .logLevel(LogLevel.WARN)
                        .build()) {
            assertArrayEquals(new byte[] {0}, all.call("log_level", new byte[0]), "TRACE by default");
            assertArrayEquals(new byte[] {3}, warn.call("log_level", new byte[0]));
            warn.call("log", "");
            assertEquals(
                    List.of(new LogEntry(LogLevel.WARN, "warn line"), new LogEntry(LogLevel.ERROR, "error line")),
                    warn.logs());
        }
    }

    @ParameterizedTest(name = "compiler={0}")
    @ValueSource(booleans = {true, false})
    void pluginErrorCarriesTheExactMessage(boolean compiler) {
        try (LoadedPlugin plugin = load(compiler)) {
            PluginCallException e = assertThrows(PluginCallException.class, () -> plugin.call("fail", "x"));
            assertEquals("fail", e.function());
            assertEquals(TestPlugins.FAIL_MESSAGE, e.pluginMessage());
            assertEquals("plug-in function 'fail' failed: " + TestPlugins.FAIL_MESSAGE, e.getMessage());
        }
    }

    @Test
    void nonZeroWithoutErrorSetHasAnEmptyPluginMessage() {
        try (LoadedPlugin plugin = load(true)) {
            PluginCallException e = assertThrows(PluginCallException.class, () -> plugin.call("fail_silent", ""));
            assertEquals("", e.pluginMessage());
            assertTrue(e.getMessage().contains("without setting an error message"), e.getMessage());
        }
    }

    @Test
    void aThousandFailuresThenSuccessOnTheSameInstance() {
        try (LoadedPlugin plugin = load(true)) {
            assertArrayEquals(new byte[] {1}, plugin.call("count", new byte[0]));
            for (int i = 0; i < 1000; i++) {
                PluginCallException e = assertThrows(PluginCallException.class, () -> plugin.call("fail", "input"));
                assertEquals(TestPlugins.FAIL_MESSAGE, e.pluginMessage(), "failure #" + i);
            }
            assertEquals("still works", plugin.call("echo", "still works"));
            assertArrayEquals(new byte[] {2}, plugin.call("count", new byte[0]), "vars survive failed calls");
        }
    }

    @Test
    void varsPersistWithinAnInstanceButNotAcrossInstances() {
        try (LoadedPlugin a = load(true);
                LoadedPlugin b = load(true)) {
            assertArrayEquals(new byte[] {1}, a.call("count", new byte[0]));
            assertArrayEquals(new byte[] {2}, a.call("count", new byte[0]));
            assertArrayEquals(new byte[] {3}, a.call("count", new byte[0]));
            assertArrayEquals(new byte[] {1}, b.call("count", new byte[0]));
        }
    }

    @ParameterizedTest(name = "compiler={0}")
    @ValueSource(booleans = {true, false})
    void aTrapIsNotAPluginErrorAndTheInstanceStaysUsable(boolean compiler) {
        try (LoadedPlugin plugin = load(compiler)) {
            PluginTrapException e = assertThrows(PluginTrapException.class, () -> plugin.call("trap", ""));
            assertEquals("trap", e.function());
            assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
            assertEquals("ok", plugin.call("echo", "ok"));
        }
    }

    @Test
    void exportsAreListedAndBadNamesGiveClearErrors() {
        try (LoadedPlugin plugin = load(true)) {
            assertTrue(plugin.hasFunction("echo"));
            assertTrue(plugin.hasFunction("add"));
            assertFalse(plugin.hasFunction("nope"));
            assertFalse(plugin.hasFunction("memory"), "only functions count");
            assertEquals(
                    Set.of("echo", "fail", "fail_silent", "log", "log_input", "config", "count", "log_level", "trap"),
                    plugin.functions());

            IllegalArgumentException missing =
                    assertThrows(IllegalArgumentException.class, () -> plugin.call("nope", ""));
            assertTrue(missing.getMessage().contains("has no function 'nope'"), missing.getMessage());
            assertTrue(missing.getMessage().contains("echo"), "lists the exports: " + missing.getMessage());
            IllegalArgumentException wrongType =
                    assertThrows(IllegalArgumentException.class, () -> plugin.call("add", ""));
            assertTrue(wrongType.getMessage().contains("not an Extism function"), wrongType.getMessage());
        }
    }

    @Test
    void closedPluginRejectsCalls() {
        LoadedPlugin plugin = load(true);
        assertEquals("chicory", plugin.hostName());
        plugin.close();
        plugin.close(); // idempotent
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> plugin.call("echo", "x"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @ParameterizedTest(name = "compiler={0}")
    @ValueSource(booleans = {true, false})
    void theInstancesOwnMemoryIsSeenUntilClosed(boolean compiler) {
        LoadedPlugin plugin = load(compiler);
        long bytes = plugin.linearMemoryBytes().orElseThrow();
        assertTrue(bytes > 0 && bytes % 65_536 == 0, "whole wasm pages: " + bytes);
        plugin.call("echo", "x");
        assertEquals(bytes, plugin.linearMemoryBytes().orElseThrow());
        plugin.close();
        assertTrue(plugin.linearMemoryBytes().isEmpty());
    }

    @Test
    void aTimeLimitThatIsNotReachedChangesNothing() {
        try (LoadedPlugin plugin = Plugins.builder(TestPlugins.main(), "harness-test.wasm")
                .timeoutMillis(60_000)
                .build()) {
            assertEquals(60_000, plugin.spec().timeoutMillis());
            for (int i = 0; i < 1_000; i++) {
                assertEquals("call " + i, plugin.call("echo", "call " + i));
            }
            assertThrows(PluginTrapException.class, () -> plugin.call("trap", ""));
            assertFalse(Thread.currentThread().isInterrupted());
        }
        assertEquals(0, PluginSpec.builder(Path.of("x.wasm")).build().timeoutMillis(), "no limit by default");
        assertThrows(
                IllegalArgumentException.class,
                () -> PluginSpec.builder(Path.of("x.wasm")).timeoutMillis(-1));
    }

    @Test
    void missingFileSaysWhereAndWhatToDo(@TempDir Path dir) {
        Path missing = dir.resolve("nothing-here.wasm");
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> Plugins.load(missing));
        assertEquals("plug-in not found: " + missing.toAbsolutePath() + "; run mvn package first", e.getMessage());
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) {
        Path wasm = TestPlugins.write(dir.resolve("p.wasm"), TestPlugins.main());
        try (LoadedPlugin plugin = Plugins.load(wasm)) {
            assertEquals("from file", plugin.call("echo", "from file"));
            assertEquals(
                    wasm.toAbsolutePath().normalize().toString(), plugin.spec().name());
        }
    }

    @Test
    void invalidWasmIsALoadError() {
        PluginLoadException e = assertThrows(
                PluginLoadException.class,
                () -> Plugins.builder("not wasm".getBytes(StandardCharsets.UTF_8), "junk.wasm")
                        .build());
        assertTrue(e.getMessage().contains("junk.wasm"), e.getMessage());
    }

    @Test
    void unlinkedImportIsALoadErrorNamingTheImport() {
        PluginLoadException e = assertThrows(
                PluginLoadException.class,
                () -> Plugins.builder(TestPlugins.usesUnknownImport(), "unknown.wasm")
                        .build());
        assertTrue(e.getMessage().contains("extism:host/env.no_such_function"), e.getMessage());
    }

    @Test
    void compiledCodeIsSharedBetweenLoadsOfTheSameBytes() {
        byte[] wasm = TestPlugins.main();
        try (LoadedPlugin first = Plugins.builder(wasm, "a").build()) {
            first.call("echo", "warm");
        }
        assertTrue(CompiledCodeCache.keys().contains(CompiledCodeCache.keyOf(wasm)));
        assertTrue(CompiledCodeCache.keys().contains(CompiledCodeCache.KERNEL), "the Extism kernel is recognised");
        // A second instance from the cached code is independent and fully working.
        try (LoadedPlugin a = Plugins.builder(wasm, "a").build();
                LoadedPlugin b = Plugins.builder(wasm, "b").build()) {
            assertArrayEquals(new byte[] {1}, a.call("count", new byte[0]));
            assertArrayEquals(new byte[] {2}, a.call("count", new byte[0]));
            assertArrayEquals(new byte[] {1}, b.call("count", new byte[0]));
            assertEquals(
                    TestPlugins.FAIL_MESSAGE,
                    assertThrows(PluginCallException.class, () -> b.call("fail", ""))
                            .pluginMessage());
        }
    }

    @Test
    void specDefaults() {
        PluginSpec spec = PluginSpec.builder(Path.of("target/x.wasm")).build();
        assertTrue(spec.compiler());
        assertEquals(LogLevel.TRACE, spec.logLevel());
        assertTrue(spec.config().isEmpty());
        assertEquals(
                Path.of("target/x.wasm").toAbsolutePath().normalize(),
                spec.wasmPath().orElseThrow());
        assertTrue(spec.wasmBytes().isEmpty());
        assertEquals("chicory", Plugins.defaultHost().name());
    }
}
