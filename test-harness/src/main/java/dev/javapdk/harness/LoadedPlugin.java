package dev.javapdk.harness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One live plug-in instance on some {@link PluginHost}. It is not tied to a single call: call it
 * as often as you like; Extism vars and the module's own globals persist between calls of the
 * same instance, exactly as in a real host. Calls are serialized (an instance is single-threaded).
 * Close it when done; {@link ExtismPlugin} does that for you.
 *
 * <pre>{@code
 * try (LoadedPlugin plugin = Plugins.load(Path.of("target/count-vowels.wasm"))) {
 *     assertEquals("{\"count\":3}", plugin.call("count_vowels", "Hello World"));
 *     assertTrue(plugin.logs().isEmpty());
 * }
 * }</pre>
 */
public interface LoadedPlugin extends AutoCloseable {

    /**
     * Calls an exported Extism function ({@code () -> i32}) with {@code input} and returns what it
     * passed to {@code output_set} (empty if nothing).
     *
     * @throws PluginCallException      the function returned non-zero (usually after error_set)
     * @throws PluginTrapException      the function trapped instead of returning
     * @throws PluginTimeoutException   it ran past {@link PluginSpec#timeoutMillis()} (a kind of trap)
     * @throws IllegalArgumentException there is no such export, or it is not {@code () -> i32}
     * @throws IllegalStateException    the plug-in has been closed
     */
    byte[] call(String function, byte[] input);

    /** {@link #call(String, byte[])} with UTF-8 input and output. */
    default String call(String function, String input) {
        byte[] out = call(function, input.getBytes(StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }

    /** True if the module exports a function of this name. */
    boolean hasFunction(String function);

    /** Names of all exported functions that have the Extism signature {@code () -> i32}. */
    Set<String> functions();

    /**
     * Lines the plug-in logged since it was loaded or since {@link #clearLogs()}, oldest first,
     * at or above {@link PluginSpec#logLevel()}. A snapshot: later logging does not change it.
     */
    List<LogEntry> logs();

    /** Forgets the captured log lines, e.g. between the arrange and act steps of a test. */
    void clearLogs();

    /**
     * Asks the host to reset the instance as the Extism SDKs' {@code reset()} does: kernel memory
     * and vars are cleared, the module's own memory is kept. The JS SDK hands back an empty block
     * for a var after it, which plug-ins must read as absent.
     *
     * @throws UnsupportedOperationException on a host without a reset (the Chicory SDK 0.3)
     */
    default void reset() {
        throw new UnsupportedOperationException(hostName() + " has no reset");
    }

    /**
     * The current size in bytes of the plug-in instance's own linear memory (its exported
     * {@code memory}, not the Extism kernel's), or empty where the host does not let us see the
     * instance: the JS SDK in a worker (2.0 with a timeout or allowed hosts), or a Chicory SDK that
     * no longer keeps it where the harness looks. Useful to check that memory stops growing over
     * many calls.
     */
    default OptionalLong linearMemoryBytes() {
        return OptionalLong.empty();
    }

    /** The spec this instance was loaded from. */
    PluginSpec spec();

    /** The name of the host running it, e.g. {@code "chicory"}. */
    String hostName();

    /** Releases the instance; later calls throw {@link IllegalStateException}. Idempotent. */
    @Override
    void close();
}
