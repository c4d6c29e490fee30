package dev.javapdk.runtime;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.ConsoleSupport;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.runtime.math.PureMath;
import org.teavm.interop.Address;
import org.teavm.interop.Unmanaged;

/**
 * Stand-ins for the host imports TeaVM's wasm runtime would otherwise need. Internal.
 *
 * <p>TeaVM's {@code WasmSupport} imports {@code teavm.logString}, {@code teavm.currentTimeMillis},
 * {@code teavmMath.*} and more, which no Extism host provides. The build re-points each such
 * native to the method of the same name and descriptor here, the way TeaVM's own WASI support does.
 * Methods reached from the GC or exception code are {@code @Unmanaged} and allocate nothing; the
 * class has no static initialiser on purpose.
 *
 * <pre>{@code
 * // Not called directly: System.out.println("hi") ends here via WasmSupport.putCharsStdout.
 * TeaVMRuntime.printString("runtime diagnostic");
 * }</pre>
 */
public final class TeaVMRuntime {
    private TeaVMRuntime() {}

    /** {@code System.out} bytes: to the log at info level, a line at a time. */
    public static void putCharsStdout(Address address, int count) {
        ConsoleSupport.write(false, address, count);
    }

    /** {@code System.err} bytes: to the log at error level, a line at a time. */
    public static void putCharsStderr(Address address, int count) {
        ConsoleSupport.write(true, address, count);
    }

    /** No clock without WASI: {@code System.currentTimeMillis()} answers 0. */
    public static double currentTimeMillisImpl() {
        return 0;
    }

    /** The spectest {@code print} debug hook: dropped. */
    public static void print(int value) {}

    /** Runtime diagnostics (e.g. an uncaught exception's trace): to the log at error level. */
    @Unmanaged
    public static void printString(String text) {
        if (text != null && !text.isEmpty()) {
            Kernel.logError(Bulk.allocateLatin1(text));
        }
    }

    /** A number in runtime diagnostics, written without allocating Java memory. */
    @Unmanaged
    public static void printInt(int value) {
        long magnitude = Math.abs((long) value);
        int digits = 1;
        for (long rest = magnitude / 10; rest > 0; rest /= 10) {
            digits++;
        }
        int length = value < 0 ? digits + 1 : digits;
        long offset = Kernel.alloc(length);
        if (value < 0) {
            Kernel.storeU8(offset, '-');
        }
        for (int i = length - 1; i >= length - digits; i--) {
            Kernel.storeU8(offset + i, (int) ('0' + magnitude % 10));
            magnitude /= 10;
        }
        Kernel.logError(offset);
    }

    /** The Java heap could not grow: logged before the runtime traps. */
    @Unmanaged
    public static void printOutOfMemory() {
        Kernel.logError(Bulk.allocateLatin1("Out of memory: the plug-in's Java heap reached its maximum size"));
    }

    /** Heap tracing is a TeaVM debugging aid; nothing to initialise. */
    public static void initHeapTrace(int maxHeap) {}

    /** {@code Math.random()}: deterministic, see {@link PureMath#random()}. */
    public static double random() {
        return PureMath.random();
    }

    /** {@code Math.pow} on the wasm backend. */
    public static double pow(double x, double y) {
        return PureMath.pow(x, y);
    }
}
