package dev.javapdk.pdk.internal;

import dev.javapdk.pdk.Output;
import dev.javapdk.pdk.PluginException;

/**
 * What the generated export glue calls around a plug-in function. Internal.
 *
 * <p>Every export the build generates has the shape
 * {@code begin(); try { ...call...; return finish(status, name); } catch (Throwable t) { return fail(t); }},
 * so an exception never becomes a wasm trap (a trap would leak TeaVM's shadow stack and, after a
 * few thousand, break the instance).
 *
 * <pre>{@code
 * ExportSupport.begin();
 * try {
 *     ExportSupport.output(Greet.greet(Input.string()));
 *     return ExportSupport.finish(0, "greet");
 * } catch (Throwable t) {
 *     return ExportSupport.fail(t);
 * }
 * }</pre>
 */
public final class ExportSupport {
    // No initialisers: these are zeroed in the data segment, and a class without <clinit> keeps
    // the glue free of initialisation checks.
    private static String pendingError;

    private ExportSupport() {}

    /** Starts a call: no error has been set yet. */
    public static void begin() {
        pendingError = null;
    }

    /**
     * Records the error message the host sees if the current call returns non-zero. It reaches the
     * host only then: hosts disagree on an error set before a 0 return (the Chicory SDK reports
     * success, the JS SDK a failure), so the status alone decides, the same on every host.
     */
    public static void setError(String message) {
        pendingError = String.valueOf(message);
    }

    /** Ends a call that returned {@code status}; a bare non-zero status still gets a message. */
    public static int finish(int status, String function) {
        ConsoleSupport.flush();
        if (status != 0) {
            report(pendingError != null ? pendingError : function + " returned status " + status);
        }
        pendingError = null;
        return status;
    }

    private static void report(String message) {
        Kernel.errorSet(Bulk.allocate(Utf8.encode(message)));
    }

    /** Ends a call that threw: reports the exception to the host and returns a non-zero status. */
    public static int fail(Throwable error) {
        try {
            ConsoleSupport.flush();
            pendingError = null;
            report(describe(error));
            return error instanceof PluginException ? ((PluginException) error).status() : 1;
        } catch (Throwable again) {
            // Reporting itself failed (e.g. out of memory): a fixed message needs no allocation.
            Kernel.errorSet(Bulk.allocateLatin1("plug-in failed and its error could not be reported"));
            return 1;
        }
    }

    /** Sets the output from a function's {@code byte[]} result; {@code null} leaves it empty. */
    public static void output(byte[] result) {
        if (result != null) {
            Output.set(result);
        }
    }

    /** Sets the output from a function's {@code String} result; {@code null} leaves it empty. */
    public static void output(String result) {
        if (result != null) {
            Output.set(result);
        }
    }

    /** {@code Type: message}, or the message alone for a {@link PluginException}. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        if (error instanceof PluginException) {
            text.append(error.getMessage());
        } else {
            appendThrowable(text, error);
        }
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && cause != error && depth < 8; depth++) {
            text.append("; caused by ");
            appendThrowable(text, cause);
            cause = cause.getCause();
        }
        return text.toString();
    }

    private static void appendThrowable(StringBuilder text, Throwable error) {
        text.append(typeName(error));
        String message = error.getMessage();
        if (message != null) {
            text.append(": ").append(message);
        }
    }

    /**
     * The exception's class name. TeaVM keeps class names only for classes that analysed code asks
     * the name of; exceptions the runtime raises itself (a bad array index, a failed cast) are not
     * seen there, so they are named here by type.
     */
    private static String typeName(Throwable error) {
        String name = error.getClass().getName();
        if (name != null) {
            return name;
        } else if (error instanceof ArrayIndexOutOfBoundsException) {
            return "java.lang.ArrayIndexOutOfBoundsException";
        } else if (error instanceof NullPointerException) {
            return "java.lang.NullPointerException";
        } else if (error instanceof ClassCastException) {
            return "java.lang.ClassCastException";
        } else if (error instanceof ArithmeticException) {
            return "java.lang.ArithmeticException";
        } else if (error instanceof NegativeArraySizeException) {
            return "java.lang.NegativeArraySizeException";
        } else if (error instanceof OutOfMemoryError) {
            return "java.lang.OutOfMemoryError";
        } else if (error instanceof StackOverflowError) {
            return "java.lang.StackOverflowError";
        } else if (error instanceof RuntimeException) {
            return "java.lang.RuntimeException";
        } else if (error instanceof Error) {
            return "java.lang.Error";
        }
        return "java.lang.Throwable";
    }
}
