package dev.javapdk.wasm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link ModuleCheck} accepts.
 *
 * @param allowedImportModules    module names the plug-in may import from
 * @param kernelSignatures        expected signature (as {@link FuncType#toString()}) of each import
 *                                from {@link #KERNEL_MODULE}; when not empty, an import from that
 *                                module with a name not listed here is reported too
 * @param allowNonFunctionImports whether importing memories, tables and globals is allowed
 * @param exemptExports           exports excused from the "function of type () -> i32" rule
 */
public record CheckPolicy(Set<String> allowedImportModules, Map<String, String> kernelSignatures,
        boolean allowNonFunctionImports, Set<String> exemptExports) {

    /** The module Extism hosts provide their kernel functions in. */
    public static final String KERNEL_MODULE = "extism:host/env";

    /** Signatures of the Extism kernel functions (see TECH-NOTES section 1). */
    public static final Map<String, String> EXTISM_KERNEL = kernel();

    public CheckPolicy {
        allowedImportModules = Set.copyOf(allowedImportModules);
        kernelSignatures = Map.copyOf(kernelSignatures);
        exemptExports = Set.copyOf(exemptExports);
    }

    /** Only the Extism kernel module, with its known signatures; no memory/table/global imports. */
    public static CheckPolicy extism() {
        return new CheckPolicy(Set.of(KERNEL_MODULE), EXTISM_KERNEL, false, Set.of());
    }

    /** Also allow imports from these modules (e.g. "extism:host/user" for user host functions). */
    public CheckPolicy allowImportModules(String... modules) {
        Set<String> all = new HashSet<>(allowedImportModules);
        all.addAll(List.of(modules));
        return new CheckPolicy(all, kernelSignatures, allowNonFunctionImports, exemptExports);
    }

    /** Expect (or override) the signature of a kernel import, e.g. {@code ("alloc", "(i64) -> i64")}. */
    public CheckPolicy expectKernelSignature(String name, String signature) {
        Map<String, String> all = new HashMap<>(kernelSignatures);
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

    private static Map<String, String> kernel() {
        Map<String, String> k = new LinkedHashMap<>();
        String[][] table = {
            {"input_length", "() -> i64"}, {"input_load_u8", "(i64) -> i32"}, {"input_load_u64", "(i64) -> i64"},
            {"alloc", "(i64) -> i64"}, {"free", "(i64) -> ()"}, {"length", "(i64) -> i64"},
            {"length_unsafe", "(i64) -> i64"}, {"load_u8", "(i64) -> i32"}, {"load_u64", "(i64) -> i64"},
            {"store_u8", "(i64, i32) -> ()"}, {"store_u64", "(i64, i64) -> ()"}, {"output_set", "(i64, i64) -> ()"},
            {"error_set", "(i64) -> ()"}, {"config_get", "(i64) -> i64"}, {"var_get", "(i64) -> i64"},
            {"var_set", "(i64, i64) -> ()"}, {"http_request", "(i64, i64) -> i64"},
            {"http_status_code", "() -> i32"}, {"http_headers", "() -> i64"},
            {"log_info", "(i64) -> ()"}, {"log_debug", "(i64) -> ()"}, {"log_warn", "(i64) -> ()"},
            {"log_error", "(i64) -> ()"}, {"log_trace", "(i64) -> ()"}, {"get_log_level", "() -> i32"},
        };
        for (String[] row : table) {
            k.put(row[0], row[1]);
        }
        return java.util.Collections.unmodifiableMap(k);
    }
}
