package dev.javapdk.harness;

import com.dylibso.chicory.compiler.internal.Compiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Shares Chicory-compiled JVM code between loads of the same .wasm.
 *
 * <p>Why: with {@code withAoT()} the SDK compiles the plug-in and its Extism kernel afresh on every
 * instantiation (its CachedAotMachineFactory lives only as long as one link). Tests load a fresh
 * instance per test, so for a real plug-in that compile time would be paid again and again.
 *
 * <p>How: we pass the SDK our own machine factory ({@code withAoT()} plus
 * {@code withMachineFactory}); the SDK then uses it for both the kernel and the main module. The
 * SDK parses the bytes itself, so each load has new {@link WasmModule} objects; we recognise
 * which one is the plug-in and which the kernel by a structural fingerprint and reuse code compiled
 * from an identical module (keyed by SHA-256 of the bytes). Compiled machine classes only take the
 * {@link Instance} in their constructor, like Chicory's build-time compiler output, so code
 * compiled from one parse serves any parse of the same bytes. A module we cannot recognise is
 * simply compiled for that load, as the SDK would.
 *
 * <p>It relies on Chicory's internal compiler API ({@code com.dylibso.chicory.compiler.internal}),
 * so it is used only with the Chicory version it was checked against ({@link #TESTED_CHICORY});
 * with any other version the harness lets the SDK compile each load itself, and
 * {@code CompiledCodeCacheTest} fails until the cache is checked against the new version.
 */
final class CompiledCodeCache {
    /** The Chicory version whose internal compiler API this class was written and tested against. */
    static final String TESTED_CHICORY = "1.4.0";

    /** Whether the Chicory on the class path is the tested one; otherwise the cache stays off. */
    static final boolean ENABLED = TESTED_CHICORY.equals(chicoryVersion());

    private static final int MAX_ENTRIES = 16;
    private static final String KERNEL_KEY = "extism-kernel";

    /** LRU: bounded because each entry holds generated classes in their own class loader. */
    private static final Map<String, Function<Instance, Machine>> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Function<Instance, Machine>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private static volatile String kernelFingerprint;

    private CompiledCodeCache() {}

    /** The version of Chicory's compiler on the class path, from its Maven metadata; "unknown" if absent. */
    static String chicoryVersion() {
        try (InputStream in =
                Compiler.class.getResourceAsStream("/META-INF/maven/com.dylibso.chicory/compiler/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Keys currently cached: SHA-256 of plug-in bytes, plus "extism-kernel"; for tests. */
    static java.util.Set<String> keys() {
        synchronized (CACHE) {
            return java.util.Set.copyOf(CACHE.keySet());
        }
    }

    static String keyOf(byte[] wasm) {
        return sha256(wasm);
    }

    static final String KERNEL = KERNEL_KEY;

    /** A machine factory for one load of {@code wasm}, whose parsed form is {@code parsed}. */
    static Function<Instance, Machine> factoryFor(byte[] wasm, WasmModule parsed) {
        return new LoadFactory(sha256(wasm), fingerprint(parsed));
    }

    private static final class LoadFactory implements Function<Instance, Machine> {
        private final String mainKey;
        private final String mainFingerprint;
        private final Map<WasmModule, Function<Instance, Machine>> byModule = new IdentityHashMap<>();

        LoadFactory(String mainKey, String mainFingerprint) {
            this.mainKey = mainKey;
            this.mainFingerprint = mainFingerprint;
        }

        @Override
        public synchronized Machine apply(Instance instance) {
            WasmModule module = instance.module();
            Function<Instance, Machine> factory = byModule.get(module);
            if (factory == null) {
                String fp = fingerprint(module);
                if (fp.equals(mainFingerprint)) {
                    factory = cached(mainKey, module);
                } else if (fp.equals(kernelFingerprint())) {
                    factory = cached(KERNEL_KEY, module);
                } else {
                    factory = compile(module);
                }
                byModule.put(module, factory);
            }
            return factory.apply(instance);
        }
    }

    private static Function<Instance, Machine> cached(String key, WasmModule module) {
        synchronized (CACHE) {
            Function<Instance, Machine> f = CACHE.get(key);
            if (f == null) {
                f = compile(module);
                CACHE.put(key, f);
            }
            return f;
        }
    }

    /** The raw generated-class constructor, without MachineFactory's same-module-object check. */
    private static Function<Instance, Machine> compile(WasmModule module) {
        return Compiler.builder(module).build().compile().machineFactory();
    }

    private static String kernelFingerprint() {
        String fp = kernelFingerprint;
        if (fp == null) {
            // The same resource the SDK's Kernel loads.
            try (InputStream in =
                    org.extism.sdk.chicory.Kernel.class.getClassLoader().getResourceAsStream("extism-runtime.wasm")) {
                fp = in == null ? "<no kernel>" : fingerprint(Parser.parse(in.readAllBytes()));
            } catch (IOException e) {
                fp = "<no kernel>";
            }
            kernelFingerprint = fp;
        }
        return fp;
    }

    /** Imports, exports and the shape of every function body: enough to tell two modules apart. */
    static String fingerprint(WasmModule m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.importSection().count(ExternalType.FUNCTION))
                .append('/')
                .append(m.importSection().importCount())
                .append('/')
                .append(m.functionSection().functionCount())
                .append('|');
        for (int i = 0; i < m.exportSection().exportCount(); i++) {
            sb.append(m.exportSection().getExport(i).name()).append(',');
        }
        sb.append('|');
        List<Integer> sizes = new ArrayList<>();
        for (FunctionBody body : m.codeSection().functionBodies()) {
            sizes.add(body.instructions().size());
        }
        sb.append(sizes);
        return sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
