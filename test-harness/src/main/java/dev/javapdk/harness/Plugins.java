package dev.javapdk.harness;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Programmatic entry point: load a plug-in on the default host (Chicory) without JUnit.
 *
 * <pre>{@code
 * try (LoadedPlugin plugin = Plugins.builder(Path.of("target/count-vowels.wasm"))
 *         .config("vowels", "aeiouy")
 *         .build()) {
 *     System.out.println(plugin.call("count_vowels", "yellow"));
 * }
 * }</pre>
 */
public final class Plugins {

    private static final PluginHost DEFAULT_HOST = new ChicoryHost();

    private Plugins() {}

    /** The host used by {@link #load}, {@link #builder} and {@link ExtismPlugin}: Chicory. */
    public static PluginHost defaultHost() {
        return DEFAULT_HOST;
    }

    /**
     * The host of this name: {@code chicory} (the Extism Chicory SDK, in this JVM), {@code node} (the
     * JS SDK 1.0.3), {@code node2} (the JS SDK 2.0.0-rc13) or {@code chromium} (the JS SDK 2.0.0-rc13's
     * browser build in headless Chromium, see {@link ChromiumHost}). Where Node, the JS SDK or Chromium is missing, a
     * {@link PluginLoadException} says what to install.
     *
     * <pre>{@code
     * LoadedPlugin plugin = Plugins.builder(Path.of("target/greet.wasm")).host(Plugins.host("node2")).build();
     * }</pre>
     *
     * @throws IllegalArgumentException for another name
     */
    public static PluginHost host(String name) {
        if (name.equals("chicory")) {
            return defaultHost();
        }
        if (name.equals(ChromiumHost.NAME)) {
            String missing = ChromiumHost.unavailableReason();
            if (missing != null) {
                throw new PluginLoadException("the chromium host is required here but " + missing);
            }
            return new ChromiumHost();
        }
        NodeHost.Sdk sdk = NodeHost.Sdk.forHostName(name);
        if (sdk == null) {
            throw new IllegalArgumentException("unknown host '" + name + "': use chicory, node, node2 or chromium");
        }
        String missing = NodeHost.unavailableReason(sdk);
        if (missing != null) {
            throw new PluginLoadException("the " + name + " host is required here but " + missing);
        }
        return new NodeHost(sdk);
    }

    /** Loads {@code wasm} with no config, compiler on, all log levels captured. */
    public static LoadedPlugin load(Path wasm) {
        return builder(wasm).build();
    }

    /** Starts configuring a load of {@code wasm}; finish with {@link Builder#build()}. */
    public static Builder builder(Path wasm) {
        return new Builder(PluginSpec.builder(wasm));
    }

    /** Starts configuring a load of an in-memory module. */
    public static Builder builder(byte[] wasm, String name) {
        return new Builder(PluginSpec.builder(wasm, name));
    }

    /**
     * Like {@link PluginSpec.Builder}, but {@link #build()} loads the plug-in. Kept separate so
     * that a {@link PluginSpec} stays a plain value that can be loaded on several hosts.
     */
    public static final class Builder {
        private final PluginSpec.Builder spec;
        private PluginHost host = DEFAULT_HOST;

        private Builder(PluginSpec.Builder spec) {
            this.spec = spec;
        }

        /** See {@link PluginSpec.Builder#config(String, String)}. */
        public Builder config(String key, String value) {
            spec.config(key, value);
            return this;
        }

        /** See {@link PluginSpec.Builder#config(Map)}. */
        public Builder config(Map<String, String> entries) {
            spec.config(entries);
            return this;
        }

        /** See {@link PluginSpec.Builder#configEntry(String)}. */
        public Builder configEntry(String keyEqualsValue) {
            spec.configEntry(keyEqualsValue);
            return this;
        }

        /** See {@link PluginSpec.Builder#compiler(boolean)}. */
        public Builder compiler(boolean useCompiler) {
            spec.compiler(useCompiler);
            return this;
        }

        /** See {@link PluginSpec.Builder#logLevel(LogLevel)}. */
        public Builder logLevel(LogLevel level) {
            spec.logLevel(level);
            return this;
        }

        /** Lets the plug-in reach these hosts over HTTP; see {@link PluginSpec#allowedHosts()}. */
        public Builder allowedHosts(String... hosts) {
            spec.allowedHosts(hosts);
            return this;
        }

        /** Makes the host offer HTTP response headers. */
        public Builder httpResponseHeaders(boolean offer) {
            spec.httpResponseHeaders(offer);
            return this;
        }

        /** Limits each call; see {@link PluginSpec#timeoutMillis()}. */
        public Builder timeoutMillis(long millis) {
            spec.timeoutMillis(millis);
            return this;
        }

        /** Provides host functions written in Java; see {@link HostFunctions}. */
        public Builder hostFunctions(HostFunctions functions) {
            spec.hostFunctions(functions);
            return this;
        }

        /** See {@link PluginSpec.Builder#wasi(boolean)}. */
        public Builder wasi(boolean link) {
            spec.wasi(link);
            return this;
        }

        /** Uses another host instead of the default. */
        public Builder host(PluginHost host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The spec as configured so far. */
        public PluginSpec spec() {
            return spec.build();
        }

        /** Loads the plug-in; the caller must close it. */
        public LoadedPlugin build() {
            return host.load(spec.build());
        }
    }
}
