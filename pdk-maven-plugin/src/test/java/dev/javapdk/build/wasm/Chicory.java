package dev.javapdk.build.wasm;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;
import java.util.Map;

/** Runs test modules on Chicory's interpreter, which also validates them while parsing. */
final class Chicory {
    private Chicory() {
    }

    /**
     * Instantiates {@code wasm}, linking each function import by name to {@code host} (missing
     * names fail), and calls {@code export} without arguments.
     */
    static long call(byte[] wasm, String export, Map<String, WasmFunctionHandle> host) {
        ImportValues.Builder imports = ImportValues.builder();
        for (WasmImport i : WasmModule.parse(wasm).imports()) {
            WasmFunctionHandle handle = host.get(i.name());
            if (handle == null) {
                throw new AssertionError("no host function for " + i.qualifiedName());
            }
            imports.addFunction(new HostFunction(i.module(), i.name(), chicoryType(i.type()), handle));
        }
        Instance instance = Instance.builder(Parser.parse(wasm)).withImportValues(imports.build()).build();
        return instance.export(export).apply()[0];
    }

    /** Parses (and so validates) a module with Chicory. */
    static void validate(byte[] wasm) {
        Parser.parse(wasm);
    }

    private static FunctionType chicoryType(String signature) {
        // "(i64, i32) -> i32" / "() -> ()": only the kinds used in tests
        String[] parts = signature.split(" -> ");
        return FunctionType.of(valTypes(parts[0]), valTypes(parts[1]));
    }

    private static List<ValType> valTypes(String list) {
        String inner = list.replace("(", "").replace(")", "").trim();
        if (inner.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(inner.split(",\\s*")).map(t -> switch (t) {
            case "i32" -> ValType.I32;
            case "i64" -> ValType.I64;
            case "f32" -> ValType.F32;
            case "f64" -> ValType.F64;
            default -> throw new IllegalArgumentException(t);
        }).toList();
    }
}
