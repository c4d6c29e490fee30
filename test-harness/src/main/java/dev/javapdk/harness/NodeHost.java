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
import java.util.Set;

/**
 * The Extism JS SDK ({@code @extism/extism} 1.0.3, npm) in Node: a second, independent host.
 * Each plug-in runs in a {@code node test-harness/js/host.mjs} process spoken to in JSON lines.
 *
 * <p>Needs {@code node} on the PATH and {@code npm ci} run in {@code test-harness/js} (.ci/run does
 * both). The JS SDK 1.0 lacks {@code log_trace}, {@code get_log_level} and {@code http_headers}: a
 * plug-in that imports them does not load here, which is the point of testing on it.
 *
 * <pre>{@code
 * try (LoadedPlugin plugin = new NodeHost().load(PluginSpec.builder(Path.of("target/greet.wasm")).build())) {
 *     assertEquals("Hello, Benjamin!", plugin.call("greet", "Benjamin"));
 * }
 * }</pre>
 */
public final class NodeHost implements PluginHost {
    private static final String ERROR_PREFIX = "Plugin-originated error: ";
    private final Path script;

    /** The host with the script found from the working directory upwards (or {@code -Djavapdk.jsHost}). */
    public NodeHost() {
        this(defaultScript());
    }

    public NodeHost(Path script) {
        this.script = script;
    }

    /** Whether node and the installed JS SDK are there, so tests can say why they cannot run. */
    public static String unavailableReason() {
        Path script = defaultScript();
        if (script == null || !Files.isRegularFile(script)) {
            return "test-harness/js/host.mjs not found from " + Path.of("").toAbsolutePath();
        }
        if (!Files.isDirectory(script.getParent().resolve("node_modules/@extism/extism"))) {
            return "the JS SDK is not installed: run npm ci in " + script.getParent();
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

    @Override
    public String name() {
        return "node";
    }

    @Override
    public LoadedPlugin load(PluginSpec spec) {
        Path wasm = spec.wasmPath().orElseThrow(() -> new PluginLoadException(
                "the Node host loads plug-ins from files; " + spec.name() + " was given as bytes"));
        if (!Files.isRegularFile(wasm)) {
            throw new PluginLoadException(ChicoryHost.notFoundMessage(wasm));
        }
        if (script == null) {
            throw new PluginLoadException("Node host: " + unavailableReason());
        }
        try {
            Process process = new ProcessBuilder("node", script.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            NodePlugin plugin = new NodePlugin(spec, process, ModuleInfo.read(wasm).functionExports());
            Map<String, Object> load = new LinkedHashMap<>();
            load.put("wasm", wasm.toString());
            load.put("config", spec.config());
            load.put("allowedHosts", spec.allowedHosts());
            Map<String, Object> answer = plugin.exchange(load);
            if (!Boolean.TRUE.equals(answer.get("ok"))) {
                plugin.close();
                throw new PluginLoadException("the JS SDK refused " + spec.name() + ": " + answer.get("error"));
            }
            return plugin;
        } catch (IOException e) {
            throw new PluginLoadException("cannot start node for " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    private static final class NodePlugin implements LoadedPlugin {
        private final PluginSpec spec;
        private final Process process;
        private final OutputStream requests;
        private final BufferedReader replies;
        private final Set<String> functions;
        private final List<LogEntry> logs = new ArrayList<>();
        private boolean closed;

        NodePlugin(PluginSpec spec, Process process, Set<String> functions) {
            this.spec = spec;
            this.process = process;
            this.requests = process.getOutputStream();
            this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.functions = functions;
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
        public PluginSpec spec() {
            return spec;
        }

        @Override
        public String hostName() {
            return "node";
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
