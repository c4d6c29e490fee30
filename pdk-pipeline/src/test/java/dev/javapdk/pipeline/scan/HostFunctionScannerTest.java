package dev.javapdk.pipeline.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.scan.DeclaredHostFunction.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

class HostFunctionScannerTest {
    private static final Path FIXTURES = Path.of("target/test-classes/dev/javapdk/pipeline/fixtures");

    @Test
    void findsHostFunctionsWithModulesNamesAndWasmSignatures() throws Exception {
        List<DeclaredHostFunction> found = HostFunctionScanner.scan(ClassFiles.read(FIXTURES.resolve("host")));
        assertEquals(
                List.of(
                        "extism:host/user.kv_read (i64) -> i64",
                        "extism:host/user.kv_write (i64, i64) -> ()",
                        "acme:geo.distance (f32, f64, i32, i64) -> f64",
                        "extism:host/user.items (i64) -> i64"),
                found.stream()
                        .map(f -> f.importName() + " " + f.wasmSignature())
                        .toList());
        DeclaredHostFunction items = found.get(3);
        assertEquals(List.of(Kind.JSON), items.parameters());
        assertEquals(Kind.JSON, items.result());
        assertEquals("dev.javapdk.pipeline.fixtures.host.Host", items.className());
        assertEquals(List.of(Kind.STRING, Kind.BYTES), found.get(1).parameters());
        assertEquals(Kind.VOID, found.get(1).result());
    }

    @Test
    void reportsUnsupportedTypesAndMissingNativeNamingTheMethod() {
        ClassNode cls = new ClassNode();
        cls.name = "bad/Plugin";
        cls.sourceFile = "Plugin.java";
        cls.methods.add(method("flag", "(C)Z", Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, null));
        cls.methods.add(method("body", "(I)I", Opcodes.ACC_STATIC, null));
        cls.methods.add(method("kernel", "()V", Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, "extism:host/env"));
        cls.methods.add(method("shorts", "(S)V", Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, null));
        BuildException e = assertThrows(BuildException.class, () -> HostFunctionScanner.scan(List.of(cls)));
        String message = e.getMessage();
        assertTrue(
                message.contains(
                        "unsupported type char for parameter 1 of @HostFunction method bad.Plugin.flag(Plugin.java)"),
                message);
        assertTrue(
                message.contains("unsupported result type boolean of @HostFunction method bad.Plugin.flag"), message);
        assertTrue(
                message.contains("@HostFunction method bad.Plugin.body(Plugin.java) must be declared `static native`"),
                message);
        assertTrue(message.contains("bad.Plugin.kernel(Plugin.java) imports from extism:host/env"), message);
        assertTrue(
                message.contains("unsupported type short for parameter 1 of @HostFunction method bad.Plugin.shorts"),
                message);
    }

    private static MethodNode method(String name, String descriptor, int access, String module) {
        MethodNode method = new MethodNode(access, name, descriptor, null, null);
        AnnotationNode annotation = new AnnotationNode(HostFunctionScanner.ANNOTATION);
        if (module != null) {
            annotation.visit("module", module);
        }
        method.invisibleAnnotations = new java.util.ArrayList<>(List.of(annotation));
        return method;
    }
}
