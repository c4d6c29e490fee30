package dev.javapdk.tests.semantics;

/**
 * Two classes whose static initialisers throw, one with an exception (which Java wraps in an
 * {@link ExceptionInInitializerError}) and one with an error (which it passes on as it is). The
 * first use of each fails with that; every later use with {@link NoClassDefFoundError}, because a
 * class whose initialiser failed is never initialised. Uses nothing but java.lang, so the test can
 * load it afresh on the JVM.
 */
public final class InitFailure {
    private static int trigger = 1;

    private InitFailure() {}

    /** What using each class did, or the value each one read. */
    public static String touch() {
        StringBuilder out = new StringBuilder();
        try {
            int value = Fragile.VALUE;
            out.append("value ").append(value);
        } catch (Throwable t) {
            out.append(describe(t));
        }
        out.append(" / ");
        try {
            int value = Broken.value();
            out.append("value ").append(value);
        } catch (Throwable t) {
            out.append(describe(t));
        }
        return out.toString();
    }

    private static String describe(Throwable t) {
        String text = t.getClass().getName() + ": " + t.getMessage();
        return t.getCause() == null ? text : text + " <- " + describe(t.getCause());
    }

    static final class Fragile {
        static final int VALUE;

        static {
            if (trigger > 0) {
                throw new IllegalStateException("boom");
            }
            VALUE = 42;
        }
    }

    static final class Broken {
        private static int value = 7;

        static {
            if (trigger > 0) {
                throw new AssertionError("bad");
            }
        }

        static int value() {
            return value;
        }
    }
}
