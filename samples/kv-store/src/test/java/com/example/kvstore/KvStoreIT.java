package com.example.kvstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.javapdk.harness.ExtismHost;
import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.HostFunctions;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.PluginCallException;
import dev.javapdk.harness.Plugins;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Runs target/kv-store.wasm with kv_read/kv_write written in Java, backed by a map: on the Chicory
 * host here, and on the JS SDK 1.0.3 and 2.0 through the subclasses.
 */
class KvStoreIT {
    private static final String WASM = "target/kv-store.wasm";

    /** The host's store, fresh for each test. */
    final Map<String, byte[]> store = new ConcurrentHashMap<>();

    HostFunctions kv() {
        return HostFunctions.builder()
                .function("kv_read", String.class, byte[].class, store::get)
                .function("kv_write", String.class, byte[].class, void.class, (key, value) -> {
                    store.put(key, value);
                    return null;
                })
                .build();
    }

    @Test
    void keepsTheRunningTotalInTheHostsStore(@ExtismPlugin(wasm = WASM, hostFunctions = "kv") LoadedPlugin plugin) {
        assertEquals("{\"count\":3,\"total\":3,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "Hello World"));
        assertEquals("{\"count\":3,\"total\":6,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "Hello World"));
        assertEquals("{\"count\":1,\"total\":7,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "xyz a"));
        assertArrayEquals(new byte[] {7, 0, 0, 0}, store.get("count"), "4 bytes, little-endian");
    }

    @Test
    void instancesSharingTheStoreShareTheTotal(
            @ExtismPlugin(wasm = WASM, hostFunctions = "kv") LoadedPlugin first,
            @ExtismPlugin(wasm = WASM, hostFunctions = "kv") LoadedPlugin second) {
        assertEquals("{\"count\":3,\"total\":3,\"vowels\":\"aeiouAEIOU\"}", first.call("count_vowels", "Hello World"));
        assertEquals("{\"count\":2,\"total\":5,\"vowels\":\"aeiouAEIOU\"}", second.call("count_vowels", "aa"));
        assertEquals("{\"count\":0,\"total\":5,\"vowels\":\"aeiouAEIOU\"}", first.call("count_vowels", "xyz"));
        // A plug-in loaded later, by hand, sees the same total.
        try (LoadedPlugin third = Plugins.builder(Path.of(WASM))
                .host(Plugins.host(hostName()))
                .hostFunctions(kv())
                .build()) {
            assertEquals("{\"count\":1,\"total\":6,\"vowels\":\"aeiouAEIOU\"}", third.call("count_vowels", "u"));
        }
    }

    @Test
    void startsFromTheHostsValueAndWrapsAtU32(@ExtismPlugin(wasm = WASM, hostFunctions = "kv") LoadedPlugin plugin) {
        store.put("count", new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}); // 4294967294
        assertEquals("{\"count\":1,\"total\":4294967295,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "a"));
        assertEquals("{\"count\":2,\"total\":1,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "ae"));
    }

    @Test
    void aStoredValueOfTheWrongSizeIsAPluginErrorAndTheInstanceGoesOn(
            @ExtismPlugin(wasm = WASM, hostFunctions = "kv") LoadedPlugin plugin) {
        store.put("count", new byte[] {1, 2});
        PluginCallException e = assertThrows(PluginCallException.class, () -> plugin.call("count_vowels", "a"));
        assertEquals(
                "kv_read(\"count\") returned 2 bytes; expected a 4-byte little-endian unsigned integer",
                e.pluginMessage());
        store.remove("count");
        assertEquals("{\"count\":1,\"total\":1,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "a"));
    }

    @Test
    void importsOnlyTheKernelAndTheTwoHostFunctions() {
        List<String> imports = ModuleInfo.functionImports(Path.of(WASM)).stream()
                .filter(i -> !i.startsWith("extism:host/env."))
                .toList();
        assertEquals(
                List.of("extism:host/user.kv_read (i64) -> i64", "extism:host/user.kv_write (i64, i64) -> ()"),
                imports.stream().sorted().toList());
    }

    private String hostName() {
        ExtismHost host = getClass().getAnnotation(ExtismHost.class);
        return host == null ? "chicory" : host.value();
    }
}
