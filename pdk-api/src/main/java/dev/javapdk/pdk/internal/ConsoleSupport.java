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
 */
public final class ConsoleSupport {
    // Lazily created: no static initialiser on a class the runtime reaches.
    private static LineBuffer out;
    private static LineBuffer err;

    private ConsoleSupport() {}

    /** Appends console bytes at {@code address} to stdout (or stderr). */
    public static void write(boolean stderr, Address address, int count) {
        LineBuffer buffer;
        if (stderr) {
            if (err == null) {
                err = new LineBuffer(true);
            }
            buffer = err;
        } else {
            if (out == null) {
                out = new LineBuffer(false);
            }
            buffer = out;
        }
        for (int i = 0; i < count; i++) {
            buffer.append(address.add(i).getByte());
        }
    }

    /** Logs any partial lines; called when an exported function returns. */
    public static void flush() {
        if (out != null) {
            out.flush();
        }
        if (err != null) {
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
