package dev.javapdk.pipeline.check;

import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pipeline.rewrite.WasmRewriter;
import dev.javapdk.wasm.ExternKind;
import dev.javapdk.wasm.ExternType;
import dev.javapdk.wasm.FuncType;
import dev.javapdk.wasm.ValType;
import dev.javapdk.wasm.WasmExport;
import dev.javapdk.wasm.WasmFormatException;
import dev.javapdk.wasm.WasmImport;
import dev.javapdk.wasm.WasmModule;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The check stage: checks a module against the Extism plug-in ABI before it is shipped. Catching
 * a foreign import or a mistyped export here gives a clear message instead of a refusal by some
 * host later.
 *
 * <pre>{@code
 * CheckResult result = ModuleCheck.check(wasm, CheckPolicy.extism());
 * result.problems().forEach(System.err::println);
 * }</pre>
 */
public final class ModuleCheck {
    /** Type every plug-in function export must have (the i32 is the return code, 0 = success). */
    public static final FuncType EXPORT_SIGNATURE = FuncType.of(List.of(), List.of(ValType.I32));

    private ModuleCheck() {}

    /**
     * Lists everything in {@code wasm} that {@code policy} does not allow.
     *
     * @throws WasmFormatException if {@code wasm} is not a well-formed module
     */
    public static CheckResult check(byte[] wasm, CheckPolicy policy) {
        WasmModule module = WasmModule.parse(wasm);
        List<String> problems = new ArrayList<>();
        for (WasmImport i : module.imports()) {
            String what = "import \"" + i.module() + "\".\"" + i.name() + "\"";
            if (!policy.allowedImportModules().contains(i.module())) {
                problems.add(what + " comes from module \"" + i.module() + "\", but only modules "
                        + new TreeSet<>(policy.allowedImportModules()) + " may be imported");
            } else if (i.kind() != ExternKind.FUNCTION) {
                if (!policy.allowNonFunctionImports()) {
                    problems.add(what + " imports a " + i.kind().label() + ", but a plug-in may only import functions");
                }
            } else if (i.module().equals(Kernel.MODULE)
                    && !policy.kernelSignatures().isEmpty()) {
                FuncType expected = policy.kernelSignatures().get(i.name());
                if (expected == null) {
                    problems.add(what + " is not a function of the Extism kernel");
                } else if (!expected.equals(i.type())) {
                    problems.add(what + " has type " + i.type() + ", but the Extism kernel defines it as " + expected);
                }
            }
        }
        List<String> memories = new ArrayList<>();
        for (WasmExport e : module.exports()) {
            ExternType type = module.externType(e.kind(), e.index());
            if (e.kind() == ExternKind.MEMORY) {
                memories.add(e.name());
            } else if (policy.exemptExports().contains(e.name())) {
                continue;
            } else if (e.kind() != ExternKind.FUNCTION) {
                problems.add("export \"" + e.name() + "\" is a " + e.kind().label()
                        + ", but a plug-in may only export functions and its memory");
            } else if (!type.equals(EXPORT_SIGNATURE)) {
                problems.add("export \"" + e.name() + "\" has type " + type + ", but plug-in functions must have type "
                        + EXPORT_SIGNATURE);
            }
        }
        if (!memories.contains(WasmRewriter.MEMORY_EXPORT)) {
            problems.add("no memory is exported as \"memory\"; Extism hosts need it");
        }
        for (String name : memories) {
            if (!name.equals(WasmRewriter.MEMORY_EXPORT)) {
                problems.add(
                        "memory export \"" + name + "\" is not allowed: export exactly one memory, named \"memory\"");
            }
        }
        return new CheckResult(problems);
    }
}
