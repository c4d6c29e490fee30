package dev.javapdk.runtime;

/**
 * Java-level stack depth, so that runaway recursion is a {@link StackOverflowError} instead of a host
 * trap. TeaVM 0.13.1 never checks the depth: the wasm call stack runs until the host stops the call
 * (Chicory "call stack exhausted", V8 "Maximum call stack size exceeded"), which Java code cannot
 * catch.
 *
 * <p>The build ({@code StackDepthTransformer}) gives every managed method that calls anything (a method
 * without calls cannot recurse) an entry {@code int d = depth + 1; depth = d; if (d > LIMIT) fail();},
 * a {@code depth = d - 1} before each return and a {@code depth = d} at the start of each
 * of its exception handlers: an exception leaves frames without running their returns, and the frame
 * that catches it puts the count back to its own depth. {@link CallGuard#enter()} sets it to 0 at the
 * start of every export call, which also repairs a count left behind by a trapped call.
 *
 * <p>No static initialiser: the fields are read and written from code TeaVM runs before and outside
 * class initialisation.
 */
public final class StackCheck {
    /**
     * The deepest nesting of Java methods a plug-in may reach. Below what every tested host allows with
     * its default stack (Chicory's compiled and interpreted modes on a 1 MiB JVM thread stack, V8 in
     * Node's main thread and in its workers), with {@link #MARGIN} on top for building and handling the
     * error.
     */
    public static final int LIMIT = 800;

    /**
     * Frames the error may use beyond {@link #LIMIT} while it is built (constructor, stack trace). A
     * handler that catches it runs at its own depth again, at most {@link #LIMIT}.
     */
    static final int MARGIN = 100;

    /** Java frames on the stack now, counting only the methods the build instruments. */
    public static int depth;

    private StackCheck() {}

    /**
     * Throws the {@link #overflow()} error: what an instrumented method calls when it finds the depth
     * past {@link #LIMIT} (the return after the call is never reached).
     */
    public static void fail() {
        throw overflow();
    }

    /**
     * The error to throw when an instrumented method finds the depth past {@link #LIMIT}. The caller
     * throws it (a managed {@code throw}, so TeaVM unwinds the frames as for any exception).
     */
    public static StackOverflowError overflow() {
        int reached = depth;
        // The constructor and Throwable.fillInStackTrace are instrumented too: without the margin they
        // would find the depth past the limit and ask for another error, without end.
        depth = reached - MARGIN;
        StackOverflowError error = new StackOverflowError("Java call depth passed " + LIMIT
                + " frames (the PDK stops recursion there, before the host's own stack runs out)");
        depth = reached;
        return error;
    }
}
