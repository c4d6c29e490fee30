package dev.javapdk.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The host for every {@link ExtismPlugin} in a test class (its subclasses and nested classes
 * included) that does not name one itself. With it, the same tests run on another host by
 * subclassing:
 *
 * <pre>{@code
 * @ExtismHost("node2")
 * class GreetOnJsSdk2IT extends GreetIT {
 * }
 * }</pre>
 *
 * A test that cannot run on some host says so with an assumption, e.g.
 * {@code assumeFalse(plugin.hostName().equals("node"), "the JS SDK 1.0 fails from call 5,461 on")}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExtismHost {

    /** {@code "chicory"}, {@code "node"}, {@code "node2"} or {@code "chromium"}; see {@link ExtismPlugin#host()}. */
    String value();
}
