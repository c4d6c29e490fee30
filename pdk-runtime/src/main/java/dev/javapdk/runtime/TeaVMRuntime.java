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
 * TeaVMRuntime.putCharsStdout(address, count);
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

    // The runtime's own diagnostics come right before a trap: an exception that escaped every
    // handler (the export glue catches all of them, so only a failing start section gets here) or
    // a heap exhausted while the emergency reserve is in use. They go to error_set, which every
    // plug-in imports anyway, not to the log: a plug-in that never writes to System.out/err then
    // imports no log function (Extism hosts report the trap; those that read the error show this).

    /**
     * TeaVM's uncaught-exception trace, in pieces ({@code "\tat Obfuscated.obfuscated(..."}, a
     * number, {@code ")"}): dropped, it names nothing in an obfuscated build and every piece
     * would replace the one before as the call's error.
     */
    @Unmanaged
    public static void printString(String text) {}

    /** A number in TeaVM's uncaught-exception trace: dropped, see {@link #printString}. */
    @Unmanaged
    public static void printInt(int value) {}

    /** The Java heap could not grow, even into the reserve: the call's error before the runtime traps. */
    @Unmanaged
    public static void printOutOfMemory() {
        Kernel.errorSet(Bulk.allocateLatin1("Out of memory: the plug-in's Java heap reached its maximum size"));
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
