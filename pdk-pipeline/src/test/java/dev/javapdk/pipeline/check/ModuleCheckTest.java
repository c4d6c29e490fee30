package dev.javapdk.pipeline.check;

import static dev.javapdk.fixtures.TestWasm.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.javapdk.fixtures.TestWasm;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pipeline.rewrite.RewriteOptions;
import dev.javapdk.pipeline.rewrite.WasmRewriter;
import dev.javapdk.wasm.FuncType;
import dev.javapdk.wasm.ValType;
import dev.javapdk.wasm.WasmModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleCheckTest {
    private static final String KERNEL = Kernel.MODULE;

    /** A conforming plug-in: kernel imports with the right types, one () -> i32 export, "memory". */
    private static TestWasm.Builder plugin() {
        return plugin(b -> {});
    }

    /** The conforming plug-in with extra imports added by {@code imports}. */
    private static TestWasm.Builder plugin(java.util.function.Consumer<TestWasm.Builder> imports) {
        TestWasm.Builder b = module();
        int run = b.type(t(), t(I32));
        b.importFunction(KERNEL, "input_length", b.type(t(), t(I64)));
        b.importFunction(KERNEL, "output_set", b.type(t(I64, I64), t()));
        b.importFunction(KERNEL, "store_u8", b.type(t(I64, I32), t()));
        imports.accept(b);
        int count = b.function("count", run, i32(0));
        b.memory(1, 2).exportFunction("count", count).export("memory", 2, 0);
        return b;
    }

    @Test
    void conformingPluginPasses() {
        CheckResult result = ModuleCheck.check(plugin().build(), CheckPolicy.extism());
        assertTrue(result.ok(), result.problems().toString());
        assertSame(result, result.orThrow());
    }

    @Test
    void foreignImportModuleIsFlaggedUnlessAllowed() {
        byte[] wasm = plugin(b -> b.importFunction("teavm", "logString", b.type(t(I32), t())))
                .build();
        assertEquals(
                List.of("import \"teavm\".\"logString\" comes from module \"teavm\", but only modules"
                        + " [extism:host/env] may be imported"),
                ModuleCheck.check(wasm, CheckPolicy.extism()).problems());
        assertTrue(ModuleCheck.check(wasm, CheckPolicy.extism().allowImportModules("teavm"))
                .ok());
    }

    @Test
    void wrongKernelSignatureAndUnknownKernelFunctionAreFlagged() {
        TestWasm.Builder b = plugin(i -> {
            i.importFunction(KERNEL, "alloc", i.type(t(I32), t(I32)));
            i.importFunction(KERNEL, "no_such_thing", i.type(t(), t()));
        });
        List<String> problems =
                ModuleCheck.check(b.build(), CheckPolicy.extism()).problems();
        assertEquals(
                List.of(
                        "import \"extism:host/env\".\"alloc\" has type (i32) -> i32, but the Extism kernel defines it as (i64) -> i64",
                        "import \"extism:host/env\".\"no_such_thing\" is not a function of the Extism kernel"),
                problems);
        assertTrue(ModuleCheck.check(b.build(), CheckPolicy.extism().withoutKernelSignatures())
                .ok());
        CheckPolicy custom = CheckPolicy.extism()
                .expectKernelSignature("alloc", FuncType.of(List.of(ValType.I32), List.of(ValType.I32)))
                .expectKernelSignature("no_such_thing", FuncType.of(List.of(), List.of()));
        assertTrue(ModuleCheck.check(b.build(), custom).ok());
    }

    @Test
    void everyKernelFunctionWithItsDocumentedTypePasses() {
        TestWasm.Builder b = plugin(i -> {
            for (var e : CheckPolicy.EXTISM_KERNEL.entrySet()) {
                i.importFunction(
                        KERNEL,
                        e.getKey(),
                        i.type(codes(e.getValue().params()), codes(e.getValue().results())));
            }
        });
        CheckResult result = ModuleCheck.check(b.build(), CheckPolicy.extism());
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(26, CheckPolicy.EXTISM_KERNEL.size()); // every host-function import of the current Extism runtime
    }

    /** The binary codes of value types, as the fixture builder takes them. */
    private static int[] codes(List<ValType> types) {
        return types.stream().mapToInt(ValType::code).toArray();
    }

    @Test
    void exportsMustBeFunctionsReturningI32() {
        TestWasm.Builder b = plugin();
        int f = b.function("bad", b.type(t(I32), t(I32)), bytes(0x20, 0));
        int g = b.function("void", b.type(t(), t()), new byte[0]);
        b.global(I32, false, constExpr(i32(1)));
        b.exportFunction("bad", f).exportFunction("void", g).export("some_global", 3, 0);
        List<String> problems =
                ModuleCheck.check(b.build(), CheckPolicy.extism()).problems();
        assertEquals(
                List.of(
                        "export \"bad\" has type (i32) -> i32, but plug-in functions must have type () -> i32",
                        "export \"void\" has type () -> (), but plug-in functions must have type () -> i32",
                        "export \"some_global\" is a global, but a plug-in may only export functions and its memory"),
                problems);
        assertTrue(ModuleCheck.check(b.build(), CheckPolicy.extism().exemptExports("bad", "void", "some_global"))
                .ok());
    }

    @Test
    void missingOrMisnamedMemoryExportIsFlagged() {
        TestWasm.Builder noMemory = module();
        noMemory.exportFunction("run", noMemory.function("run", noMemory.type(t(), t(I32)), i32(0)));
        assertEquals(
                List.of("no memory is exported as \"memory\"; Extism hosts need it"),
                ModuleCheck.check(noMemory.build(), CheckPolicy.extism()).problems());

        TestWasm.Builder misnamed = module().memory(1, 1).export("mem", 2, 0);
        assertEquals(
                List.of(
                        "no memory is exported as \"memory\"; Extism hosts need it",
                        "memory export \"mem\" is not allowed: export exactly one memory, named \"memory\""),
                ModuleCheck.check(misnamed.build(), CheckPolicy.extism()).problems());

        TestWasm.Builder twice = module().memory(1, 1).export("memory", 2, 0).export("heap", 2, 0);
        assertEquals(
                1,
                ModuleCheck.check(twice.build(), CheckPolicy.extism())
                        .problems()
                        .size());
    }

    @Test
    void nonFunctionImportsAreFlaggedUnlessAllowed() {
        byte[] wasm = plugin(b -> b.importRaw(KERNEL, "memory", 2, bytes(0x00, u32(1)))
                        .importRaw(KERNEL, "counter", 3, bytes(I32, 1)))
                .build();
        assertEquals(
                List.of(
                        "import \"extism:host/env\".\"memory\" imports a memory, but a plug-in may only import functions",
                        "import \"extism:host/env\".\"counter\" imports a global, but a plug-in may only import functions"),
                ModuleCheck.check(wasm, CheckPolicy.extism()).problems());
        assertTrue(ModuleCheck.check(wasm, CheckPolicy.extism().allowNonFunctionImports(true))
                .ok());
    }

    @Test
    void orThrowListsEveryProblem() {
        TestWasm.Builder b = module();
        b.importFunction("env", "x", b.type(t(), t()));
        b.exportFunction("f", b.function("f", b.type(t(I64), t()), new byte[0]));
        CheckResult result = ModuleCheck.check(b.build(), CheckPolicy.extism());
        ModuleCheckException e = assertThrows(ModuleCheckException.class, result::orThrow);
        assertEquals(3, e.problems().size());
        for (String p : result.problems()) {
            assertTrue(e.getMessage().contains(p), e.getMessage());
        }
    }

    @Test
    void rewrittenPluginPassesTheCheck() {
        TestWasm.Builder b = plugin(i -> i.importFunction(KERNEL, "free", i.type(t(I64), t()))); // unused
        b.exportFunction("teavm_alloc", b.function("teavm_alloc", b.type(t(I32), t(I32)), bytes(0x20, 0)));
        byte[] wasm = b.build();
        assertFalse(ModuleCheck.check(wasm, CheckPolicy.extism()).ok());
        byte[] rewritten =
                WasmRewriter.rewrite(wasm, RewriteOptions.keepExports("count")).wasm();
        assertTrue(ModuleCheck.check(rewritten, CheckPolicy.extism()).ok());
        assertEquals(List.of(), WasmModule.parse(rewritten).imports()); // count uses no import at all
    }
}
