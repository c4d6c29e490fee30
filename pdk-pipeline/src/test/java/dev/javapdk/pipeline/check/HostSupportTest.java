package dev.javapdk.pipeline.check;

import static dev.javapdk.fixtures.TestWasm.I32;
import static dev.javapdk.fixtures.TestWasm.I64;
import static dev.javapdk.fixtures.TestWasm.module;
import static dev.javapdk.fixtures.TestWasm.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.fixtures.TestWasm;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.wasm.WasmModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build names the hosts that will refuse a module, from the kernel imports it has. */
class HostSupportTest {
    @Test
    void importsSomeHostsLackAreNamedWithThoseHosts() {
        TestWasm.Builder b = module();
        b.importFunction(Kernel.MODULE, "input_length", b.type(t(), t(I64)));
        b.importFunction(Kernel.MODULE, "log_trace", b.type(t(I64), t()));
        b.importFunction(Kernel.MODULE, "input_offset", b.type(t(), t(I64)));
        b.importFunction("extism:host/user", "log_trace", b.type(t(I64), t()));
        List<String> warnings = HostSupport.warnings(WasmModule.parse(b.build()));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("the plug-in imports log_trace, so the JS SDK 1.0.x"), warnings.get(0));
        assertTrue(
                warnings.get(1).startsWith("the plug-in imports input_offset, so Extism hosts released before 2024"),
                warnings.get(1));
    }

    @Test
    void commonImportsWarnOfNothing() {
        TestWasm.Builder b = module();
        b.importFunction(Kernel.MODULE, "input_length", b.type(t(), t(I64)));
        b.importFunction(Kernel.MODULE, "get_log_level", b.type(t(), t(I32)));
        assertEquals(1, HostSupport.warnings(WasmModule.parse(b.build())).size());
    }

    @Test
    void everyListedImportIsAKernelImport() {
        for (String name : HostSupport.REFUSED_BY.keySet()) {
            assertTrue(KernelImports.read().containsKey(name), name + " is not declared in Kernel");
        }
        assertTrue(KernelImports.read().containsKey("input_offset"), "Kernel offers input_offset");
    }
}
