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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Extism JS SDK's browser build in headless Chromium: host id {@code "chromium"}. The SDK runs
 * in a web page, as it would in a web application, on the browser's WebAssembly engine, with the
 * browser's {@code fetch} for HTTP.
 *
 * <p>One {@code node test-harness/js/chromium-host.mjs} process per JVM starts one Chromium (the
 * installed one, through the npm package {@code playwright-core}; no browser is downloaded) and
 * gives every loaded plug-in a page of its own. The browser starts with the first load (a few
 * seconds) and stops with the JVM.
 *
 * <p>Needs {@code node}, {@code npm ci} run in {@code test-harness/js}, and Chromium: Debian's
 * {@code chromium} package ({@code /usr/bin/chromium}), or the executable named by
 * {@code -Djavapdk.chromium=/path}. Tests on this host are skipped, with the reason, where any of
 * these is missing.
 *
 * <p>It runs the JS SDK 2.0.0-rc13 by default: Chromium has JSPI ({@code WebAssembly.Suspending}),
 * so 2.0 performs a plug-in's HTTP in the page itself. A call that runs past
 * {@link PluginSpec#timeoutMillis()} cannot be stopped inside the page: the harness closes the page
 * and loads the plug-in into a new one (a fresh instance, vars lost) before it throws
 * {@link PluginTimeoutException}.
 *
 * <pre>{@code
 * try (LoadedPlugin plugin = Plugins.builder(Path.of("target/greet.wasm")).host(Plugins.host("chromium")).build()) {
 *     assertEquals("Hello, Benjamin!", plugin.call("greet", "Benjamin"));
 * }
 * }</pre>
 */
public final class ChromiumHost implements PluginHost {
    /** The host id in {@link ExtismPlugin#host()} and {@link LoadedPlugin#hostName()}. */
    public static final String NAME = "chromium";

    private static final String SCRIPT = "chromium-host.mjs";
    private static final long START_MILLIS = 120_000;
    private static final long CLOSE_MILLIS = 10_000;

    /** The driver shared by every plug-in of this JVM; replaced if it dies. */
    private static Driver driver;

    private final NodeHost.Sdk sdk;

    /** The JS SDK 2.0.0-rc13's browser build. */
    public ChromiumHost() {
        this(NodeHost.Sdk.V2_0);
    }

    /** The browser build of the given JS SDK version (1.0.3's performs no HTTP in the foreground). */
    public ChromiumHost(NodeHost.Sdk sdk) {
        this.sdk = Objects.requireNonNull(sdk, "sdk");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The Chromium executable: {@code -Djavapdk.chromium}, else the first of the usual paths that exists. */
    public static Path chromiumExecutable() {
        String configured = System.getProperty("javapdk.chromium");
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured);
        }
        for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /** Null if node, the JS SDK, playwright-core and Chromium are all there; else what is missing. */
    public static String unavailableReason() {
        Path executable = chromiumExecutable();
        if (executable == null || !Files.isExecutable(executable)) {
            return "Chromium is not installed (apt-get install chromium, or -Djavapdk.chromium=/path/to/chrome)"
                    + (executable == null ? "" : ": " + executable + " is not an executable file");
        }
        String node = NodeHost.unavailableReason(NodeHost.Sdk.V2_0);
        if (node != null) {
            return node;
        }
        Path script = script();
        if (!Files.isRegularFile(script)) {
            return script + " not found";
        }
        // Node resolves packages from the script's folder or any folder above it (the shipped host
        // keeps node_modules one level up); so does this check.
        for (Path dir = script.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("node_modules").resolve("playwright-core"))) {
                return null;
            }
        }
        return "playwright-core is not installed next to " + script + ": run npm ci there";
    }

    /** chromium-host.mjs, beside the Node host's host.mjs (shipped in the harness jar, or -Djavapdk.jsHost). */
    private static Path script() {
        return JsHostFiles.script(NodeHost.Sdk.V2_0).resolveSibling(SCRIPT);
    }

    @Override
    public LoadedPlugin load(PluginSpec spec) {
        Path wasm = spec.wasmPath()
                .orElseThrow(() -> new PluginLoadException(
                        "the chromium host loads plug-ins from files; " + spec.name() + " was given as bytes"));
        if (!Files.isRegularFile(wasm)) {
            throw new PluginLoadException(ChicoryHost.notFoundMessage(wasm));
        }
        if (spec.wasi()) {
            // The browser build's WASI is a polyfill the harness has not wired up: say so instead of
            // failing on the first missing import.
            throw new PluginLoadException(
                    "the chromium host does not offer WASI (yet); use chicory, node or node2 for " + spec.name());
        }
        String missing = unavailableReason();
        if (missing != null) {
            throw new PluginLoadException("chromium host: " + missing);
        }
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("op", "load");
        load.put("sdk", sdk == NodeHost.Sdk.V1_0 ? "1" : "2");
        load.put("wasm", wasm.toString());
        load.put("config", spec.config());
        load.put("allowedHosts", spec.allowedHosts());
        load.put("logLevel", spec.logLevel().name().toLowerCase(Locale.ROOT));
        load.put("httpResponseHeaders", spec.httpResponseHeaders());
        load.put("hostFunctions", NodeHost.hostFunctionSpecs(spec.hostFunctions()));
        ChromiumPlugin plugin =
                new ChromiumPlugin(spec, load, ModuleInfo.read(wasm).functionExports());
        plugin.open();
        return plugin;
    }

    private static final AtomicLong HOST_KEYS = new AtomicLong();

    /** The running driver, started on first use (or again after it died). */
    private static synchronized Driver driver() {
        if (driver == null || !driver.process.isAlive()) {
            driver = Driver.start(script(), chromiumExecutable());
        }
        return driver;
    }

    /** One node process with one Chromium; requests and replies matched by id. */
    private static final class Driver {
        private final Process process;
        private final OutputStream requests;
        private final Map<Long, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
        private final CompletableFuture<Map<String, Object>> ready = new CompletableFuture<>();
        private final AtomicLong ids = new AtomicLong();
        /** The host functions of the plug-ins loaded in this browser, by the key their load carried. */
        final Map<String, HostFunctions> hostFunctions = new ConcurrentHashMap<>();

        private Driver(Process process) {
            this.process = process;
            this.requests = process.getOutputStream();
            Thread reader = new Thread(this::readReplies, "chromium-host-replies-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        static Driver start(Path script, Path chromium) {
            Process process;
            try {
                process = new ProcessBuilder("node", script.toString(), chromium.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                throw new PluginLoadException("cannot start node for the chromium host: " + e.getMessage(), e);
            }
            Driver started = new Driver(process);
            // The browser goes with the JVM; closing stdin lets the script close Chromium first.
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "chromium-host-stop"));
            Map<String, Object> answer;
            try {
                answer = started.ready.get(START_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                started.kill();
                throw new PluginLoadException("interrupted while starting Chromium", e);
            } catch (ExecutionException | TimeoutException e) {
                started.kill();
                throw new PluginLoadException("Chromium did not start within " + START_MILLIS + " ms (" + chromium
                        + "): " + (e.getCause() == null ? e : e.getCause()).getMessage());
            }
            if (!Boolean.TRUE.equals(answer.get("ready"))) {
                started.kill();
                throw new PluginLoadException("Chromium did not start (" + chromium + "): " + answer.get("error"));
            }
            return started;
        }

        private void readReplies() {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Map<String, Object> reply;
                    try {
                        reply = JSON.std.mapFrom(line);
                    } catch (IOException e) {
                        continue; // not one of the script's replies (a library writing to stdout)
                    }
                    if (reply.get("hostCall") instanceof Map<?, ?> call) {
                        answerHostCall(call);
                        continue;
                    }
                    if (!(reply.get("id") instanceof Number id)) {
                        ready.complete(reply);
                        continue;
                    }
                    // A reply nobody waits for any more (its call timed out) is dropped.
                    CompletableFuture<Map<String, Object>> waiting = pending.remove(id.longValue());
                    if (waiting != null) {
                        waiting.complete(reply);
                    }
                }
            } catch (IOException e) {
                // The process died or was killed: the same as the end of its output.
            }
            IOException gone = new IOException("the chromium host's node process exited");
            ready.completeExceptionally(gone);
            pending.values().forEach(f -> f.completeExceptionally(gone));
        }

        /**
         * Runs a host function a page asked for (the plug-in waits, suspended, meanwhile) and sends
         * its result back; the function's exception becomes the reply's error, which the page throws.
         */
        private void answerHostCall(Map<?, ?> call) {
            HostFunctions functions = hostFunctions.get(String.valueOf(call.get("key")));
            Map<Object, Object> answer;
            try {
                answer = new LinkedHashMap<>(
                        functions == null
                                ? Map.of("ok", false, "error", "the plug-in was closed")
                                : (Map<?, ?>)
                                        NodeHost.answerHostCall(functions, call).get("hostReply"));
            } catch (RuntimeException e) {
                // This thread reads every reply of the browser: it must not die with a bad call.
                answer = new LinkedHashMap<>(Map.of("ok", false, "error", String.valueOf(e)));
            }
            answer.put("callId", call.get("callId"));
            try {
                send(Map.of("hostReply", answer));
            } catch (IOException e) {
                // The process is gone; its pending requests fail with it.
            }
        }

        private void send(Map<String, Object> message) throws IOException {
            synchronized (requests) {
                requests.write(JSON.std.asBytes(message));
                requests.write('\n');
                requests.flush();
            }
        }

        /** Sends one request; the reply, or null if none came within {@code timeoutMillis} (0: no limit). */
        Map<String, Object> exchange(Map<String, Object> request, long timeoutMillis) throws IOException {
            long id = ids.incrementAndGet();
            CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
            pending.put(id, reply);
            Map<String, Object> message = new LinkedHashMap<>(request);
            message.put("id", id);
            try {
                send(message);
                return timeoutMillis > 0 ? reply.get(timeoutMillis, TimeUnit.MILLISECONDS) : reply.get();
            } catch (TimeoutException e) {
                pending.remove(id);
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Chromium", e);
            } catch (ExecutionException e) {
                throw new IOException(e.getCause().getMessage(), e.getCause());
            }
        }

        void stop() {
            try {
                requests.close();
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (IOException e) {
                // The process is going anyway.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kill();
        }

        void kill() {
            process.destroyForcibly();
        }
    }

    private final class ChromiumPlugin implements LoadedPlugin {
        private final PluginSpec spec;
        private final Map<String, Object> load;
        private final Set<String> functions;
        private final List<LogEntry> logs = new ArrayList<>();
        private Driver browser;
        private String page;
        private long memoryBytes = -1;
        private boolean closed;
        /** Names this plug-in's host functions in the driver's host calls. */
        private final String hostKey = "h" + HOST_KEYS.incrementAndGet();

        ChromiumPlugin(PluginSpec spec, Map<String, Object> load, Set<String> functions) {
            this.spec = spec;
            this.load = load;
            this.functions = functions;
        }

        /** Loads the plug-in into a new page: at load, and after a timeout closed the last one. */
        synchronized void open() {
            browser = driver();
            browser.hostFunctions.put(hostKey, spec.hostFunctions());
            load.put("hostKey", hostKey);
            Map<String, Object> answer;
            try {
                answer = browser.exchange(load, 0);
            } catch (IOException e) {
                throw new PluginLoadException(
                        "the JS SDK " + sdk.version() + " in Chromium did not load " + spec.name() + ": "
                                + e.getMessage(),
                        e);
            }
            if (!Boolean.TRUE.equals(answer.get("ok"))) {
                closed = true;
                browser.hostFunctions.remove(hostKey);
                throw new PluginLoadException("the JS SDK " + sdk.version() + " in Chromium refused " + spec.name()
                        + ": " + answer.get("error"));
            }
            page = String.valueOf(answer.get("plugin"));
            memoryBytes = answer.get("memory") instanceof Number n ? n.longValue() : -1;
        }

        private Map<String, Object> request(String op, long timeoutMillis, String what) {
            if (closed) {
                throw new IllegalStateException("plug-in " + spec.name() + " is closed");
            }
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("op", op);
            request.put("plugin", page);
            try {
                return browser.exchange(request, timeoutMillis);
            } catch (IOException e) {
                throw new IllegalStateException(what + " failed on chromium: " + e.getMessage(), e);
            }
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
            request.put("op", "call");
            request.put("plugin", page);
            request.put("fn", function);
            request.put("input", Base64.getEncoder().encodeToString(input == null ? new byte[0] : input));
            long timeout = spec.timeoutMillis();
            Map<String, Object> answer;
            try {
                answer = browser.exchange(request, timeout);
            } catch (IOException e) {
                throw new PluginTrapException(function, "the chromium host failed: " + e.getMessage(), e);
            }
            if (answer == null) {
                throw timedOut(function, timeout);
            }
            memoryBytes = answer.get("memory") instanceof Number n ? n.longValue() : -1;
            NodeHost.addLogs(answer, logs);
            if (Boolean.TRUE.equals(answer.get("ok"))) {
                return Base64.getDecoder().decode(String.valueOf(answer.get("output")));
            }
            throw NodeHost.callFailure(function, String.valueOf(answer.get("error")), "");
        }

        /** The page is stuck in the plug-in: close it and load a fresh instance into a new one. */
        private PluginTimeoutException timedOut(String function, long timeout) {
            try {
                request("close", CLOSE_MILLIS, "closing the page");
            } catch (IllegalStateException e) {
                // The browser is gone: open() starts a new one.
            }
            try {
                open();
            } catch (PluginLoadException e) {
                closed = true;
                return new PluginTimeoutException(
                        function,
                        timeout,
                        "its page was closed and the plug-in could not be loaded again, so it is closed: "
                                + e.getMessage(),
                        e);
            }
            return new PluginTimeoutException(
                    function,
                    timeout,
                    "its page was closed and the plug-in loaded into a new one (vars and module state are reset)",
                    null);
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
            Map<String, Object> answer = request("reset", 0, "reset");
            if (!Boolean.TRUE.equals(answer.get("ok"))) {
                throw new IllegalStateException("reset failed on chromium: " + answer.get("error"));
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
            return NAME;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                try {
                    request("close", 0, "close");
                } catch (IllegalStateException e) {
                    // The browser is gone already, and the page with it.
                }
                browser.hostFunctions.remove(hostKey);
                closed = true;
            }
        }

        @Override
        public String toString() {
            return "LoadedPlugin[" + NAME + ", " + spec.name() + (closed ? ", closed]" : "]");
        }
    }
}
