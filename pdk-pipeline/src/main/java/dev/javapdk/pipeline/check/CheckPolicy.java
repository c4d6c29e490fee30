package dev.javapdk.pipeline.check;

import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.wasm.FuncType;
import dev.javapdk.wasm.ValType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.javapdk.wasm.ValType.I32;
import static dev.javapdk.wasm.ValType.I64;

/**
 * What {@link ModuleCheck} accepts.
 *
 * <pre>{@code
 * CheckPolicy policy = CheckPolicy.extism().allowImportModules("extism:host/user");
 * ModuleCheck.check(wasm, policy).orThrow();
 * }</pre>
 *
 * @param allowedImportModules    module names the plug-in may import from
 * @param kernelSignatures        expected signature of each import from {@link Kernel#MODULE};
 *                                when not empty, an import from that module with a name not
 *                                listed here is reported too
 * @param allowNonFunctionImports whether importing memories, tables and globals is allowed
 * @param exemptExports           exports excused from the "function of type () -> i32" rule
 */
public record CheckPolicy(Set<String> allowedImportModules, Map<String, FuncType> kernelSignatures,
        boolean allowNonFunctionImports, Set<String> exemptExports) {

    /** Signatures of the Extism kernel functions (see TECH-NOTES section 1). */
    public static final Map<String, FuncType> EXTISM_KERNEL = kernel();

    public CheckPolicy {
        allowedImportModules = Set.copyOf(allowedImportModules);
        kernelSignatures = Map.copyOf(kernelSignatures);
        exemptExports = Set.copyOf(exemptExports);
    }

    /** Only the Extism kernel module, with its known signatures; no memory/table/global imports. */
    public static CheckPolicy extism() {
        return new CheckPolicy(Set.of(Kernel.MODULE), EXTISM_KERNEL, false, Set.of());
    }

    /** Also allow imports from these modules (e.g. "extism:host/user" for user host functions). */
    public CheckPolicy allowImportModules(String... modules) {
        Set<String> all = new HashSet<>(allowedImportModules);
        all.addAll(List.of(modules));
        return new CheckPolicy(all, kernelSignatures, allowNonFunctionImports, exemptExports);
    }

    /** Expect (or override) the signature of a kernel import, e.g. {@code ("alloc", (i64) -> i64)}. */
    public CheckPolicy expectKernelSignature(String name, FuncType signature) {
        Map<String, FuncType> all = new HashMap<>(kernelSignatures);
        all.put(name, signature);
        return new CheckPolicy(allowedImportModules, all, allowNonFunctionImports, exemptExports);
    }

    /** Don't check kernel import names and signatures. */
    public CheckPolicy withoutKernelSignatures() {
        return new CheckPolicy(allowedImportModules, Map.of(), allowNonFunctionImports, exemptExports);
    }

    /** Whether memories, tables and globals may be imported (Extism hosts provide none). */
    public CheckPolicy allowNonFunctionImports(boolean allow) {
        return new CheckPolicy(allowedImportModules, kernelSignatures, allow, exemptExports);
    }

    /** Accept these exports whatever their kind and type. */
    public CheckPolicy exemptExports(String... names) {
        Set<String> all = new HashSet<>(exemptExports);
        all.addAll(List.of(names));
        return new CheckPolicy(allowedImportModules, kernelSignatures, allowNonFunctionImports, all);
    }

    private static Map<String, FuncType> kernel() {
        Map<String, FuncType> k = new LinkedHashMap<>();
        Object[][] table = {
            {"input_length", t(), t(I64)}, {"input_load_u8", t(I64), t(I32)}, {"input_load_u64", t(I64), t(I64)},
            {"alloc", t(I64), t(I64)}, {"free", t(I64), t()}, {"length", t(I64), t(I64)},
            {"length_unsafe", t(I64), t(I64)}, {"load_u8", t(I64), t(I32)}, {"load_u64", t(I64), t(I64)},
            {"store_u8", t(I64, I32), t()}, {"store_u64", t(I64, I64), t()}, {"output_set", t(I64, I64), t()},
            {"error_set", t(I64), t()}, {"config_get", t(I64), t(I64)}, {"var_get", t(I64), t(I64)},
            {"var_set", t(I64, I64), t()}, {"http_request", t(I64, I64), t(I64)},
            {"http_status_code", t(), t(I32)}, {"http_headers", t(), t(I64)},
            {"log_info", t(I64), t()}, {"log_debug", t(I64), t()}, {"log_warn", t(I64), t()},
            {"log_error", t(I64), t()}, {"log_trace", t(I64), t()}, {"get_log_level", t(), t(I32)},
        };
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            FuncType type = FuncType.of((List<ValType>) row[1], (List<ValType>) row[2]);
            k.put((String) row[0], type);
        }
        return java.util.Collections.unmodifiableMap(k);
    }

    private static List<ValType> t(ValType... types) {
        return List.of(types);
    }
}
