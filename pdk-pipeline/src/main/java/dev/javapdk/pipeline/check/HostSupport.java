package dev.javapdk.pipeline.check;

import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.wasm.WasmImport;
import dev.javapdk.wasm.WasmModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Extism hosts refuse which kernel imports. A host refuses a whole module that imports a
 * function it lacks, so a plug-in that uses, say, {@code Log.trace} builds but will not load on
 * the JS SDK 1.0: the build says so.
 *
 * <pre>{@code
 * for (String warning : HostSupport.warnings(WasmModule.parse(wasm))) {
 *     log.warn(warning);
 * }
 * }</pre>
 */
public final class HostSupport {
    /**
     * Kernel imports that some hosts in use lack, with those hosts. Hosts not named (the Chicory
     * SDK 0.3, the JS SDK 2.0, the current Extism runtime) provide every kernel import.
     */
    static final Map<String, String> REFUSED_BY = refusedBy();

    private HostSupport() {}

    private static Map<String, String> refusedBy() {
        Map<String, String> table = new LinkedHashMap<>();
        String logLevels = "the JS SDK 1.0.x and Extism runtimes before 1.6";
        table.put("log_trace", logLevels);
        table.put("get_log_level", logLevels);
        table.put("http_headers", "the JS SDK 1.0.x and Extism runtimes before 1.8");
        table.put(
                "input_offset",
                "Extism hosts released before 2024 (it came to the Go SDK in December 2023 and "
                        + "to the JS SDK in January 2024)");
        return Map.copyOf(table);
    }

    /** One sentence for each kernel import of {@code module} that some hosts lack. */
    public static List<String> warnings(WasmModule module) {
        List<String> warnings = new ArrayList<>();
        for (WasmImport imported : module.imports()) {
            String hosts = imported.module().equals(Kernel.MODULE) ? REFUSED_BY.get(imported.name()) : null;
            if (hosts != null) {
                warnings.add("the plug-in imports " + imported.name() + ", so " + hosts
                        + " refuse to load it (every other Extism host runs it)");
            }
        }
        return warnings;
    }
}
