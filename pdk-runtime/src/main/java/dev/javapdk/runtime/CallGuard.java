package dev.javapdk.runtime;

import org.teavm.backend.wasm.WasmHeap;
import org.teavm.interop.Unmanaged;
import org.teavm.runtime.ExceptionHandling;
import org.teavm.runtime.JavaPdkGc;

/**
 * Runs around every export call, outside all Java frames: the build ({@code ExportEntryTransformer})
 * makes each export an unmanaged wrapper {@code enter(); body(); leave()} around the generated glue.
 *
 * <p>A call that traps (the host stops it, a host function fails, memory runs out for good) skips
 * every epilogue: TeaVM's shadow stack keeps the dead frames (the GC would scan them and, after a few
 * thousand traps, run into the heap) and the call-in-progress flag stays set. The next
 * {@link #enter()} sees the flag and empties the shadow stack (an export is the outermost Java frame,
 * so it must be empty on entry). If the trap hit the GC in the middle of its work, the heap may be
 * inconsistent: the instance is then refused for good with a message that says so, never run on a
 * heap that could give wrong answers.
 *
 * <p>Unmanaged, allocation-free, without a static initialiser.
 */
@Unmanaged
public final class CallGuard {
    private static boolean inCall;
    private static boolean refused;
    private static int traps;

    private CallGuard() {}

    /** Starts a call: 0 to run it, or the non-zero status to return at once (the error already set). */
    public static int enter() {
        // No Java frame is on the stack yet; a trapped call may have left its depth behind.
        StackCheck.depth = 0;
        if (inCall) {
            traps++;
            if (JavaPdkGc.interruptedInGc()) {
                refused = true;
            }
            WasmHeap.stack = WasmHeap.stackAddress;
            ExceptionHandling.catchException();
        }
        if (refused) {
            return Refusal.report();
        }
        inCall = true;
        JavaPdkGc.rearmAtCallStart();
        return 0;
    }

    /** Ends a call that returned {@code status}. */
    public static int leave(int status) {
        inCall = false;
        return status;
    }

    /** How many calls of this instance ended in a trap (for tests). */
    public static int traps() {
        return traps;
    }
}
