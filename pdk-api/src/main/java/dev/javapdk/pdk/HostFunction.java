package dev.javapdk.pdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@code static native} method as a host function: a function the host provides and the
 * plug-in imports. The build generates the import and the code that moves the arguments and the
 * result through kernel memory; calling the method calls the host.
 *
 * <p>Parameters and results may be {@code int}, {@code long}, {@code float} and {@code double}
 * (passed as wasm {@code i32}, {@code i64}, {@code f32}, {@code f64}), or {@code byte[]},
 * {@code String} (UTF-8) and any JSON-bound type (a record, POJO, {@code List}, {@code Map}…, as its
 * JSON), each passed as the {@code i64} offset of a kernel memory block that the plug-in allocates
 * and frees. A result block is read and freed by the plug-in; offset 0 is {@code null}, in both
 * directions. The result may be {@code void}. Any other type is a build error naming the method.
 *
 * <p>Only host functions the plug-in's code reaches are imported, so a host need not provide the
 * others. The import module is {@code extism:host/user} unless {@link #module()} names another;
 * annotated modules need no {@code hostModules} entry in the build.
 *
 * <pre>{@code
 * @HostFunction(name = "kv_read")
 * static native byte[] kvRead(String key);
 *
 * @HostFunction(name = "kv_write")
 * static native void kvWrite(String key, byte[] value);
 *
 * @Export
 * public static int bump() {
 *     byte[] old = kvRead("count");
 *     kvWrite("count", new byte[] {(byte) (old == null ? 1 : old[0] + 1)});
 *     return 0;
 * }
 * }</pre>
 *
 * A host function that fails makes the host trap the call (Chicory, the JS SDK): the plug-in sees
 * no exception, the host reports the error, and the instance keeps answering later calls (except
 * in the JS SDK's worker mode, where the SDK closes the plug-in).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface HostFunction {
    /** The module of the import, {@value #USER_MODULE} by default. */
    String USER_MODULE = "extism:host/user";

    /** The import's name; defaults to the method's name. */
    String name() default "";

    /** The import's module. */
    String module() default USER_MODULE;
}
