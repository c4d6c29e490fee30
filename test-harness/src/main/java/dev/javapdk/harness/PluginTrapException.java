package dev.javapdk.harness;

import java.util.Objects;

/**
 * A plug-in function did not return at all: WebAssembly trapped (e.g. {@code unreachable},
 * out-of-bounds memory access, stack overflow), it called WASI {@code proc_exit}, or a host
 * function it called threw. This is different from {@link PluginCallException}, where the
 * plug-in itself reported an error, so tests can tell a handled failure from a crash.
 *
 * <pre>{@code
 * PluginTrapException e = assertThrows(PluginTrapException.class, () -> plugin.call("crash", ""));
 * assertEquals("crash", e.function());
 * }</pre>
 */
public class PluginTrapException extends RuntimeException {

    private final String function;

    public PluginTrapException(String function, String detail, Throwable cause) {
        this(function, cause, "plug-in function '" + function + "' trapped: " + detail);
    }

    /** For subclasses that word the whole message themselves. */
    PluginTrapException(String function, Throwable cause, String message) {
        super(message, cause);
        this.function = Objects.requireNonNull(function, "function");
    }

    /** The exported function that was running. */
    public String function() {
        return function;
    }
}
