package dev.javapdk.pdk.internal;

import org.teavm.interop.Address;

/**
 * {@code System.out} and {@code System.err} for plug-ins: whole lines to the host's log. Internal.
 *
 * <p>TeaVM hands console bytes to {@code WasmSupport.putCharsStdout/Stderr}; the build re-points
 * those to {@code dev.javapdk.runtime.TeaVMRuntime} (pdk-runtime), which calls here. Bytes are kept until a newline, so
 * that one {@code println} is one log entry (info for stdout, error for stderr); what is left when
 * an exported function returns is flushed then.
 *
 * <pre>{@code
 * System.out.print("half a ");   // buffered
 * System.out.println("line");   // one log entry at info: "half a line"
 * }</pre>
 *
 * <p>A plug-in that never writes to the console imports no log function: {@link #flush()} reaches
 * the log only through {@link Pending}, an abstract class whose one implementation is created by
 * {@link #write} alone. TeaVM links a virtual call only to classes the reachable code instantiates,
 * so without a reachable {@code write} the flush is an empty check and {@code log_info}/{@code
 * log_error} are never imported (a direct call would link them into every plug-in).
 */
public final class ConsoleSupport {
    // Lazily created: no static initialiser on a class the runtime reaches.
    private static Buffers buffers;
    // The same object as buffers, seen through the abstract type the flush calls.
    private static Pending pending;

    private ConsoleSupport() {}

    /** Appends console bytes at {@code address} to stdout (or stderr). */
    public static void write(boolean stderr, Address address, int count) {
        if (buffers == null) {
            buffers = new Buffers();
            pending = buffers;
        }
        LineBuffer buffer = stderr ? buffers.err : buffers.out;
        for (int i = 0; i < count; i++) {
            buffer.append(address.add(i).getByte());
        }
    }

    /** Logs any partial lines; called when an exported function returns. */
    public static void flush() {
        if (pending != null) {
            pending.flush();
        }
    }

    /** Console output not yet logged. */
    private abstract static class Pending {
        abstract void flush();
    }

    private static final class Buffers extends Pending {
        final LineBuffer out = new LineBuffer(false);
        final LineBuffer err = new LineBuffer(true);

        @Override
        void flush() {
            out.flush();
            err.flush();
        }
    }

    private static final class LineBuffer {
        private final boolean stderr;
        private byte[] bytes = new byte[128];
        private int length;

        LineBuffer(boolean stderr) {
            this.stderr = stderr;
        }

        void append(byte b) {
            if (b == '\n') {
                flush();
                return;
            }
            if (length == bytes.length) {
                byte[] larger = new byte[bytes.length * 2];
                System.arraycopy(bytes, 0, larger, 0, length);
                bytes = larger;
            }
            bytes[length++] = b;
        }

        void flush() {
            if (length == 0) {
                return;
            }
            int end = length;
            if (bytes[end - 1] == '\r') {
                end--;
            }
            long offset = Kernel.alloc(end);
            Bulk.store(offset, bytes, 0, end);
            length = 0;
            if (stderr) {
                Kernel.logError(offset);
            } else {
                Kernel.logInfo(offset);
            }
        }
    }
}
