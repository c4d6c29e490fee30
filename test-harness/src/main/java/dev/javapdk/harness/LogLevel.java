package dev.javapdk.harness;

/**
 * Severity of a line a plug-in logged through Extism's {@code log_trace} ... {@code log_error}
 * host functions. Ordered from least to most severe, matching Extism's own numbering
 * ({@code get_log_level} returns {@link #ordinal()}).
 *
 * <pre>{@code
 * assertEquals(LogLevel.WARN, plugin.logs().get(0).level());
 * }</pre>
 */
public enum LogLevel {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR;

    /** True if this level is at least as severe as {@code other}. */
    public boolean isAtLeast(LogLevel other) {
        return compareTo(other) >= 0;
    }
}
