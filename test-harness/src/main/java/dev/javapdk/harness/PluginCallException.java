package dev.javapdk.harness;

import java.util.Objects;

/**
 * A plug-in function reported failure: it returned a non-zero code, normally after passing a
 * message to Extism's {@code error_set}. The instance stays usable; the next call starts clean.
 *
 * <pre>{@code
 * PluginCallException e = assertThrows(PluginCallException.class,
 *         () -> plugin.call("parse", "not json"));
 * assertEquals("parse", e.function());
 * assertEquals("invalid JSON at offset 0", e.pluginMessage());
 * }</pre>
 */
public class PluginCallException extends RuntimeException {

    private final String function;
    private final String pluginMessage;

    /**
     * @param function      the exported function that failed
     * @param pluginMessage the exact text the plug-in passed to error_set; empty if it set none
     */
    public PluginCallException(String function, String pluginMessage, Throwable cause) {
        super(describe(function, pluginMessage), cause);
        this.function = Objects.requireNonNull(function, "function");
        this.pluginMessage = pluginMessage == null ? "" : pluginMessage;
    }

    public PluginCallException(String function, String pluginMessage) {
        this(function, pluginMessage, null);
    }

    private static String describe(String function, String pluginMessage) {
        if (pluginMessage == null || pluginMessage.isEmpty()) {
            return "plug-in function '" + function + "' failed (non-zero return code) without setting an error message";
        }
        return "plug-in function '" + function + "' failed: " + pluginMessage;
    }

    /** The exported function that failed. */
    public String function() {
        return function;
    }

    /**
     * The message exactly as the plug-in passed it to {@code error_set}, without any prefix the
     * host SDK adds; empty (never null) if the plug-in returned non-zero without setting one.
     */
    public String pluginMessage() {
        return pluginMessage;
    }
}
