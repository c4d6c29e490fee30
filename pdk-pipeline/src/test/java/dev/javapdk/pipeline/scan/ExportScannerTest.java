package dev.javapdk.pipeline.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.glue.GlueGenerator;
import dev.javapdk.pipeline.scan.ExportedFunction.Input;
import dev.javapdk.pipeline.scan.ExportedFunction.Output;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class ExportScannerTest {
    private static final Path FIXTURES = Path.of("target/test-classes/dev/javapdk/pipeline/fixtures");

    @Test
    void findsExportsWithNamesKindsAndSourceLocations() throws Exception {
        Map<String, ExportedFunction> found = ExportScanner.scan(FIXTURES.resolve("good")).stream()
                .collect(Collectors.toMap(ExportedFunction::exportName, Function.identity()));
        assertEquals(
                List.of("greet", "nothing", "raw", "status"),
                found.keySet().stream().sorted().toList());
        ExportedFunction greet = found.get("greet");
        assertEquals("dev.javapdk.pipeline.fixtures.good.Good", greet.className());
        assertEquals(Input.STRING, greet.input());
        assertEquals(Output.STRING, greet.output());
        assertEquals("dev.javapdk.pipeline.fixtures.good.Good.greet(Good.java:8)", greet.location());
        assertEquals("String greet(String)", greet.javaSignature());
        assertEquals("bytes", found.get("raw").methodName());
        assertEquals(Input.BYTES, found.get("raw").input());
        assertEquals(Output.STATUS, found.get("status").output());
        assertEquals(Input.NONE, found.get("nothing").input());
        assertEquals(Output.VOID, found.get("nothing").output());
    }

    @Test
    void reportsEveryProblemAtOnceWithClassAndMethod() {
        BuildException error = assertThrows(BuildException.class, () -> ExportScanner.scan(FIXTURES.resolve("hidden")));
        String message = error.getMessage();
        assertEquals(5, error.problems().size(), message);
        assertTrue(
                message.contains("@Export method dev.javapdk.pipeline.fixtures.hidden.Hidden.packagePrivate("
                        + "Hidden.java:8) is not public: make it `public static`"),
                message);
        assertTrue(message.contains("Hidden.instance(Hidden.java:13) is not static"), message);
        assertTrue(
                message.contains("export name \"memory\" of dev.javapdk.pipeline.fixtures.hidden.Hidden.reserved"),
                message);
        assertTrue(
                message.contains("@Export(name = \"\") on dev.javapdk.pipeline.fixtures.hidden.Hidden.empty"), message);
        assertTrue(
                message.contains("is in a class that is not public: make "
                        + "dev.javapdk.pipeline.fixtures.hidden.Hidden.Inner public"),
                message);
    }

    @Test
    void missingClassesDirectoryIsAClearError(@TempDir Path dir) {
        BuildException error = assertThrows(BuildException.class, () -> ExportScanner.scan(dir.resolve("nope")));
        assertTrue(error.getMessage().startsWith("no compiled classes at "), error.getMessage());
    }

    @Test
    void glueHasOneTeaVMExportPerFunctionReturningI32() throws Exception {
        List<ExportedFunction> exports = ExportScanner.scan(FIXTURES.resolve("good"));
        byte[] glue = GlueGenerator.generate(exports);
        Map<String, String> exported = new java.util.TreeMap<>();
        new ClassReader(glue)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String descriptor, String signature, String[] exceptions) {
                                return new MethodVisitor(Opcodes.ASM9) {
                                    @Override
                                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                                        return new AnnotationVisitor(Opcodes.ASM9) {
                                            @Override
                                            public void visit(String key, Object value) {
                                                if (annotation.equals("Lorg/teavm/interop/Export;")) {
                                                    exported.put((String) value, descriptor);
                                                }
                                            }
                                        };
                                    }
                                };
                            }
                        },
                        0);
        assertEquals(Map.of("greet", "()I", "raw", "()I", "status", "()I", "nothing", "()I"), exported);
        // The class must also be well-formed for the JVM: define and link it in a throwaway loader.
        Class<?> defined = new ClassLoader(getClass().getClassLoader()) {
            Class<?> define() {
                return defineClass(GlueGenerator.CLASS_NAME, glue, 0, glue.length);
            }
        }.define();
        assertEquals(GlueGenerator.CLASS_NAME, defined.getName());
        // main, and per function the exported (unmanaged) guard and its body.
        assertEquals(9, defined.getDeclaredMethods().length, "main plus four exports with their bodies");
    }
}
