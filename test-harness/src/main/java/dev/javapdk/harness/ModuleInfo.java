package dev.javapdk.harness;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a built module imports and exports, read with Chicory's parser: to assert in a test that a
 * plug-in needs nothing a host lacks.
 *
 * <pre>{@code
 * ModuleInfo module = ModuleInfo.read(Path.of("target/greet.wasm"));
 * assertEquals(Set.of("extism:host/env"), module.importModules());
 * assertEquals(Set.of("greet", "memory"), module.exports());
 * }</pre>
 *
 * @param imports       every import as {@code module.name}
 * @param exports       every export name
 * @param functionExports the exports that are functions
 * @param size          the module's size in bytes
 */
public record ModuleInfo(Set<String> imports, Set<String> exports, Set<String> functionExports, long size) {

    /** Parses the module at {@code wasm}. */
    public static ModuleInfo read(Path wasm) {
        try {
            byte[] bytes = Files.readAllBytes(wasm);
            WasmModule module = Parser.parse(bytes);
            Set<String> imports = module.importSection().stream()
                    .map(i -> i.module() + "." + i.name())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> exports = new TreeSet<>();
            Set<String> functions = new TreeSet<>();
            for (int i = 0; i < module.exportSection().exportCount(); i++) {
                Export export = module.exportSection().getExport(i);
                exports.add(export.name());
                if (export.exportType() == ExternalType.FUNCTION) {
                    functions.add(export.name());
                }
            }
            return new ModuleInfo(Set.copyOf(imports), Set.copyOf(exports), Set.copyOf(functions), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + wasm.toAbsolutePath(), e);
        }
    }

    /**
     * Every function import of the module at {@code wasm}, in the module's order, as
     * {@code module.name (params) -> result} with wasm types, e.g.
     * {@code extism:host/user.kv_read (i64) -> i64}: a list, so an import that appears twice shows twice.
     */
    public static List<String> functionImports(Path wasm) {
        try {
            WasmModule module = Parser.parse(Files.readAllBytes(wasm));
            List<String> result = new ArrayList<>();
            module.importSection().stream()
                    .filter(i -> i.importType() == ExternalType.FUNCTION)
                    .forEach(i -> {
                        FunctionType type = module.typeSection().getType(((FunctionImport) i).typeIndex());
                        result.add(i.module() + "." + i.name() + " " + signature(type));
                    });
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + wasm.toAbsolutePath(), e);
        }
    }

    private static String signature(FunctionType type) {
        String params = type.params().stream().map(ModuleInfo::wasmType).collect(Collectors.joining(", "));
        String results = type.returns().isEmpty()
                ? "()"
                : type.returns().stream().map(ModuleInfo::wasmType).collect(Collectors.joining(", "));
        return "(" + params + ") -> " + results;
    }

    private static String wasmType(ValType type) {
        return type.toString().toLowerCase(Locale.ROOT);
    }

    /** The distinct import modules, e.g. {@code [extism:host/env]}. */
    public Set<String> importModules() {
        return imports.stream().map(i -> i.substring(0, i.lastIndexOf('.'))).collect(Collectors.toSet());
    }
}
