package dev.javapdk.runtime.lang;

/**
 * {@code java.lang.ExceptionInInitializerError}, which TeaVM 0.13.1's class library lacks. Internal:
 * META-INF/teavm.properties maps the Java name to this class, so plug-in code (and
 * {@link ClassInit}) that names {@code ExceptionInInitializerError} gets it, under its Java name.
 */
public class ExceptionInInitializerErrorImpl extends LinkageError {
    public ExceptionInInitializerErrorImpl() {
        super(null, null);
    }

    public ExceptionInInitializerErrorImpl(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerErrorImpl(String message) {
        super(message, null);
    }

    /** The exception the static initialiser threw (the cause), or null. */
    public Throwable getException() {
        return getCause();
    }
}
