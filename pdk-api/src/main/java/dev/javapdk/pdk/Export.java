package dev.javapdk.pdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code public static} method as a function the host can call.
 *
 * <p>The export is named after the method unless {@link #name()} says otherwise. Supported
 * signatures:
 * <ul>
 *   <li>parameter: none (read {@link Input} yourself if needed), {@code byte[]} (the call's
 *       input), {@code String} (the input decoded as UTF-8), or one other reference type (a
 *       record, POJO, enum, {@code List}, {@code Map<String, …>}, {@code Optional}, array, boxed
 *       number…), bound from the input as JSON at build time;</li>
 *   <li>return: {@code void} (no output, or set it with {@link Output}), {@code byte[]} or
 *       {@code String} (the output, UTF-8 for strings; {@code null} means no output),
 *       {@code int} (a status code: 0 for success, non-zero fails the call with the message of
 *       {@link Errors#set} or {@code "<name> returned status N"}), or any other reference type
 *       (the output is the value written as JSON).</li>
 * </ul>
 * Other primitive types ({@code long}, {@code double}, {@code boolean}…) and more than one
 * parameter are build errors; use boxed types for JSON numbers. An exception thrown by the method
 * reaches the host as a plug-in error; it never traps.
 *
 * <pre>{@code
 * public class Greet {
 *     @Export
 *     public static String greet(String name) {
 *         return "Hello, " + name + "!";
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
    /** The export name the host calls; defaults to the method's name. */
    String name() default "";
}
