package com.example.funcgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.funcgen.FuncGenException.Kind;
import dev.javapdk.pdk.Export;
import dev.javapdk.pipeline.ClassPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** javac and the reference check, without TeaVM. */
class SourceCompilerTest {
    @TempDir
    Path classes;

    private void compile(String answer) throws Exception {
        SourceCompiler.compile(GeneratedCode.from(answer, "apply"), classes, ClassPaths.entryOf(Export.class));
    }

    @Test
    void compilesTheMethodAndTheExportWrapper() throws Exception {
        compile(Answers.REVERSE_FENCED);
        assertTrue(Files.isRegularFile(classes.resolve("funcgen/generated/Generated.class")));
        assertTrue(Files.isRegularFile(classes.resolve("funcgen/generated/Function.class")));
    }

    @Test
    void aCompileErrorNamesTheLineOfTheGeneratedCode() {
        FuncGenException e = assertThrows(FuncGenException.class, () -> compile(Answers.DOES_NOT_COMPILE));
        assertEquals(Kind.COMPILE, e.kind());
        assertTrue(e.getMessage().contains("line 3: cannot find symbol"), e.getMessage());
        assertTrue(e.getMessage().contains("variable missing"), e.getMessage());
        assertTrue(e.getMessage().endsWith("    return Integer.toString(count + missing);"), e.getMessage());
    }

    @Test
    void errorsAfterTheMethodKeepTheirLineNumbers() {
        FuncGenException e = assertThrows(
                FuncGenException.class,
                () -> compile("public class Solution {\n"
                        + "    public static String apply(String input) { return input; }\n"
                        + "}\n"
                        + "\n"
                        + "class Broken { void x() { int y = \"s\"; } }\n"));
        assertEquals(Kind.COMPILE, e.kind());
        assertTrue(e.getMessage().contains("line 5: incompatible types"), e.getMessage());
    }

    @Test
    void aMethodTheExportCannotCallIsReportedAtTheCall() {
        FuncGenException e = assertThrows(
                FuncGenException.class,
                () -> compile("interface Solution {\n"
                        + "    public static String apply(String input) { return input; }\n"
                        + "}\n"));
        assertEquals(Kind.COMPILE, e.kind());
        assertTrue(e.getMessage().contains("calling Generated.apply(input): cannot find symbol"), e.getMessage());
    }

    @Test
    void thePdkAndNativeMethodsAreOutOfReach() {
        FuncGenException e = assertThrows(FuncGenException.class, () -> compile(Answers.USES_PDK_HTTP));
        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("only the Java class library"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.javapdk.pdk.Http (line 2)"), e.getMessage());

        FuncGenException nativeMethod = assertThrows(
                FuncGenException.class,
                () -> compile("private static native long request(long address);\n"
                        + "public static String apply(String input) { return Long.toString(request(0)); }\n"));
        assertEquals(Kind.UNSUPPORTED, nativeMethod.kind());
        assertTrue(nativeMethod.getMessage().contains("a native method (request)"), nativeMethod.getMessage());
    }
}
