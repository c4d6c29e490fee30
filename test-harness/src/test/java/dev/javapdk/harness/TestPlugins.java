package dev.javapdk.harness;

import static dev.javapdk.fixtures.TestWasm.I32;
import static dev.javapdk.fixtures.TestWasm.I64;
import static dev.javapdk.fixtures.TestWasm.locals;
import static dev.javapdk.fixtures.TestWasm.module;
import static dev.javapdk.fixtures.TestWasm.t;

import dev.javapdk.fixtures.Instructions;
import dev.javapdk.fixtures.TestWasm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Hand-assembled Extism plug-ins for the tests. Each export is an Extism function
 * ({@code () -> i32}) that talks to the host only through "extism:host/env" imports, exactly like
 * a PDK-built plug-in would.
 */
final class TestPlugins {

    static final String ENV = "extism:host/env";
    /** What {@code fail} passes to error_set; non-ASCII on purpose (UTF-8 round trip). */
    static final String FAIL_MESSAGE = "boom: the plug-in failed (ünïcödé ✓)";
    /** What {@code config} reports when the key is missing. */
    static final String NO_CONFIG_MESSAGE = "config key not set";

    private static final int[] NONE = t();
    private static byte[] main;

    private TestPlugins() {}

    /** The main test plug-in; see the comments in {@link #build()} for its exports. */
    static synchronized byte[] main() {
        if (main == null) {
            main = build();
        }
        return main.clone();
    }

    /** Writes the main test plug-in to {@code target/test-plugins/harness-test.wasm}. */
    static Path writeMain() {
        return write(Path.of("target", "test-plugins", "harness-test.wasm"), main());
    }

    static Path write(Path path, byte[] wasm) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.write(path, wasm);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indices of the imported host functions. */
    private static final class Env {
        int inputLength, inputLoadU8, alloc, storeU8, outputSet, errorSet, configGet;
        int varGet, varSet, length, loadU8, getLogLevel;
        int logTrace, logDebug, logInfo, logWarn, logError;

        Env(TestWasm.Builder b) {
            inputLength = importEnv(b, "input_length", NONE, t(I64));
            inputLoadU8 = importEnv(b, "input_load_u8", t(I64), t(I32));
            alloc = importEnv(b, "alloc", t(I64), t(I64));
            storeU8 = importEnv(b, "store_u8", t(I64, I32), NONE);
            outputSet = importEnv(b, "output_set", t(I64, I64), NONE);
            errorSet = importEnv(b, "error_set", t(I64), NONE);
            configGet = importEnv(b, "config_get", t(I64), t(I64));
            varGet = importEnv(b, "var_get", t(I64), t(I64));
            varSet = importEnv(b, "var_set", t(I64, I64), NONE);
            length = importEnv(b, "length", t(I64), t(I64));
            loadU8 = importEnv(b, "load_u8", t(I64), t(I32));
            getLogLevel = importEnv(b, "get_log_level", NONE, t(I32));
            logTrace = importEnv(b, "log_trace", t(I64), NONE);
            logDebug = importEnv(b, "log_debug", t(I64), NONE);
            logInfo = importEnv(b, "log_info", t(I64), NONE);
            logWarn = importEnv(b, "log_warn", t(I64), NONE);
            logError = importEnv(b, "log_error", t(I64), NONE);
        }

        /** Emits code leaving the kernel offset of a new block holding {@code s} on the stack. */
        void string(Instructions c, String s, int ptrLocal) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            c.i64Const(bytes.length).call(alloc).localSet(ptrLocal);
            for (int i = 0; i < bytes.length; i++) {
                c.localGet(ptrLocal)
                        .i64Const(i)
                        .i64Add()
                        .i32Const(bytes[i] & 0xFF)
                        .call(storeU8);
            }
            c.localGet(ptrLocal);
        }

        /**
         * Emits code copying the input into a new kernel block: afterwards local n is its length
         * and local p its offset (local i is scratch).
         */
        void copyInput(Instructions c, int n, int p, int i) {
            c.call(inputLength)
                    .localSet(n)
                    .localGet(n)
                    .call(alloc)
                    .localSet(p)
                    .i64Const(0)
                    .localSet(i)
                    .block()
                    .loop()
                    .localGet(i)
                    .localGet(n)
                    .i64GeU()
                    .brIf(1)
                    .localGet(p)
                    .localGet(i)
                    .i64Add()
                    .localGet(i)
                    .call(inputLoadU8)
                    .call(storeU8)
                    .localGet(i)
                    .i64Const(1)
                    .i64Add()
                    .localSet(i)
                    .br(0)
                    .end()
                    .end();
        }
    }

    /** Imports {@code name} from {@link #ENV}; must come before any {@link #function}. */
    private static int importEnv(TestWasm.Builder b, String name, int[] params, int[] results) {
        return b.importFunction(ENV, name, b.type(params, results));
    }

    /** Defines a function with these extra locals and body; returns its function index. */
    private static int function(
            TestWasm.Builder b, int[] params, int[] results, int[] locals, Consumer<Instructions> body) {
        Instructions code = new Instructions();
        body.accept(code);
        return b.function(null, b.type(params, results), locals(locals), code.bytes());
    }

    /** The module, with one 1-page memory exported as "memory". */
    private static byte[] build(TestWasm.Builder b) {
        return b.memory(1).export("memory", 2, 0).build();
    }

    private static byte[] build() {
        TestWasm.Builder b = module();
        Env env = new Env(b);
        int[] extism = t(I32);
        int[] threeI64 = t(I64, I64, I64);

        // echo: output = input.
        b.exportFunction("echo", function(b, NONE, extism, threeI64, c -> {
            env.copyInput(c, 0, 1, 2);
            c.localGet(1).localGet(0).call(env.outputSet).i32Const(0);
        }));

        // fail: error_set(FAIL_MESSAGE); return 1.
        b.exportFunction("fail", function(b, NONE, extism, t(I64), c -> {
            env.string(c, FAIL_MESSAGE, 0);
            c.call(env.errorSet).i32Const(1);
        }));

        // fail_silent: return 1 without error_set.
        b.exportFunction("fail_silent", function(b, NONE, extism, NONE, c -> c.i32Const(1)));

        // log: one line at each level.
        b.exportFunction("log", function(b, NONE, extism, t(I64), c -> {
            env.string(c, "trace line", 0);
            c.call(env.logTrace);
            env.string(c, "debug line", 0);
            c.call(env.logDebug);
            env.string(c, "info line", 0);
            c.call(env.logInfo);
            env.string(c, "warn line", 0);
            c.call(env.logWarn);
            env.string(c, "error line", 0);
            c.call(env.logError);
            c.i32Const(0);
        }));

        // log_input: log_info(input); no output.
        b.exportFunction("log_input", function(b, NONE, extism, threeI64, c -> {
            env.copyInput(c, 0, 1, 2);
            c.localGet(1).call(env.logInfo).i32Const(0);
        }));

        // config: the input is a key; output its config value, or fail if it is not set.
        b.exportFunction("config", function(b, NONE, extism, t(I64, I64, I64, I64), c -> {
            env.copyInput(c, 0, 1, 2);
            c.localGet(1).call(env.configGet).localTee(3).i64Eqz().ifThen();
            env.string(c, NO_CONFIG_MESSAGE, 2);
            c.call(env.errorSet)
                    .i32Const(1)
                    .ret()
                    .end()
                    .localGet(3)
                    .localGet(3)
                    .call(env.length)
                    .call(env.outputSet)
                    .i32Const(0);
        }));

        // count: a one-byte counter in var "count"; outputs the new value (vars persist per instance).
        b.exportFunction("count", function(b, NONE, extism, t(I64, I64, I32), c -> {
            env.string(c, "count", 0);
            c.drop()
                    .localGet(0)
                    .call(env.varGet)
                    .localTee(1)
                    .i64Eqz()
                    .ifThen()
                    .i32Const(0)
                    .localSet(2)
                    .elseDo()
                    .localGet(1)
                    .call(env.loadU8)
                    .localSet(2)
                    .end()
                    .i64Const(1)
                    .call(env.alloc)
                    .localSet(1)
                    .localGet(1)
                    .localGet(2)
                    .i32Const(1)
                    .i32Add()
                    .call(env.storeU8)
                    .localGet(0)
                    .localGet(1)
                    .call(env.varSet)
                    .localGet(1)
                    .i64Const(1)
                    .call(env.outputSet)
                    .i32Const(0);
        }));

        // log_level: output one byte, what get_log_level returned.
        b.exportFunction("log_level", function(b, NONE, extism, t(I64), c -> {
            c.i64Const(1)
                    .call(env.alloc)
                    .localSet(0)
                    .localGet(0)
                    .call(env.getLogLevel)
                    .call(env.storeU8)
                    .localGet(0)
                    .i64Const(1)
                    .call(env.outputSet)
                    .i32Const(0);
        }));

        // trap: hits `unreachable`.
        b.exportFunction("trap", function(b, NONE, extism, NONE, c -> c.unreachable()));

        // add: not an Extism function (wrong signature); tests the clear error.
        b.exportFunction(
                "add",
                function(
                        b,
                        t(I32, I32),
                        t(I32),
                        NONE,
                        c -> c.localGet(0).localGet(1).i32Add()));

        return build(b);
    }

    /** A plug-in importing a kernel function no host has. */
    static byte[] usesUnknownImport() {
        TestWasm.Builder b = module();
        int http = importEnv(b, "no_such_function", t(I64, I64), t(I64));
        b.exportFunction(
                "fetch",
                function(
                        b,
                        NONE,
                        t(I32),
                        NONE,
                        c -> c.i64Const(0).i64Const(0).call(http).drop().i32Const(0)));
        return build(b);
    }
}
