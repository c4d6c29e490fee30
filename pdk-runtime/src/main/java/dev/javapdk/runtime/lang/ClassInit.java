package dev.javapdk.runtime.lang;

import org.teavm.interop.Address;
import org.teavm.runtime.RuntimeClass;

/**
 * Java's rules for a static initialiser that throws. Internal.
 *
 * <p>TeaVM's wasm backend marks a class initialised before it runs {@code <clinit>} and never
 * clears the mark, so without help a class whose initialiser threw is used on the next access
 * with its statics unset. The build renames every plug-in class's {@code <clinit>} and gives it a
 * new one that calls the renamed body and, when that throws, keeps what it threw in a static field,
 * clears TeaVM's mark ({@link #failed}) and throws what Java throws: the error itself, or an
 * {@link ExceptionInInitializerError} around an exception. With the mark cleared the next access
 * runs {@code <clinit>} again, which finds the field set and throws {@link NoClassDefFoundError}
 * ({@link #again}), as the JVM does on every later use.
 *
 * <pre>{@code
 * static {                                  // what <clinit> becomes, in Java terms
 *     if (failure != null) throw ClassInit.again(Self.class, "Self", failure);
 *     try { originalClinit(); }
 *     catch (Throwable t) { failure = t; throw ClassInit.failed(Self.class, t); }
 * }
 * }</pre>
 */
public final class ClassInit {
    private ClassInit() {}

    /** What the first use throws when the initialiser of {@code cls} threw {@code thrown}. */
    public static Error failed(Class<?> cls, Throwable thrown) {
        uninitialise(cls);
        return thrown instanceof Error ? (Error) thrown : new ExceptionInInitializerError(thrown);
    }

    /** What every later use throws; {@code first} is what the initialiser threw. */
    public static Error again(Class<?> cls, String name, Throwable first) {
        uninitialise(cls);
        String message = first.getMessage();
        NoClassDefFoundError error = new NoClassDefFoundError("Could not initialize class " + name);
        // The JVM's cause (JDK 17 and later); a plug-in has a single thread, "main".
        error.initCause(new ExceptionInInitializerError("Exception "
                + first.getClass().getName() + (message != null ? ": " + message : "") + " [in thread \"main\"]"));
        return error;
    }

    /** Clears TeaVM's "initialised" mark, so that the next use of the class runs its initialiser again. */
    private static void uninitialise(Class<?> cls) {
        RuntimeClass runtimeClass = Address.ofObject(cls).toStructure();
        runtimeClass.flags &= ~RuntimeClass.INITIALIZED;
    }
}
