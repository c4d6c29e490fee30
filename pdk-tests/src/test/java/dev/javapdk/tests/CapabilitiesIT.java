package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.LogEntry;
import dev.javapdk.harness.LogLevel;
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.PluginCallException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The PDK on a real host: target/pdk-tests.wasm (built from Capabilities) on the Chicory SDK. */
class CapabilitiesIT {
    static final String WASM = "target/pdk-tests.wasm";

    @Test
    void bytesInBytesOut(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertArrayEquals(
                new byte[] {3, 2, 1, (byte) 0xff, 0}, plugin.call("reverseBytes", new byte[] {0, -1, 1, 2, 3}));
        assertArrayEquals(new byte[0], plugin.call("reverseBytes", new byte[0]));
    }

    @Test
    void largeInputsCrossKernelMemoryIntact(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        Random random = new Random(42);
        // Sizes around the 8-byte word boundary and a 1 MiB block exercise the bulk copy's tail.
        for (int size : new int[] {1, 7, 8, 9, 15, 16, 17, 1000, 1 << 20, (1 << 20) + 3}) {
            byte[] input = new byte[size];
            random.nextBytes(input);
            byte[] expected = new byte[size];
            for (int i = 0; i < size; i++) {
                expected[i] = input[size - 1 - i];
            }
            assertArrayEquals(expected, plugin.call("reverseBytes", input), "size " + size);
        }
    }

    @Test
    void stringsAreUtf8(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("HELLO, ZOË 🌍", plugin.call("upper", "hello, zoë 🌍"));
    }

    @Test
    void functionWithoutInputAndStaticStateBetweenCalls(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("called 1 times", plugin.call("no_input", ""));
        assertEquals("called 2 times", plugin.call("no_input", "ignored"));
    }

    @Test
    void voidFunctionSetsItsOwnOutput(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("echo", plugin.call("echoVoid", "echo"));
        assertEquals("", plugin.call("nullResult", ""));
        assertEquals("x", plugin.call("nullResult", "x"));
        assertEquals("5", plugin.call("input_length", "12345"));
    }

    @Test
    void inputAsAKernelBlock(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        String text = "héllo 🌍";
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length + ":" + text, plugin.call("inputBlock", text));
        assertEquals("<no input block>", plugin.call("inputBlock", ""));
    }

    /** Errors.set before a 0 return: the call succeeds, and the message does not leak into later calls. */
    @Test
    void errorSetBeforeZeroIsSuccess(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("returned 0", plugin.call("errorThenStatus", "0"));
        PluginCallException failed = assertThrows(PluginCallException.class, () -> plugin.call("errorThenStatus", "5"));
        assertEquals("reported only with a non-zero status", failed.pluginMessage());
        assertEquals("returned 0", plugin.call("errorThenStatus", "0"));
        PluginCallException bare = assertThrows(PluginCallException.class, () -> plugin.call("status", "3"));
        assertEquals("status returned status 3", bare.pluginMessage());
    }

    @Test
    void statusCodes(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("status 0", plugin.call("status", "0"));
        PluginCallException seven = assertThrows(PluginCallException.class, () -> plugin.call("status", "7"));
        assertEquals("seven is not allowed", seven.pluginMessage());
        PluginCallException bare = assertThrows(PluginCallException.class, () -> plugin.call("status", "3"));
        assertEquals("status returned status 3", bare.pluginMessage());
        assertEquals("status 0", plugin.call("status", "0"));
    }

    @Test
    void exceptionsReachTheHostWithTypeAndMessage(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("java.lang.IllegalStateException: failed on x", failure(plugin, "fail", "x"));
        assertEquals("bad input: y", failure(plugin, "plugin_error", "y"));
        String caused = failure(plugin, "caused", "abc");
        assertTrue(
                caused.startsWith("java.lang.IllegalArgumentException: not a number; caused by "
                        + "java.lang.NumberFormatException"),
                caused);
        assertTrue(
                failure(plugin, "npe", "a").startsWith("java.lang.NullPointerException"), failure(plugin, "npe", "a"));
        assertTrue(
                failure(plugin, "out_of_bounds", "abc").startsWith("java.lang.ArrayIndexOutOfBoundsException"),
                failure(plugin, "out_of_bounds", "abc"));
        assertEquals("java.lang.ArithmeticException: / by zero", failure(plugin, "divide", "1/0"));
        assertEquals("java.lang.ArithmeticException: / by zero", failure(plugin, "divide", "-5/0"));
        assertEquals("3", plugin.call("divide", "7/2"));
        assertEquals("-2147483648", plugin.call("divide", "-2147483648/-1"));
        assertEquals("java.lang.IllegalArgumentException", plugin.call("exception_type", ""));
    }

    @Test
    void tenThousandFailuresLeaveTheInstanceWorking(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        for (int i = 0; i < 10_000; i++) {
            String message = failure(plugin, "fail", Integer.toString(i));
            if (!message.equals("java.lang.IllegalStateException: failed on " + i)) {
                throw new AssertionError("call " + i + " gave " + message);
            }
        }
        assertEquals("HELLO", plugin.call("upper", "hello"));
        assertEquals("called 1 times", plugin.call("no_input", ""));
    }

    @Test
    void varsPersistBetweenCallsAndCanBeRemoved(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("<absent>", plugin.call("var_get", "colour"));
        plugin.call("var_set", "colour=blue");
        assertEquals("blue", plugin.call("var_get", "colour"));
        plugin.call("var_set", "colour=");
        // An empty value is a zero-length block: the Extism kernel (Chicory SDK, Rust runtime) answers
        // alloc(0) with 0, which var_set takes as removal; the JS SDK allocates an empty block and keeps
        // it. Var reads an empty value as absent, so plug-ins see the same on every host.
        assertEquals("<absent>", plugin.call("var_get", "colour"), "an empty var reads as absent on every host");
        plugin.call("var_set", "colour=red");
        assertEquals("red", plugin.call("var_get", "colour"));
        plugin.call("var_remove", "colour");
        assertEquals("<absent>", plugin.call("var_get", "colour"));
        byte[] binary = {0, 1, 2, (byte) 0x80, (byte) 0xff, 9, 8, 7, 6};
        assertArrayEquals(binary, plugin.call("var_bytes", binary));
    }

    @Test
    void configAbsenceIsExplicit(
            @ExtismPlugin(
                            wasm = WASM,
                            config = {"mode=fast", "empty="})
                    LoadedPlugin plugin) {
        assertEquals("present:fast", plugin.call("config_get", "mode"));
        assertEquals("absent", plugin.call("config_get", "missing"));
    }

    @Test
    void logLevelsReachTheHost(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        plugin.call("log", "x");
        List<LogEntry> logs = plugin.logs();
        assertEquals(
                List.of(
                        new LogEntry(LogLevel.DEBUG, "debug x"),
                        new LogEntry(LogLevel.INFO, "info x"),
                        new LogEntry(LogLevel.WARN, "warn x"),
                        new LogEntry(LogLevel.ERROR, "error x"),
                        new LogEntry(LogLevel.INFO, "via log x")),
                logs);
    }

    @Test
    void theHostsLogLevel(
            @ExtismPlugin(wasm = WASM) LoadedPlugin trace,
            @ExtismPlugin(wasm = WASM, logLevel = LogLevel.WARN) LoadedPlugin warn) {
        assertEquals("TRACE", trace.call("log_level", ""));
        assertEquals(List.of(new LogEntry(LogLevel.DEBUG, "debug is on")), trace.logs());
        assertEquals("WARN", warn.call("log_level", ""));
        assertEquals(List.of(), warn.logs());
    }

    @Test
    void systemOutAndErrBecomeLogLines(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        plugin.call("console", "y");
        assertEquals(
                List.of(
                        new LogEntry(LogLevel.INFO, "out line 1 y"),
                        new LogEntry(LogLevel.INFO, "out part two"),
                        new LogEntry(LogLevel.ERROR, "err y"),
                        new LogEntry(LogLevel.INFO, "unterminated")),
                plugin.logs());
    }

    @Test
    void kernelMemoryBlocks(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        assertEquals("5|ell|!ello|true", plugin.call("memory_blocks", "hello"));
        assertEquals("block:abc", plugin.call("output_block", "abc"));
        assertEquals(
                "java.lang.IndexOutOfBoundsException: range 2+4 is outside a block of 4 bytes",
                failure(plugin, "memory_bounds", ""));
    }

    @Test
    void mathsNeedsNoHostImports(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        double x = 2.0;
        String expected = Math.sqrt(x) + " " + Math.floor(x) + " " + Math.ceil(x) + " " + StrictMath.sin(x) + " "
                + StrictMath.pow(x, 2.5) + " " + StrictMath.exp(1) + " " + StrictMath.log(x) + " "
                + StrictMath.atan2(x, 1);
        assertEquals(expected, plugin.call("maths", "2.0"));
    }

    @Test
    void moduleHoldsOnlyWhatHostsExpect(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        ModuleInfo module = ModuleInfo.read(Path.of(WASM));
        assertEquals(
                Set.of("extism:host/env"),
                module.importModules(),
                module.imports().toString());
        Set<String> expected = new TreeSet<>(plugin.functions());
        expected.add("memory");
        assertEquals(expected, module.exports());
        assertTrue(
                module.exports().stream()
                        .noneMatch(e -> e.startsWith("teavm") || e.equals("start") || e.equals("_start")),
                module.exports().toString());
        // Only what the code reaches is imported: Log.log(level, …) reaches log_trace and Log.level()
        // get_log_level; nothing here sends HTTP, so http_request is not imported (the samples'
        // tests show a module without log_trace/get_log_level, loading on the JS SDK 1.0).
        assertTrue(
                module.imports().contains("extism:host/env.log_trace"),
                module.imports().toString());
        assertTrue(
                module.imports().contains("extism:host/env.get_log_level"),
                module.imports().toString());
        assertTrue(
                !module.imports().contains("extism:host/env.http_request"),
                module.imports().toString());
    }

    static String failure(LoadedPlugin plugin, String function, String input) {
        PluginCallException error = assertThrows(
                PluginCallException.class, () -> plugin.call(function, input.getBytes(StandardCharsets.UTF_8)));
        return error.pluginMessage();
    }
}
