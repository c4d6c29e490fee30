package dev.javapdk.harness;

/**
 * A plug-in could not be loaded: the .wasm file is missing or invalid, or it imports a host
 * function the host does not link (e.g. {@code http_request}, which the Chicory host only links
 * when HTTP is configured).
 *
 * <pre>{@code
 * PluginLoadException e = assertThrows(PluginLoadException.class,
 *         () -> Plugins.load(Path.of("missing.wasm")));
 * assertTrue(e.getMessage().startsWith("plug-in not found: "));
 * }</pre>
 */
public class PluginLoadException extends RuntimeException {

    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
