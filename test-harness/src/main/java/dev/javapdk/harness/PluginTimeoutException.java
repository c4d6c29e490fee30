package dev.javapdk.harness;

/**
 * A plug-in function ran longer than {@link PluginSpec#timeoutMillis()} and the host stopped it.
 * A kind of {@link PluginTrapException}: the function did not return. The message names the limit
 * ({@code "plug-in function 'spin' timed out after 200 ms"}) and what the host did to the instance:
 * Chicory interrupts the call and keeps the same instance; the JS SDK 2.0 replaces its worker with
 * a fresh instance; for the JS SDK 1.0.3 the harness restarts node with a fresh instance.
 *
 * <pre>{@code
 * PluginTimeoutException e = assertThrows(PluginTimeoutException.class, () -> plugin.call("spin", "forever"));
 * assertEquals(200, e.timeoutMillis());
 * }</pre>
 */
public class PluginTimeoutException extends PluginTrapException {

    private final long timeoutMillis;

    /**
     * @param function      the exported function that was running
     * @param timeoutMillis the limit it ran past
     * @param afterwards    what the host did to the instance, for the message; may be null
     */
    public PluginTimeoutException(String function, long timeoutMillis, String afterwards, Throwable cause) {
        super(
                function,
                cause,
                "plug-in function '" + function + "' timed out after " + timeoutMillis + " ms"
                        + (afterwards == null || afterwards.isEmpty() ? "" : "; " + afterwards));
        this.timeoutMillis = timeoutMillis;
    }

    /** The limit the call ran past, in milliseconds. */
    public long timeoutMillis() {
        return timeoutMillis;
    }
}
