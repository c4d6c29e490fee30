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
 * signatures: a parameter of none, {@code byte[]} or {@code String} (the call's input, UTF-8 for
 * strings), and a return of {@code void}, {@code byte[]} or {@code String} (the output), or
 * {@code int} (a status code: 0 for success). An exception thrown by the method reaches the host
 * as a plug-in error; it never traps.
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
