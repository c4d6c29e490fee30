package dev.javapdk.harness;

import com.dylibso.chicory.log.Logger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chicory {@link Logger} given to the SDK. The SDK uses one logger for two things: the
 * plug-in's log_* host functions (HostEnv.Log calls {@code log(level, msg, null)} directly, with
 * no isLoggable check) and its own diagnostics (WASI call traces, "Cannot find symbol" warnings,
 * which go through Logger's default methods and check {@link #isLoggable} first). We tell them
 * apart by the calling class, so plug-in logs are never mixed with host noise.
 */
final class CapturingLogger implements Logger {

    private static final String PLUGIN_LOG_CALLER = "org.extism.sdk.chicory.HostEnv$Log";
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final int MAX_DIAGNOSTICS = 100;

    private final LogLevel threshold;
    private final List<LogEntry> entries = new ArrayList<>();
    private final List<String> diagnostics = new ArrayList<>();

    CapturingLogger(LogLevel threshold) {
        this.threshold = threshold;
    }

    @Override
    public void log(Level level, String msg, Throwable throwable) {
        String caller = WALKER.walk(frames -> frames.skip(1)
                .findFirst()
                .map(StackWalker.StackFrame::getClassName)
                .orElse(""));
        if (PLUGIN_LOG_CALLER.equals(caller)) {
            LogLevel ours = fromChicory(level);
            if (ours.isAtLeast(threshold)) {
                synchronized (entries) {
                    entries.add(new LogEntry(ours, msg == null ? "" : msg));
                }
            }
        } else {
            synchronized (diagnostics) {
                if (diagnostics.size() < MAX_DIAGNOSTICS) {
                    diagnostics.add(msg == null ? "" : msg.strip());
                }
            }
        }
    }

    /**
     * Only consulted by the SDK's and WASI's own messages: keep warnings and errors (they explain
     * load failures) and skip the per-call WASI traces, which would cost time on every call.
     */
    @Override
    public boolean isLoggable(Level level) {
        return level.getSeverity() >= Level.WARNING.getSeverity();
    }

    List<LogEntry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    List<String> hostDiagnostics() {
        synchronized (diagnostics) {
            return List.copyOf(diagnostics);
        }
    }

    private static LogLevel fromChicory(Level level) {
        switch (level) {
            case TRACE:
            case ALL:
                return LogLevel.TRACE;
            case DEBUG:
                return LogLevel.DEBUG;
            case INFO:
                return LogLevel.INFO;
            case WARNING:
                return LogLevel.WARN;
            default:
                return LogLevel.ERROR;
        }
    }
}
