package dev.javapdk.harness;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.extism.sdk.chicory.ExtismException;
import org.extism.sdk.chicory.ExtismFunction;
import org.extism.sdk.chicory.ExtismHostFunction;
import org.extism.sdk.chicory.ExtismValType;
import org.extism.sdk.chicory.Manifest;
import org.extism.sdk.chicory.ManifestWasm;
import org.extism.sdk.chicory.Plugin;

/**
 * The pure-Java host: runs plug-ins on the Extism Chicory SDK (org.extism.sdk:chicory-sdk-core).
 * WASI preview 1 is linked (the plug-in's stdout/stderr are discarded, as in the SDK), and so is
 * {@code http_request} (see {@link HttpSupport}), limited to {@link PluginSpec#allowedHosts()}.
 * The SDK has no call timeout; with {@link PluginSpec#timeoutMillis()} the harness interrupts the
 * calling thread when the limit passes, which stops the plug-in within milliseconds, and the call
 * throws {@link PluginTimeoutException}. The instance is kept.
 *
 * <pre>{@code
 * LoadedPlugin plugin = new ChicoryHost().load(
 *         PluginSpec.builder(Path.of("target/plugin.wasm")).config("k", "v").build());
 * }</pre>
 */
public final class ChicoryHost implements PluginHost {

    private static final FunctionType EXTISM_EXPORT = FunctionType.of(List.of(), List.of(ValType.I32));

    @Override
    public String name() {
        return "chicory";
    }

    @Override
    public LoadedPlugin load(PluginSpec spec) {
        byte[] wasm = readWasm(spec);

        // We parse once ourselves only to learn the exports (the SDK does not expose its
        // instance), so hasFunction() and call() can give precise errors instead of Chicory's.
        WasmModule parsed;
        Map<String, FunctionType> exports;
        try {
            parsed = Parser.parse(wasm);
            exports = exportedFunctions(parsed);
        } catch (ChicoryException | IllegalArgumentException e) {
            throw new PluginLoadException("not a valid WebAssembly module: " + spec.name() + ": " + e.getMessage(), e);
        }

        Manifest.Options options = new Manifest.Options()
                .withAoT(spec.compiler())
                .withConfig(spec.config())
                .withHttpConfig(HttpSupport.config())
                .withHttpResponseHeaders(spec.httpResponseHeaders());
        if (!spec.allowedHosts().isEmpty()) {
            options.withAllowedHosts(spec.allowedHosts().toArray(String[]::new));
        }
        // The SDK links WASI unless told otherwise (the JS SDK does not): follow the spec on both.
        // With WASI: no stdio, files, arguments or environment; output is discarded, as on the JS SDK.
        options.withWasi(spec.wasi() ? WasiOptions.builder().build() : null);
        if (spec.compiler() && CompiledCodeCache.ENABLED) {
            // The SDK only uses a machine factory when AoT is on; ours reuses compiled code
            // across loads of the same bytes (see CompiledCodeCache for why that is safe, and
            // why only on the Chicory version it was tested with).
            options.withMachineFactory(CompiledCodeCache.factoryFor(wasm, parsed));
        }
        Manifest manifest = Manifest.ofWasms(ManifestWasm.fromBytes(wasm).build())
                .withOptions(options)
                .build();
        CapturingLogger logger = new CapturingLogger(spec.logLevel());
        Plugin plugin;
        try {
            plugin = Plugin.ofManifest(manifest)
                    .withLogger(logger)
                    .withHostFunctions(hostFunctions(spec.hostFunctions()))
                    .build();
        } catch (RuntimeException e) {
            // The SDK says only "Unresolved symbols"; which ones it logged as warnings just before.
            List<String> diagnostics = logger.hostDiagnostics();
            String detail = diagnostics.isEmpty() ? "" : " (" + String.join("; ", diagnostics) + ")";
            throw new PluginLoadException(
                    "cannot load plug-in " + spec.name() + " on the Chicory host: " + e.getMessage() + detail, e);
        }
        // Without this the plug-in's get_log_level says INFO and PDKs that honour it would not
        // even emit debug/trace lines. Note: the SDK also sets the j.u.l. "chicory" logger level.
        plugin.log()
                .setLogLevel(
                        org.extism.sdk.chicory.LogLevel.valueOf(spec.logLevel().name()));
        return new ChicoryPlugin(spec, plugin, logger, exports, mainInstance(plugin));
    }

    /**
     * The SDK's form of {@code functions}: new objects for each load, as the SDK binds a host
     * function object to one plug-in instance.
     */
    static ExtismHostFunction[] hostFunctions(HostFunctions functions) {
        List<ExtismHostFunction> result = new ArrayList<>();
        for (HostFunctions.Definition definition : functions.definitions()) {
            List<HostFunctions.WireType> params = definition.parameterWireTypes();
            HostFunctions.WireType resultType = definition.resultWireType();
            ExtismFunction body = (current, args, results) -> {
                Object[] wire = new Object[params.size()];
                for (int i = 0; i < wire.length; i++) {
                    wire[i] = switch (params.get(i)) {
                        case I32 -> args.getInt(i);
                        case I64 -> args.getLong(i);
                        case F32 -> args.getFloat(i);
                        case F64 -> args.getDouble(i);
                        default ->
                            args.getLong(i) == 0 ? null : current.memory().readBytes(args.getLong(i));
                    };
                }
                Object value = definition.invoke(wire);
                switch (resultType) {
                    case I32 -> results.setInt(0, (Integer) value);
                    case I64 -> results.setLong(0, (Long) value);
                    case F32 -> results.setFloat(0, (Float) value);
                    case F64 -> results.setDouble(0, (Double) value);
                    case BLOCK ->
                        results.setLong(0, value == null ? 0 : current.memory().writeBytes((byte[]) value));
                    case VOID -> {}
                }
            };
            result.add(ExtismHostFunction.of(
                    definition.module(),
                    definition.name(),
                    body,
                    params.stream().map(ChicoryHost::valType).toList(),
                    resultType == HostFunctions.WireType.VOID ? List.of() : List.of(valType(resultType))));
        }
        return result.toArray(ExtismHostFunction[]::new);
    }

    private static ExtismValType valType(HostFunctions.WireType type) {
        return switch (type) {
            case I32 -> ExtismValType.I32;
            case F32 -> ExtismValType.F32;
            case F64 -> ExtismValType.F64;
            default -> ExtismValType.I64;
        };
    }

    /**
     * The plug-in's own Instance, which the SDK keeps in a private field (its public memory() is the
     * Extism kernel's); null if this SDK version has no such field, and then the memory size is
     * simply not known.
     */
    private static Instance mainInstance(Plugin plugin) {
        try {
            java.lang.reflect.Field field = Plugin.class.getDeclaredField("mainInstance");
            field.setAccessible(true);
            return field.get(plugin) instanceof Instance instance ? instance : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] readWasm(PluginSpec spec) {
        java.util.Optional<byte[]> bytes = spec.wasmBytes();
        if (bytes.isPresent()) {
            return bytes.get();
        }
        Path path = spec.wasmPath().orElseThrow();
        if (!Files.isRegularFile(path)) {
            throw new PluginLoadException(notFoundMessage(path));
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new PluginLoadException(notFoundMessage(path), e);
        } catch (IOException e) {
            throw new PluginLoadException("cannot read plug-in " + path + ": " + e, e);
        }
    }

    static String notFoundMessage(Path path) {
        return "plug-in not found: " + path.toAbsolutePath() + "; run mvn package first";
    }

    /** Exported function names with their types, imports included in the index space. */
    private static Map<String, FunctionType> exportedFunctions(WasmModule module) {
        List<FunctionType> importedTypes = module.importSection().stream()
                .filter(i -> i.importType() == ExternalType.FUNCTION)
                .map(i -> module.typeSection().getType(((FunctionImport) i).typeIndex()))
                .toList();
        Map<String, FunctionType> result = new LinkedHashMap<>();
        ExportSection exports = module.exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            Export e = exports.getExport(i);
            if (e.exportType() != ExternalType.FUNCTION) {
                continue;
            }
            int idx = e.index();
            FunctionType type = idx < importedTypes.size()
                    ? importedTypes.get(idx)
                    : module.functionSection().getFunctionType(idx - importedTypes.size(), module.typeSection());
            result.put(e.name(), type);
        }
        return Collections.unmodifiableMap(result);
    }

    static boolean isExtismExport(FunctionType type) {
        return type.typesMatch(EXTISM_EXPORT);
    }

    /** Interrupts calls that run past their time limit; one daemon thread for all plug-ins. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "chicory-host-call-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    private static final int RUNNING = 0;
    private static final int RETURNED = 1;
    private static final int TIMED_OUT = 2;

    /** The live instance; package-private, users see {@link LoadedPlugin}. */
    static final class ChicoryPlugin implements LoadedPlugin {
        private final PluginSpec spec;
        private final CapturingLogger logger;
        private final Map<String, FunctionType> exports;
        private final Instance instance; // the plug-in's own; null where the SDK did not show it
        private Plugin plugin; // null once closed

        ChicoryPlugin(
                PluginSpec spec,
                Plugin plugin,
                CapturingLogger logger,
                Map<String, FunctionType> exports,
                Instance instance) {
            this.spec = spec;
            this.plugin = plugin;
            this.logger = logger;
            this.exports = exports;
            this.instance = instance;
        }

        @Override
        public synchronized byte[] call(String function, byte[] input) {
            if (plugin == null) {
                throw new IllegalStateException("plug-in " + spec.name() + " is closed");
            }
            FunctionType type = exports.get(function);
            if (type == null) {
                throw new IllegalArgumentException(
                        "plug-in " + spec.name() + " has no function '" + function + "'; it exports " + functions());
            }
            if (!isExtismExport(type)) {
                throw new IllegalArgumentException(
                        "'" + function + "' is not an Extism function: its type is " + type + ", expected () -> i32");
            }
            byte[] bytes = input == null ? new byte[0] : input;
            long timeout = spec.timeoutMillis();
            if (timeout <= 0) {
                return invoke(function, bytes);
            }
            // The SDK has no time limit, but Chicory (interpreter and compiled code) checks the
            // thread's interrupt flag as it runs: the watchdog interrupts this thread at the limit.
            Thread caller = Thread.currentThread();
            AtomicInteger state = new AtomicInteger(RUNNING);
            ScheduledFuture<?> alarm = WATCHDOG.schedule(
                    () -> {
                        if (state.compareAndSet(RUNNING, TIMED_OUT)) {
                            caller.interrupt();
                        }
                    },
                    timeout,
                    TimeUnit.MILLISECONDS);
            try {
                return invoke(function, bytes);
            } catch (PluginTrapException e) {
                if (state.get() == TIMED_OUT) {
                    throw new PluginTimeoutException(
                            function,
                            timeout,
                            "Chicory stopped it on interrupt; the" + " instance is kept",
                            e.getCause() != null ? e.getCause() : e);
                }
                throw e;
            } finally {
                alarm.cancel(false);
                if (!state.compareAndSet(RUNNING, RETURNED)) {
                    Thread.interrupted(); // ours, delivered: the call is over, so clear it
                }
            }
        }

        private byte[] invoke(String function, byte[] input) {
            try {
                return plugin.call(function, input);
            } catch (org.extism.sdk.chicory.ExtismFunctionException e) {
                // getError() is the raw error_set text; getMessage() adds "function x returned an error: ".
                throw new PluginCallException(function, e.getError(), e);
            } catch (com.dylibso.chicory.wasi.WasiExitException e) {
                throw new PluginTrapException(function, "called WASI proc_exit(" + e.exitCode() + ")", e);
            } catch (ExtismException | ChicoryException | StackOverflowError e) {
                throw new PluginTrapException(function, String.valueOf(e.getMessage()), e);
            } catch (RuntimeException e) {
                // A host function or the compiled code threw something else (e.g. ArithmeticException
                // for integer division by zero in compiled code).
                throw new PluginTrapException(function, e.toString(), e);
            }
        }

        @Override
        public boolean hasFunction(String function) {
            return exports.containsKey(function);
        }

        @Override
        public java.util.Set<String> functions() {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            exports.forEach((name, type) -> {
                if (isExtismExport(type)) {
                    names.add(name);
                }
            });
            return Collections.unmodifiableSet(names);
        }

        @Override
        public List<LogEntry> logs() {
            return logger.entries();
        }

        @Override
        public synchronized OptionalLong linearMemoryBytes() {
            if (instance == null || plugin == null || instance.memory() == null) {
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) instance.memory().pages() * com.dylibso.chicory.runtime.Memory.PAGE_SIZE);
        }

        @Override
        public void clearLogs() {
            logger.clear();
        }

        @Override
        public PluginSpec spec() {
            return spec;
        }

        @Override
        public String hostName() {
            return "chicory";
        }

        @Override
        public synchronized void close() {
            // The SDK's Plugin has no close(); dropping it lets the instance and memory be collected.
            plugin = null;
        }

        @Override
        public String toString() {
            return "LoadedPlugin[chicory, " + spec.name() + (plugin == null ? ", closed]" : "]");
        }
    }
}
