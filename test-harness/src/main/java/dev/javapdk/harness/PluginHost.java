package dev.javapdk.harness;

/**
 * An Extism host that can load a plug-in. The harness ships two: {@link ChicoryHost} (the
 * pure-Java Chicory SDK, the default) and {@link NodeHost} (the JS SDK in Node); the same tests run
 * against each of them ({@code @ExtismPlugin(host = "node")}).
 *
 * <pre>{@code
 * PluginHost host = new ChicoryHost();
 * try (LoadedPlugin plugin = host.load(PluginSpec.builder(Path.of("target/plugin.wasm")).build())) {
 *     String out = plugin.call("greet", "world");
 * }
 * }</pre>
 */
public interface PluginHost {

    /**
     * Loads and instantiates the plug-in described by {@code spec}. Every call returns a new,
     * independent instance (its own memory and vars).
     *
     * @throws PluginLoadException if the file is missing, is not valid WebAssembly, or imports
     *                             something this host does not provide
     */
    LoadedPlugin load(PluginSpec spec);

    /** Short name used in messages and reports, e.g. {@code "chicory"}. */
    String name();
}
