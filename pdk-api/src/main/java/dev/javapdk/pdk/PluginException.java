package dev.javapdk.pdk;

/**
 * An error meant for the host, reported with its message alone.
 *
 * <p>Any exception that escapes an exported function reaches the host as a plug-in error; most
 * are reported as {@code ExceptionType: message}. Throw this one when the message is the whole
 * story, e.g. for bad input, and optionally choose the non-zero status code the call returns.
 *
 * <pre>{@code
 * if (name.isEmpty()) {
 *     throw new PluginException("name must not be empty");
 * }
 * }</pre>
 */
public class PluginException extends RuntimeException {
    private final int status;

    /** An error with status code 1. */
    public PluginException(String message) {
        this(message, 1);
    }

    /** An error with a chosen status code; 0 is turned into 1 so the call still fails. */
    public PluginException(String message, int status) {
        super(message);
        this.status = status == 0 ? 1 : status;
    }

    /** An error with status code 1 and a cause. */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
        this.status = 1;
    }

    /** The status code the exported function returns to the host; never 0. */
    public int status() {
        return status;
    }
}
