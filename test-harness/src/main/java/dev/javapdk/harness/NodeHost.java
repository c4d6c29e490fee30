package dev.javapdk.harness;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Extism JS SDK in Node: an independent host, in two versions ({@link Sdk}). Each plug-in runs
 * in a {@code node test-harness/js/host.mjs} process spoken to in JSON lines.
 *
 * <p>Needs {@code node} on the PATH and {@code npm ci} run in {@code test-harness/js} (.ci/run does
 * both). The JS SDK 1.0 lacks {@code log_trace}, {@code get_log_level} and {@code http_headers}: a
 * plug-in that imports them does not load there, which is the point of testing on it. The 2.0 line
 * has them.
 *
 * <pre>{@code
 * try (LoadedPlugin plugin = new NodeHost().load(PluginSpec.builder(Path.of("target/greet.wasm")).build())) {
 *     assertEquals("Hello, Benjamin!", plugin.call("greet", "Benjamin"));
 * }
 * }</pre>
 */
public final class NodeHost implements PluginHost {
    private static final String ERROR_PREFIX = "Plugin-originated error: ";

    /** The versions of the JS SDK that {@code test-harness/js} installs. */
    public enum Sdk {
        /** {@code @extism/extism} 1.0.3, the npm {@code latest}: host id {@code "node"}. */
        V1_0("node", "@extism/extism", "1.0.3", "1"),
        /** {@code @extism/extism} 2.0.0-rc13 (npm alias {@code @extism/extism-2}): host id {@code "node2"}. */
        V2_0("node2", "@extism/extism-2", "2.0.0-rc13", "2");

        private final String hostName;
        private final String npmPackage;
        private final String version;
        private final String wireName;

        Sdk(String hostName, String npmPackage, String version, String wireName) {
            this.hostName = hostName;
            this.npmPackage = npmPackage;
            this.version = version;
            this.wireName = wireName;
        }

        /** The host id used in {@link ExtismPlugin#host()} and {@link LoadedPlugin#hostName()}. */
        public String hostName() {
            return hostName;
        }

        /** The directory name under {@code test-harness/js/node_modules}. */
        public String npmPackage() {
            return npmPackage;
        }

        /** The SDK version pinned in {@code test-harness/js/package.json}. */
        public String version() {
            return version;
        }

        /** The SDK whose host id is {@code hostName}, or null. */
        static Sdk forHostName(String hostName) {
            for (Sdk sdk : values()) {
                if (sdk.hostName.equals(hostName)) {
                    return sdk;
                }
            }
            return null;
        }
    }

    private final Path script;
    private final Sdk sdk;

    /** JS SDK 1.0.3, with the script found from the working directory upwards (or {@code -Djavapdk.jsHost}). */
    public NodeHost() {
        this(Sdk.V1_0);
    }

    /** The given SDK version, with the script found as for {@link #NodeHost()}. */
    public NodeHost(Sdk sdk) {
        this(defaultScript(), sdk);
    }

    public NodeHost(Path script) {
        this(script, Sdk.V1_0);
    }

    public NodeHost(Path script, Sdk sdk) {
        this.script = script;
        this.sdk = Objects.requireNonNull(sdk, "sdk");
    }

    /** Whether node and the installed JS SDK 1.0 are there, so tests can say why they cannot run. */
    public static String unavailableReason() {
        return unavailableReason(Sdk.V1_0);
    }

    /** Whether node and the installed JS SDK {@code sdk} are there; null if they are. */
    public static String unavailableReason(Sdk sdk) {
        Path script = defaultScript();
        if (script == null || !Files.isRegularFile(script)) {
            return "test-harness/js/host.mjs not found from " + Path.of("").toAbsolutePath();
        }
        if (!Files.isDirectory(script.getParent().resolve("node_modules").resolve(sdk.npmPackage()))) {
            return "the JS SDK " + sdk.version() + " is not installed: run npm ci in " + script.getParent();
        }
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor() == 0 ? null : "node --version failed";
        } catch (IOException e) {
            return "node is not on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static Path defaultScript() {
        String configured = System.getProperty("javapdk.jsHost");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("test-harness/js/host.mjs");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            if (dir.getFileName() != null && dir.getFileName().toString().equals("test-harness")
                    && Files.isRegularFile(dir.resolve("js/host.mjs"))) {
                return dir.resolve("js/host.mjs");
            }
        }
        return null;
    }

    /** The SDK version this host runs. */
    public Sdk sdk() {
        return sdk;
    }

    @Override
    public String name() {
        return sdk.hostName();
    }

    @Override
    public LoadedPlugin load(PluginSpec spec) {
        Path wasm = spec.wasmPath().orElseThrow(() -> new PluginLoadException(
                "the Node host loads plug-ins from files; " + spec.name() + " was given as bytes"));
        if (!Files.isRegularFile(wasm)) {
            throw new PluginLoadException(ChicoryHost.notFoundMessage(wasm));
        }
        if (script == null) {
            throw new PluginLoadException("Node host: " + unavailableReason(sdk));
        }
        try {
            Process process = new ProcessBuilder("node", script.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            NodePlugin plugin = new NodePlugin(spec, sdk, process, ModuleInfo.read(wasm).functionExports());
            Map<String, Object> load = new LinkedHashMap<>();
            load.put("sdk", sdk.wireName);
            load.put("wasm", wasm.toString());
            load.put("config", spec.config());
            load.put("allowedHosts", spec.allowedHosts());
            load.put("logLevel", spec.logLevel().name().toLowerCase(Locale.ROOT));
            load.put("httpResponseHeaders", spec.httpResponseHeaders());
            Map<String, Object> answer = plugin.exchange(load);
            if (!Boolean.TRUE.equals(answer.get("ok"))) {
                plugin.close();
                throw new PluginLoadException("the JS SDK " + sdk.version() + " refused " + spec.name() + ": "
                        + answer.get("error"));
            }
            plugin.noteMemory(answer);
            return plugin;
        } catch (IOException e) {
            throw new PluginLoadException("cannot start node for " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    private static final class NodePlugin implements LoadedPlugin {
        private final PluginSpec spec;
        private final Sdk sdk;
        private final Process process;
        private final OutputStream requests;
        private final BufferedReader replies;
        private final Set<String> functions;
        private final List<LogEntry> logs = new ArrayList<>();
        private long memoryBytes = -1;
        private boolean closed;

        NodePlugin(PluginSpec spec, Sdk sdk, Process process, Set<String> functions) {
            this.spec = spec;
            this.sdk = sdk;
            this.process = process;
            this.requests = process.getOutputStream();
            this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.functions = functions;
        }

        synchronized void noteMemory(Map<String, Object> answer) {
            memoryBytes = answer.get("memory") instanceof Number n ? n.longValue() : -1;
        }

        synchronized Map<String, Object> exchange(Map<String, Object> request) throws IOException {
            requests.write(JSON.std.asBytes(request));
            requests.write('\n');
            requests.flush();
            String line = replies.readLine();
            if (line == null) {
                throw new IOException("node exited (" + spec.name() + ")");
            }
            return JSON.std.mapFrom(line);
        }

        @Override
        public synchronized byte[] call(String function, byte[] input) {
            if (closed) {
                throw new IllegalStateException("plug-in " + spec.name() + " is closed");
            }
            if (!functions.contains(function)) {
                throw new IllegalArgumentException("no function '" + function + "' in " + spec.name()
                        + "; it exports " + functions);
            }
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("fn", function);
            request.put("input", Base64.getEncoder().encodeToString(input));
            Map<String, Object> answer;
            try {
                answer = exchange(request);
            } catch (IOException e) {
                throw new PluginTrapException(function, "the Node host failed: " + e.getMessage(), e);
            }
            noteMemory(answer);
            if (answer.get("logs") instanceof List<?> entries) {
                for (Object entry : entries) {
                    List<?> pair = (List<?>) entry;
                    logs.add(new LogEntry(LogLevel.valueOf(pair.get(0).toString().toUpperCase(Locale.ROOT)),
                            pair.get(1).toString()));
                }
            }
            if (Boolean.TRUE.equals(answer.get("ok"))) {
                return Base64.getDecoder().decode(String.valueOf(answer.get("output")));
            }
            String error = String.valueOf(answer.get("error"));
            if (error.startsWith(ERROR_PREFIX)) {
                throw new PluginCallException(function, error.substring(ERROR_PREFIX.length()));
            }
            throw new PluginTrapException(function, error, null);
        }

        @Override
        public boolean hasFunction(String function) {
            return functions.contains(function);
        }

        @Override
        public Set<String> functions() {
            return functions;
        }

        @Override
        public synchronized List<LogEntry> logs() {
            return List.copyOf(logs);
        }

        @Override
        public synchronized void clearLogs() {
            logs.clear();
        }

        @Override
        public synchronized OptionalLong linearMemoryBytes() {
            return memoryBytes < 0 ? OptionalLong.empty() : OptionalLong.of(memoryBytes);
        }

        @Override
        public PluginSpec spec() {
            return spec;
        }

        @Override
        public String hostName() {
            return sdk.hostName();
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                try {
                    requests.close();
                } catch (IOException e) {
                    // The process is going anyway.
                }
                process.destroy();
            }
        }
    }
}
