package dev.javapdk.runtime.lang;

/**
 * Keeps the names of the exceptions TeaVM's runtime throws. Internal.
 *
 * <p>TeaVM stores a class's name only if its analysis sees {@code Class.getName()} called on that
 * class. An exception that TeaVM's runtime throws (an array index out of bounds, a null pointer, a
 * failed cast) or that a static initialiser throws reaches {@code catch} by a path the analysis
 * does not follow, and {@code e.getClass().getName()} returned null. The build makes
 * {@code Class.getName()} call {@link #require} first; its never-taken branch shows the analysis
 * these classes.
 */
public final class Names {
    private Names() {}

    /** Does nothing: {@code cls} is never null. */
    public static void require(Class<?> cls) {
        if (cls == null) {
            ArrayIndexOutOfBoundsException.class.getName();
            NullPointerException.class.getName();
            ClassCastException.class.getName();
            NoClassDefFoundError.class.getName();
            ExceptionInInitializerError.class.getName();
            NegativeArraySizeException.class.getName();
        }
    }
}
