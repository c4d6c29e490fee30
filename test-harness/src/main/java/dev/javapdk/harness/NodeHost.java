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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Extism JS SDK in Node: an independent host, in two versions ({@link Sdk}). Each plug-in runs
 * in a {@code node host.mjs} process spoken to in JSON lines.
 *
 * <p>Needs {@code node} and {@code npm} on the PATH: the harness jar carries {@code host.mjs} and
 * its npm lock file, and the first Node test copies them to {@code ~/.cache/javapdk} and runs
 * {@code npm ci} there once ({@code -Djavapdk.cacheDir} moves the cache; {@code -Djavapdk.jsHost}
 * names a {@code host.mjs} of your own, with {@code node_modules} beside it). The JS SDK 1.0 lacks {@code log_trace}, {@code get_log_level} and {@code http_headers}: a
 * plug-in that imports them does not load there, which is the point of testing on it. The 2.0 line
 * has them.
 *
 * <p>Call timeouts ({@link PluginSpec#timeoutMillis()}): on 2.0 the plug-in then runs in a worker
 * with the SDK's {@code timeoutMs}, which replaces the worker (a fresh instance, vars kept) when a
 * call runs too long; 1.0.3 has no timeout, so the harness kills the node process and starts a new
 * one with the same plug-in (a fresh instance, vars lost). Either way the call throws
 * {@link PluginTimeoutException} and the {@link LoadedPlugin} stays usable.
 *
 * <pre>{@code
 * try (LoadedPlugin plugin = new NodeHost().load(PluginSpec.builder(Path.of("target/greet.wasm")).build())) {
 *     assertEquals("Hello, Benjamin!", plugin.call("greet", "Benjamin"));
 * }
 * }</pre>
 */
public final class NodeHost implements PluginHost {
    private static final String ERROR_PREFIX = "Plugin-originated error: ";

    /** How long past its own timeout the 2.0 SDK may take to give up a call before node is killed. */
    private static final long SDK_TIMEOUT_GRACE_MILLIS = 10_000;
    /** How long a load may take before the harness gives up on the SDK (a big module loads in seconds). */
    private static final long LOAD_TIMEOUT_MILLIS = 120_000;

    /** The versions of the JS SDK that the harness's {@code package.json} installs. */
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

        /** The directory name under {@code node_modules}. */
        public String npmPackage() {
            return npmPackage;
        }

        /** The SDK version pinned in the harness's {@code package.json}. */
        public String version() {
            return version;
        }

        /** Whether the SDK enforces call timeouts itself (in a worker). */
        boolean hasTimeouts() {
            return this == V2_0;
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

    /** JS SDK 1.0.3, with the script the harness ships (or {@code -Djavapdk.jsHost}), set up at the first load. */
    public NodeHost() {
        this(Sdk.V1_0);
    }

    /** The given SDK version, with the script found as for {@link #NodeHost()}. */
    public NodeHost(Sdk sdk) {
        this(null, sdk);
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

    /**
     * Null if node and the JS SDK {@code sdk} are there; otherwise what is missing and how to
     * install it. Sets up the shipped Node host (npm ci in the cache) the first time it is asked.
     */
    public static String unavailableReason(Sdk sdk) {
        return JsHostFiles.unavailableReason(sdk);
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
        Path wasm = spec.wasmPath()
                .orElseThrow(() -> new PluginLoadException(
                        "the Node host loads plug-ins from files; " + spec.name() + " was given as bytes"));
        if (!Files.isRegularFile(wasm)) {
            throw new PluginLoadException(ChicoryHost.notFoundMessage(wasm));
        }
        Path script = this.script != null ? this.script : JsHostFiles.script(sdk);
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("sdk", sdk.wireName);
        load.put("wasm", wasm.toString());
        load.put("config", spec.config());
        load.put("allowedHosts", spec.allowedHosts());
        load.put("logLevel", spec.logLevel().name().toLowerCase(Locale.ROOT));
        load.put("httpResponseHeaders", spec.httpResponseHeaders());
        load.put("wasi", spec.wasi());
        if (sdk.hasTimeouts() && spec.timeoutMillis() > 0) {
            load.put("timeoutMs", spec.timeoutMillis());
        }
        load.put("hostFunctions", hostFunctionSpecs(spec.hostFunctions()));
        NodePlugin plugin =
                new NodePlugin(spec, sdk, script, load, ModuleInfo.read(wasm).functionExports());
        plugin.start();
        return plugin;
    }

    /** The load request's description of each host function (host.mjs's wire types). */
    static List<Map<String, Object>> hostFunctionSpecs(HostFunctions functions) {
        List<Map<String, Object>> specs = new ArrayList<>();
        for (HostFunctions.Definition definition : functions.definitions()) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("module", definition.module());
            spec.put("name", definition.name());
            spec.put(
                    "params",
                    definition.parameterWireTypes().stream()
                            .map(NodeHost::wireName)
                            .toList());
            spec.put("result", wireName(definition.resultWireType()));
            specs.add(spec);
        }
        return specs;
    }

    private static String wireName(HostFunctions.WireType type) {
        return type == HostFunctions.WireType.BLOCK
                ? "block"
                : type == HostFunctions.WireType.VOID ? "void" : type.wasmType();
    }

    /**
     * Answers one {@code hostCall} of host.mjs: runs the function on the decoded arguments and
     * encodes its result (see host.mjs for the wire format), or the error it threw.
     */
    static Map<String, Object> answerHostCall(HostFunctions functions, Map<?, ?> call) {
        Map<String, Object> reply = new LinkedHashMap<>();
        try {
            HostFunctions.Definition definition = functions.definitions().get(((Number) call.get("index")).intValue());
            List<?> args = (List<?>) call.get("args");
            List<HostFunctions.WireType> types = definition.parameterWireTypes();
            Object[] wire = new Object[types.size()];
            for (int i = 0; i < wire.length; i++) {
                Object arg = args.get(i);
                wire[i] = switch (types.get(i)) {
                    case I32 -> ((Number) arg).intValue();
                    case I64 -> Long.parseLong(arg.toString());
                    case F32 -> (float) Double.parseDouble(arg.toString());
                    case F64 -> Double.parseDouble(arg.toString());
                    default -> arg == null ? null : Base64.getDecoder().decode(arg.toString());
                };
            }
            Object value = definition.invoke(wire);
            reply.put("ok", true);
            reply.put(
                    "value",
                    switch (definition.resultWireType()) {
                        case I32 -> value;
                        // Exact as decimal text: a float widened to double is exact too.
                        case I64, F64 -> value.toString();
                        case F32 -> Double.toString((Float) value);
                        case BLOCK -> value == null ? null : Base64.getEncoder().encodeToString((byte[]) value);
                        case VOID -> null;
                    });
        } catch (RuntimeException e) {
            reply.put("ok", false);
            reply.put("error", e instanceof HostFunctions.HostFunctionException ? e.getMessage() : e.toString());
        }
        return Map.of("hostReply", reply);
    }

    /** Adds the {@code [[level, message], ...]} log lines of a JS host's reply (host.mjs, chromium-host.mjs). */
    static void addLogs(Map<String, Object> answer, List<LogEntry> logs) {
        if (answer.get("logs") instanceof List<?> entries) {
            for (Object entry : entries) {
                List<?> pair = (List<?>) entry;
                logs.add(new LogEntry(
                        LogLevel.valueOf(pair.get(0).toString().toUpperCase(Locale.ROOT)),
                        pair.get(1).toString()));
            }
        }
    }

    /**
     * A failed call of a JS host: the plug-in's own error (the SDK's "Plugin-originated error: "
     * prefix) as {@link PluginCallException}, anything else as a trap, with {@code note} appended.
     */
    static RuntimeException callFailure(String function, String error, String note) {
        if (error.startsWith(ERROR_PREFIX)) {
            return new PluginCallException(function, error.substring(ERROR_PREFIX.length()));
        }
        return new PluginTrapException(function, error + note, null);
    }

    /** One node process running host.mjs, and the thread that reads its replies. */
    private static final class NodeProcess {
        private static final String EOF = new String("<eof>");
        private final Process process;
        private final OutputStream requests;
        private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        private final HostFunctions hostFunctions;

        NodeProcess(Process process, HostFunctions hostFunctions) {
            this.process = process;
            this.hostFunctions = hostFunctions;
            this.requests = process.getOutputStream();
            Thread reader = new Thread(this::readReplies, "node-host-replies-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        private void readReplies() {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    replies.add(line);
                }
            } catch (IOException e) {
                // The process died or was killed: the same as the end of its output.
            }
            replies.add(EOF);
        }

        /** Sends one request; returns the reply, or null if none came within {@code timeoutMillis} (0: no limit). */
        Map<String, Object> exchange(Map<String, Object> request, long timeoutMillis, String name) throws IOException {
            send(request);
            // Host calls (the plug-in calling a host function) may come before the reply: answer them.
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            for (; ; ) {
                String line;
                try {
                    long left = deadline - System.nanoTime();
                    line = timeoutMillis <= 0
                            ? replies.take()
                            : left > 0 ? replies.poll(left, TimeUnit.NANOSECONDS) : replies.poll();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for node (" + name + ")", e);
                }
                if (line == null) {
                    return null;
                }
                if (line == EOF) {
                    replies.add(EOF);
                    throw new IOException("node exited (" + name + ")");
                }
                Map<String, Object> answer = JSON.std.mapFrom(line);
                if (answer.get("hostCall") instanceof Map<?, ?> call) {
                    send(answerHostCall(hostFunctions, call));
                    continue;
                }
                return answer;
            }
        }

        private void send(Map<String, Object> message) throws IOException {
            requests.write(JSON.std.asBytes(message));
            requests.write('\n');
            requests.flush();
        }

        void stop() {
            try {
                requests.close();
            } catch (IOException e) {
                // The process is going anyway.
            }
            process.destroy();
        }

        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class NodePlugin implements LoadedPlugin {
        private final PluginSpec spec;
        private final Sdk sdk;
        private final Path script;
        private final Map<String, Object> load;
        private final Set<String> functions;
        private final List<LogEntry> logs = new ArrayList<>();
        private NodeProcess node;
        private long memoryBytes = -1;
        private boolean closed;

        NodePlugin(PluginSpec spec, Sdk sdk, Path script, Map<String, Object> load, Set<String> functions) {
            this.spec = spec;
            this.sdk = sdk;
            this.script = script;
            this.load = load;
            this.functions = functions;
        }

        /** Starts node and loads the plug-in in it; at load and after a timeout killed the last one. */
        synchronized void start() {
            Process process;
            try {
                process = new ProcessBuilder("node", script.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                throw new PluginLoadException("cannot start node for " + spec.name() + ": " + e.getMessage(), e);
            }
            node = new NodeProcess(process, spec.hostFunctions());
            Map<String, Object> answer;
            try {
                answer = node.exchange(load, LOAD_TIMEOUT_MILLIS, spec.name());
            } catch (IOException e) {
                node.kill();
                throw new PluginLoadException(
                        "the JS SDK " + sdk.version() + " did not load " + spec.name() + ": " + e.getMessage(), e);
            }
            if (answer == null) {
                // Seen: the JS SDK 1.0.3 in a worker never answers when it refuses a module's imports.
                node.kill();
                closed = true;
                throw new PluginLoadException("the JS SDK " + sdk.version() + " did not answer the load of "
                        + spec.name() + " within " + LOAD_TIMEOUT_MILLIS / 1000 + " s (the JS SDK 1.0.3 in a worker "
                        + "hangs instead of refusing a module that imports what it lacks, such as http_headers)");
            }
            if (!Boolean.TRUE.equals(answer.get("ok"))) {
                node.stop();
                closed = true;
                throw new PluginLoadException(
                        "the JS SDK " + sdk.version() + " refused " + spec.name() + ": " + answer.get("error"));
            }
            noteMemory(answer);
        }

        private void noteMemory(Map<String, Object> answer) {
            memoryBytes = answer.get("memory") instanceof Number n ? n.longValue() : -1;
        }

        @Override
        public synchronized byte[] call(String function, byte[] input) {
            if (closed) {
                throw new IllegalStateException("plug-in " + spec.name() + " is closed");
            }
            if (!functions.contains(function)) {
                throw new IllegalArgumentException(
                        "no function '" + function + "' in " + spec.name() + "; it exports " + functions);
            }
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("fn", function);
            request.put("input", Base64.getEncoder().encodeToString(input == null ? new byte[0] : input));
            long timeout = spec.timeoutMillis();
            // 2.0 stops the call itself; the grace only catches an SDK that fails to.
            long wait = timeout <= 0 ? 0 : sdk.hasTimeouts() ? timeout + SDK_TIMEOUT_GRACE_MILLIS : timeout;
            Map<String, Object> answer;
            try {
                answer = node.exchange(request, wait, spec.name());
            } catch (IOException e) {
                throw new PluginTrapException(function, "the Node host failed: " + e.getMessage(), e);
            }
            if (answer == null) {
                // The plug-in is still running (1.0.3 cannot stop it; it blocks node's event loop).
                node.kill();
                try {
                    start();
                } catch (PluginLoadException e) {
                    closed = true;
                    throw new PluginTimeoutException(
                            function,
                            timeout,
                            "the node process was killed and could not" + " be restarted, so the plug-in is closed: "
                                    + e.getMessage(),
                            e);
                }
                throw new PluginTimeoutException(
                        function,
                        timeout,
                        "the node process was killed and restarted"
                                + " with a fresh instance of the plug-in (vars and module state are reset)",
                        null);
            }
            noteMemory(answer);
            addLogs(answer, logs);
            if (Boolean.TRUE.equals(answer.get("ok"))) {
                return Base64.getDecoder().decode(String.valueOf(answer.get("output")));
            }
            String error = String.valueOf(answer.get("error"));
            if (Boolean.TRUE.equals(answer.get("timeout"))) {
                throw new PluginTimeoutException(
                        function,
                        timeout,
                        "the JS SDK " + sdk.version()
                                + " replaced its worker with a fresh instance (module state is reset, vars are kept)",
                        null);
            }
            throw callFailure(function, error, reloadedNote(answer));
        }

        /** host.mjs reloads a plug-in whose worker the SDK closed after a host function threw. */
        private String reloadedNote(Map<String, Object> answer) {
            return Boolean.TRUE.equals(answer.get("reloaded"))
                    ? " (the JS SDK " + sdk.version() + " closes a plug-in in a worker when a host function"
                            + " throws, which the harness cannot tell from other traps there, so it loaded a fresh"
                            + " instance: module state and vars are reset)"
                    : "";
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
        public synchronized void reset() {
            if (closed) {
                throw new IllegalStateException("plug-in " + spec.name() + " is closed");
            }
            try {
                Map<String, Object> answer = node.exchange(Map.of("reset", true), 0, spec.name());
                if (answer == null || !Boolean.TRUE.equals(answer.get("ok"))) {
                    throw new IllegalStateException("reset failed on " + hostName() + ": "
                            + (answer == null ? "no answer" : answer.get("error")));
                }
            } catch (IOException e) {
                throw new IllegalStateException("reset failed on " + hostName() + ": " + e.getMessage(), e);
            }
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
                node.stop();
            }
        }

        @Override
        public String toString() {
            return "LoadedPlugin[" + sdk.hostName() + ", " + spec.name() + (closed ? ", closed]" : "]");
        }
    }
}
