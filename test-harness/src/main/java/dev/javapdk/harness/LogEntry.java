package dev.javapdk.harness;

import java.util.Objects;

/**
 * One line a plug-in logged, with its level, as captured by {@link LoadedPlugin#logs()}.
 *
 * <pre>{@code
 * plugin.call("greet", "Ann");
 * assertEquals(List.of(new LogEntry(LogLevel.INFO, "greeting Ann")), plugin.logs());
 * }</pre>
 *
 * @param level   the level the plug-in chose (which log_* host function it called)
 * @param message the message exactly as the plug-in wrote it (decoded as UTF-8)
 */
public record LogEntry(LogLevel level, String message) {

    public LogEntry {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    /** {@code [LEVEL] message}, the format the {@link Run} command prints. */
    @Override
    public String toString() {
        return "[" + level + "] " + message;
    }
}
