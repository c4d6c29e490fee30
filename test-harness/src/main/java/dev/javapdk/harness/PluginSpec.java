package dev.javapdk.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to load and how: the .wasm (a file or bytes), the Extism config map the plug-in reads with
 * {@code config_get}, whether to use the Chicory compiler, and the host log level. Immutable;
 * hosts interpret it, so it says nothing host-specific beyond the {@link #compiler()} hint.
 *
 * <pre>{@code
 * PluginSpec spec = PluginSpec.builder(Path.of("target/count-vowels.wasm"))
 *         .config("vowels", "aeiouy")
 *         .build();
 * try (LoadedPlugin plugin = new ChicoryHost().load(spec)) { ... }
 * }</pre>
 */
public final class PluginSpec {

    private final Path wasmPath;
    private final byte[] wasmBytes;
    private final String name;
    private final Map<String, String> config;
    private final boolean compiler;
    private final LogLevel logLevel;
    private final List<String> allowedHosts;
    private final boolean httpResponseHeaders;
    private final long timeoutMillis;
    private final HostFunctions hostFunctions;
    private final boolean wasi;

    private PluginSpec(Builder b) {
        this.wasmPath = b.wasmPath;
        this.wasmBytes = b.wasmBytes;
        this.name = b.name;
        this.config = Collections.unmodifiableMap(new LinkedHashMap<>(b.config));
        this.compiler = b.compiler;
        this.logLevel = b.logLevel;
        this.allowedHosts = List.copyOf(b.allowedHosts);
        this.httpResponseHeaders = b.httpResponseHeaders;
        this.timeoutMillis = b.timeoutMillis;
        this.hostFunctions = b.hostFunctions;
        this.wasi = b.wasi;
    }

    /**
     * Starts a spec for a .wasm file. A relative path is resolved against the working directory
     * (under Maven Surefire that is the module directory), so {@code target/x.wasm} works.
     */
    public static Builder builder(Path wasm) {
        Objects.requireNonNull(wasm, "wasm");
        Path abs = wasm.toAbsolutePath().normalize();
        return new Builder(abs, null, abs.toString());
    }

    /** Starts a spec for an in-memory module; {@code name} is only used in messages. */
    public static Builder builder(byte[] wasm, String name) {
        Objects.requireNonNull(wasm, "wasm");
        return new Builder(null, wasm.clone(), name == null ? "<bytes>" : name);
    }

    /** The absolute .wasm path, or empty if the module was given as bytes. */
    public Optional<Path> wasmPath() {
        return Optional.ofNullable(wasmPath);
    }

    /** The module bytes if given as bytes (a copy), or empty if it is a file. */
    public Optional<byte[]> wasmBytes() {
        return wasmBytes == null ? Optional.empty() : Optional.of(wasmBytes.clone());
    }

    /** The absolute path, or the name given with the bytes; for messages. */
    public String name() {
        return name;
    }

    /** The Extism config map (unmodifiable, in insertion order). */
    public Map<String, String> config() {
        return config;
    }

    /**
     * Whether the host should compile the module to JVM bytecode (Chicory's runtime compiler,
     * roughly 100x faster than its interpreter). Default true; false forces the interpreter,
     * which is slower but compiles nothing up front.
     */
    public boolean compiler() {
        return compiler;
    }

    /**
     * The host log level: what {@code get_log_level} reports to the plug-in and the least severe
     * level that is captured. Default {@link LogLevel#TRACE}, so tests see everything.
     */
    public LogLevel logLevel() {
        return logLevel;
    }

    /**
     * Hosts the plug-in may reach with {@code http_request} (the manifest's {@code allowed_hosts},
     * {@code *} patterns as Extism allows); empty means none.
     */
    public List<String> allowedHosts() {
        return allowedHosts;
    }

    /** Whether the host offers response headers ({@code http_headers}). */
    public boolean httpResponseHeaders() {
        return httpResponseHeaders;
    }

    /**
     * The longest a single call may run, in milliseconds; 0 (the default) means no limit. A call
     * that runs longer throws {@link PluginTimeoutException}; what each host does to the instance
     * is described there.
     */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** The host functions the host provides to the plug-in ({@link HostFunctions#none()} by default). */
    public HostFunctions hostFunctions() {
        return hostFunctions;
    }

    /**
     * Whether the host links WASI ({@code wasi_snapshot_preview1}) for the plug-in, as Extism's
     * {@code withWasi}/{@code useWasi} options do. Default false. Plug-ins built with this PDK never
     * import WASI; the switch is for modules from other toolchains (Rust or Go built for
     * {@code wasm32-wasi}). Every host gives WASI no files, no network and no environment, and
     * throws away what it writes to stdout and stderr (the JS SDK's default; use Extism logging).
     */
    public boolean wasi() {
        return wasi;
    }

    @Override
    public String toString() {
        return "PluginSpec[" + name + ", config=" + config.keySet() + ", compiler=" + compiler + ", logLevel="
                + logLevel + (timeoutMillis > 0 ? ", timeoutMillis=" + timeoutMillis : "") + (wasi ? ", wasi" : "")
                + "]";
    }

    /** Builds a {@link PluginSpec}; see {@link PluginSpec} for an example. */
    public static final class Builder {
        private final Path wasmPath;
        private final byte[] wasmBytes;
        private final String name;
        private final Map<String, String> config = new LinkedHashMap<>();
        private boolean compiler = true;
        private LogLevel logLevel = LogLevel.TRACE;
        private final List<String> allowedHosts = new ArrayList<>();
        private boolean httpResponseHeaders;
        private long timeoutMillis;
        private HostFunctions hostFunctions = HostFunctions.none();
        private boolean wasi;

        private Builder(Path wasmPath, byte[] wasmBytes, String name) {
            this.wasmPath = wasmPath;
            this.wasmBytes = wasmBytes;
            this.name = name;
        }

        /** Adds (or replaces) one config entry. */
        public Builder config(String key, String value) {
            config.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds all entries of {@code entries}. */
        public Builder config(Map<String, String> entries) {
            entries.forEach(this::config);
            return this;
        }

        /**
         * Adds one entry written as {@code key=value} (split at the first {@code =}, so the value
         * may contain {@code =}), the form used by {@link ExtismPlugin#config()} and {@link Run}.
         *
         * @throws IllegalArgumentException if there is no {@code =} or the key is empty
         */
        public Builder configEntry(String keyEqualsValue) {
            int eq = keyEqualsValue.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("config entry must be key=value, got: '" + keyEqualsValue + "'");
            }
            return config(keyEqualsValue.substring(0, eq), keyEqualsValue.substring(eq + 1));
        }

        /** True (default) to use the runtime compiler, false to use the interpreter. */
        public Builder compiler(boolean useCompiler) {
            this.compiler = useCompiler;
            return this;
        }

        /** Sets the host log level; see {@link PluginSpec#logLevel()}. */
        public Builder logLevel(LogLevel level) {
            this.logLevel = Objects.requireNonNull(level, "level");
            return this;
        }

        /** Lets the plug-in reach these hosts over HTTP, e.g. {@code 127.0.0.1}. */
        public Builder allowedHosts(String... hosts) {
            allowedHosts.addAll(List.of(hosts));
            return this;
        }

        /** Makes the host offer response headers to {@code http_headers}. */
        public Builder httpResponseHeaders(boolean offer) {
            this.httpResponseHeaders = offer;
            return this;
        }

        /**
         * Limits each call to {@code millis} milliseconds; 0 means no limit (the default). See
         * {@link PluginSpec#timeoutMillis()}.
         *
         * @throws IllegalArgumentException if {@code millis} is negative
         */
        public Builder timeoutMillis(long millis) {
            if (millis < 0) {
                throw new IllegalArgumentException("timeoutMillis must be 0 (no limit) or positive, got " + millis);
            }
            this.timeoutMillis = millis;
            return this;
        }

        /**
         * Host functions written in Java for the plug-in's imports, e.g.
         * {@code .hostFunctions(HostFunctions.builder().function("kv_read", String.class, byte[].class, store::get).build())}.
         */
        public Builder hostFunctions(HostFunctions functions) {
            this.hostFunctions = Objects.requireNonNull(functions, "functions");
            return this;
        }

        /** Links WASI for the plug-in; see {@link PluginSpec#wasi()}. */
        public Builder wasi(boolean link) {
            this.wasi = link;
            return this;
        }

        public PluginSpec build() {
            return new PluginSpec(this);
        }
    }
}
