package dev.javapdk.pipeline.check;

import static org.junit.jupiter.api.Assertions.*;

import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.wasm.FuncType;
import dev.javapdk.wasm.ValType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teavm.interop.Import;

/** The checker's kernel table against {@link Kernel}, read a second way: by reflection. */
class KernelImportsTest {
    private static final Map<Class<?>, ValType> WASM = Map.of(
            int.class, ValType.I32, long.class, ValType.I64, float.class, ValType.F32, double.class, ValType.F64);

    @Test
    void everyKernelImportHasItsSignatureInTheTableAndNothingElseIsThere() {
        Map<String, FuncType> expected = new HashMap<>();
        for (Method m : Kernel.class.getDeclaredMethods()) {
            if (!Modifier.isNative(m.getModifiers())) {
                continue;
            }
            // @Import has RUNTIME retention, so reflection sees it; the table is read from bytecode.
            Import imported = m.getAnnotation(Import.class);
            assertNotNull(imported, m.getName() + " is native without @Import");
            assertEquals(Kernel.MODULE, imported.module(), m.getName());
            List<ValType> params = java.util.Arrays.stream(m.getParameterTypes())
                    .map(WASM::get)
                    .toList();
            List<ValType> results = m.getReturnType() == void.class ? List.of() : List.of(WASM.get(m.getReturnType()));
            expected.put(imported.name(), FuncType.of(params, results));
        }
        assertEquals(expected, CheckPolicy.EXTISM_KERNEL);
        assertEquals(expected, KernelImports.read());
        assertEquals(26, CheckPolicy.EXTISM_KERNEL.size()); // every host-function import of the current Extism runtime
    }

    /** A few signatures spelled out, as the Extism kernel defines them. */
    @Test
    void knownSignatures() {
        Map<String, FuncType> k = CheckPolicy.EXTISM_KERNEL;
        assertEquals("() -> i64", k.get("input_length").toString());
        assertEquals("(i64) -> i64", k.get("alloc").toString());
        assertEquals("(i64, i32) -> ()", k.get("store_u8").toString());
        assertEquals("(i64) -> ()", k.get("free").toString());
        assertEquals("() -> i32", k.get("get_log_level").toString());
        assertEquals("(i64, i64) -> i64", k.get("http_request").toString());
    }

    @Test
    void tableIsReadOnlyAndInDeclarationOrder() {
        List<String> names = List.copyOf(CheckPolicy.EXTISM_KERNEL.keySet());
        assertEquals("input_length", names.get(0));
        assertEquals("get_log_level", names.get(names.size() - 1));
        assertThrows(
                UnsupportedOperationException.class,
                () -> CheckPolicy.EXTISM_KERNEL.put("x", FuncType.of(List.of(), List.of())));
    }
}
