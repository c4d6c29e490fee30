package dev.javapdk.harness;

import static dev.javapdk.fixtures.TestWasm.I32;
import static dev.javapdk.fixtures.TestWasm.bytes;
import static dev.javapdk.fixtures.TestWasm.constExpr;
import static dev.javapdk.fixtures.TestWasm.i32;
import static dev.javapdk.fixtures.TestWasm.module;
import static dev.javapdk.fixtures.TestWasm.t;
import static dev.javapdk.fixtures.TestWasm.u32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.fixtures.Instructions;
import dev.javapdk.fixtures.TestWasm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PluginSpec#wasi()} on every host: a module from another toolchain that imports WASI loads
 * and runs with it, is refused without it, and what it writes to stdout is discarded (on Node it
 * would otherwise land in the harness's pipe and break the next call).
 */
class WasiTest {
    private static final String WASI = "wasi_snapshot_preview1";

    /**
     * Exports {@code wasi_calls}: fills 8 bytes with random_get, writes "hello\n" to fd 1 with
     * fd_write, and returns the first non-zero errno (0 = success, as an Extism return code).
     */
    static byte[] wasiPlugin() {
        TestWasm.Builder b = module();
        int randomGet = b.importFunction(WASI, "random_get", b.type(t(I32, I32), t(I32)));
        int fdWrite = b.importFunction(WASI, "fd_write", b.type(t(I32, I32, I32, I32), t(I32)));
        Instructions c = new Instructions();
        c.i32Const(64)
                .i32Const(8)
                .call(randomGet)
                .localTee(0)
                .ifThen()
                .localGet(0)
                .ret()
                .end();
        c.i32Const(1).i32Const(0).i32Const(1).i32Const(16).call(fdWrite);
        int run = b.function(null, b.type(t(), t(I32)), TestWasm.locals(I32), c.bytes());
        b.exportFunction("wasi_calls", run);
        // An iovec {ptr = 32, len = 6} at 0, the text at 32.
        byte[] iovec = bytes(le(32), le(6), new byte[24], "hello\n".getBytes(StandardCharsets.US_ASCII));
        b.data(bytes(u32(0), constExpr(i32(0)), u32(iovec.length), iovec));
        return b.memory(1).export("memory", 2, 0).build();
    }

    private static byte[] le(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    private static PluginHost host(String name) {
        if (name.startsWith("node")) {
            NodeHost.Sdk sdk = name.equals("node") ? NodeHost.Sdk.V1_0 : NodeHost.Sdk.V2_0;
            Assumptions.assumeTrue(
                    NodeHost.unavailableReason(sdk) == null || Boolean.getBoolean("javapdk.requireNode"),
                    () -> name + " host: " + NodeHost.unavailableReason(sdk));
        }
        return Plugins.host(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicory", "node", "node2"})
    void aWasiModuleRunsWithWasiAndItsStdoutIsDiscarded(String hostName) {
        PluginHost host = host(hostName);
        Path wasm = TestPlugins.write(Path.of("target", "test-plugins", "wasi.wasm"), wasiPlugin());
        try (LoadedPlugin plugin = host.load(PluginSpec.builder(wasm).wasi(true).build())) {
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(new byte[0], plugin.call("wasi_calls", new byte[0]), "call " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicory", "node", "node2"})
    void withoutWasiTheModuleIsRefusedAtLoad(String hostName) {
        PluginHost host = host(hostName);
        Path wasm = TestPlugins.write(Path.of("target", "test-plugins", "wasi-off.wasm"), wasiPlugin());
        PluginLoadException error = assertThrows(
                PluginLoadException.class,
                () -> host.load(PluginSpec.builder(wasm).build()).call("wasi_calls", new byte[0]));
        // Chicory and JS SDK 1.0.3 name the missing import; 2.0 says that WASI is not enabled.
        String message = error.getMessage().toLowerCase(java.util.Locale.ROOT);
        assertTrue(message.contains("random_get") || message.contains("wasi"), error.getMessage());
    }
}
