package dev.javapdk.pdk;

/**
 * Extism log levels, lowest first, as the kernel numbers them (trace 0 … error 4).
 *
 * <pre>{@code
 * if (Log.level().enables(LogLevel.DEBUG)) {
 *     Log.debug("state: " + expensiveDump());
 * }
 * }</pre>
 */
public enum LogLevel {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR,
    /** Logging is off: the host will drop every message. */
    OFF;

    /** Whether a host at this level keeps messages of level {@code message}. */
    public boolean enables(LogLevel message) {
        return this != OFF && message != OFF && message.ordinal() >= ordinal();
    }

    static LogLevel ofKernel(int level) {
        return level >= 0 && level <= 4 ? values()[level] : OFF;
    }
}
