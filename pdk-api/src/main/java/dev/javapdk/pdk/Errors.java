package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.ExportSupport;

/**
 * Error reporting for functions that return a status code themselves.
 *
 * <p>Throwing from an exported function is usually simpler: the PDK reports the exception. A
 * function declared to return {@code int} can instead set the error and return non-zero. If it
 * returns non-zero without setting one, the PDK sets {@code "<function> returned status N"} so that
 * every host sees the failure (the JS SDK ignores a bare non-zero code). The status decides: a
 * message set before a {@code 0} return is dropped and the call succeeds, on every host.
 *
 * <pre>{@code
 * @Export
 * public static int validate(String input) {
 *     if (input.isBlank()) {
 *         Errors.set("input must not be blank");
 *         return 2;
 *     }
 *     return 0;
 * }
 * }</pre>
 */
public final class Errors {
    private Errors() {}

    /** Sets the error message the host sees if the current call returns non-zero; the last one set wins. */
    public static void set(String message) {
        ExportSupport.setError(message);
    }
}
