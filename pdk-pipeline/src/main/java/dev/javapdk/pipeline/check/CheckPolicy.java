package dev.javapdk.pipeline.check;

import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.wasm.FuncType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
public record CheckPolicy(
        Set<String> allowedImportModules,
        Map<String, FuncType> kernelSignatures,
        boolean allowNonFunctionImports,
        Set<String> exemptExports) {

    /**
     * Signatures of the Extism kernel functions, in {@link Kernel}'s declaration order: derived
     * from its {@code @Import} natives, the one place the PDK declares the kernel ABI.
     */
    public static final Map<String, FuncType> EXTISM_KERNEL = KernelImports.read();

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
}
