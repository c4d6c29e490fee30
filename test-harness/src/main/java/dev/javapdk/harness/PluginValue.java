package dev.javapdk.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a value that {@link ExtismPlugin} attributes can use as a {@code ${name}} placeholder: in
 * {@code wasm}, {@code config} entries and {@code allowedHosts}. Put it on a field or a method
 * without parameters of the test class (or a superclass, or a class around a {@code @Nested} one);
 * its value is read, as a string, when the plug-in is loaded, so it can be something a
 * {@code @BeforeAll} method has just set up, such as a local server's port.
 *
 * <p>A static {@code @ExtismPlugin} field is loaded before any test instance exists, so it can use
 * static members only. A placeholder without a member of that name, or a member whose value is
 * null, fails the test with a message that names both.
 *
 * <pre>{@code
 * static HttpServer server; // started in @BeforeAll
 *
 * @PluginValue("baseUrl")
 * static String baseUrl() {
 *     return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
 * }
 *
 * @Test
 * void answers(@ExtismPlugin(wasm = "target/chatgpt.wasm", config = {"base_url=${baseUrl}", "open_ai_key=k"},
 *                            allowedHosts = "127.0.0.1") LoadedPlugin plugin) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface PluginValue {
    /** The name used in placeholders: {@code @PluginValue("port")} fills in {@code ${port}}. */
    String value();
}
