package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pdk.internal.Utf8;

/**
 * Messages to the host's log.
 *
 * <p>{@code System.out} lines go to {@link #info}, {@code System.err} lines to {@link #error}.
 * {@link #trace} and {@link #level()} need Extism 1.6 or later on the host (the JS SDK 1.0.x
 * lacks them); a plug-in that never calls them does not import them and loads everywhere.
 *
 * <pre>{@code
 * Log.info("counted " + count + " vowels");
 * }</pre>
 */
public final class Log {
    private Log() {}

    /** Logs at trace level (host needs Extism ≥ 1.6). */
    public static void trace(String message) {
        Kernel.logTrace(block(message));
    }

    /** Logs at debug level. */
    public static void debug(String message) {
        Kernel.logDebug(block(message));
    }

    /** Logs at info level. */
    public static void info(String message) {
        Kernel.logInfo(block(message));
    }

    /** Logs at warn level. */
    public static void warn(String message) {
        Kernel.logWarn(block(message));
    }

    /** Logs at error level. */
    public static void error(String message) {
        Kernel.logError(block(message));
    }

    /**
     * Logs at {@code level}; {@link LogLevel#OFF} logs nothing. This reaches {@link #trace}, so a
     * plug-in that calls it imports {@code log_trace}: call the level methods directly to load on
     * hosts without it (the JS SDK 1.0).
     */
    public static void log(LogLevel level, String message) {
        switch (level) {
            case TRACE -> trace(message);
            case DEBUG -> debug(message);
            case INFO -> info(message);
            case WARN -> warn(message);
            case ERROR -> error(message);
            default -> {}
        }
    }

    /**
     * The host's current log level, to skip building messages it would drop
     * (host needs Extism ≥ 1.6 and {@code get_log_level}).
     */
    public static LogLevel level() {
        return LogLevel.ofKernel(Kernel.getLogLevel());
    }

    private static long block(String message) {
        return Bulk.allocate(Utf8.encode(String.valueOf(message)));
    }
}
