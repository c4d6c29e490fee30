package dev.javapdk.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a freshly loaded plug-in into a JUnit 5 test: on a parameter or field of type
 * {@link LoadedPlugin}. No {@code @ExtendWith} is needed; this annotation registers
 * {@link ExtismPluginExtension} itself.
 *
 * <ul>
 *   <li>parameter: loaded for that method invocation, closed after it;</li>
 *   <li>instance field: loaded before each test, closed after each test;</li>
 *   <li>static field: loaded once before all tests of the class, closed after them (use it when
 *       loading is slow and the tests do not depend on fresh vars).</li>
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void countsY(@ExtismPlugin(wasm = "target/count-vowels.wasm", config = {"vowels=aeiouy"})
 *              LoadedPlugin plugin) {
 *     assertEquals("{\"count\":2}", plugin.call("count_vowels", "yay"));
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@ExtendWith(ExtismPluginExtension.class)
public @interface ExtismPlugin {

    /**
     * Path of the .wasm file. Relative paths resolve against the working directory, which under
     * Maven Surefire is the module directory, so {@code "target/my-plugin.wasm"} works.
     */
    String wasm();

    /**
     * Config entries as {@code key=value} (split at the first {@code =}). Values may use
     * {@code ${name}} placeholders filled from {@link PluginValue} members, as may {@link #wasm()}
     * and {@link #allowedHosts()}.
     */
    String[] config() default {};

    /** False runs Chicory's interpreter instead of its (much faster) runtime compiler. */
    boolean compiler() default true;

    /** The host log level; see {@link PluginSpec#logLevel()}. */
    LogLevel logLevel() default LogLevel.TRACE;

    /**
     * The host: {@code "chicory"} (the Extism Chicory SDK, in-process and in Java like the code under
     * test), {@code "node"} (the Extism JS SDK 1.0.3 in Node) or {@code "node2"} (the JS SDK
     * 2.0.0-rc13 in Node); see {@link NodeHost}. {@code "chromium"} is the JS SDK 2.0.0-rc13's browser
     * build in headless Chromium; see {@link ChromiumHost}. Empty (the default) means the test class's
     * {@link ExtismHost}, and {@code "chicory"} where it has none.
     */
    String host() default "";

    /** Hosts the plug-in may reach over HTTP, e.g. {@code "127.0.0.1"}; none by default. */
    String[] allowedHosts() default {};

    /** Whether the host offers HTTP response headers to the plug-in ({@code http_headers}). */
    boolean httpResponseHeaders() default false;

    /**
     * The longest one call may run, in milliseconds; 0 (default) means no limit, as in the SDKs. A
     * call that runs longer throws {@link PluginTimeoutException}; see {@link PluginSpec#timeoutMillis()}.
     */
    long timeoutMillis() default 0;

    /**
     * The name of a method of the test class (static, or an instance method for plug-ins loaded per
     * test) that takes nothing and returns the {@link HostFunctions} the host provides:
     *
     * <pre>{@code
     * static final Map<String, byte[]> STORE = new ConcurrentHashMap<>();
     *
     * static HostFunctions kv() {
     *     return HostFunctions.builder().function("kv_read", String.class, byte[].class, STORE::get).build();
     * }
     *
     * @Test
     * void reads(@ExtismPlugin(wasm = "target/kv-store.wasm", hostFunctions = "kv") LoadedPlugin plugin) {…}
     * }</pre>
     */
    String hostFunctions() default "";

    /** Whether the host links WASI for the plug-in; see {@link PluginSpec#wasi()}. */
    boolean wasi() default false;
}
