package dev.javapdk.build.wasm;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the rewriter on real TeaVM output if a build has produced some; skipped otherwise. */
class TeaVmOutputTest {

    private static List<Path> teavmModules() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("samples"))) {
            root = root.getParent(); // tests normally run in the module directory
        }
        List<Path> found = new ArrayList<>();
        for (Path dir : List.of(root.resolve("samples"), root.resolve("pdk-tests"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir, 3)) {
                    files.filter(p -> p.toString().endsWith(".wasm") && p.getParent().getFileName().toString().equals("target"))
                            .forEach(found::add);
                }
            }
        }
        return found;
    }

    /** Return code (or trap), output, error and log of one call with a fixed input. */
    private static String outcome(byte[] wasm, String export) {
        FakeKernel kernel = new FakeKernel("Hello, World! 12345".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String result;
        try {
            result = "rc=" + Chicory.call(wasm, export, kernel.functions());
        } catch (RuntimeException e) {
            result = "trap " + e.getClass().getSimpleName();
        }
        return result + " output=" + java.util.Arrays.toString(kernel.output)
                + " error=" + (kernel.error == null ? null : new String(kernel.error))
                + " log=" + kernel.log;
    }

    @Test
    void rewritesRealTeaVmModules() throws IOException {
        List<Path> modules = teavmModules();
        Assumptions.assumeFalse(modules.isEmpty(), "no TeaVM output under samples/*/target or pdk-tests/target");
        for (Path path : modules) {
            byte[] wasm = Files.readAllBytes(path);
            WasmModule module = WasmModule.parse(wasm);
            assertArrayEquals(wasm, module.toBytes(), path.toString());
            // Keep the plug-in functions: () -> i32 exports that are not TeaVM's own.
            List<String> keep = module.exports().stream()
                    .filter(e -> e.kind() == ExternKind.FUNCTION && e.type().equals("() -> i32"))
                    .map(WasmExport::name)
                    .filter(n -> !n.startsWith("teavm") && !n.equals("start") && !n.equals("_start"))
                    .toList();
            RewriteResult result = WasmRewriter.rewrite(wasm, RewriteOptions.keepExports(keep));
            Chicory.validate(result.wasm());
            WasmModule after = WasmModule.parse(result.wasm());
            assertTrue(after.exports().stream().noneMatch(e -> e.name().startsWith("teavm")), path.toString());
            assertTrue(result.sizeAfter() <= result.sizeBefore());
            // Each plug-in function alone: a smaller module that behaves exactly like the original.
            for (String export : keep) {
                RewriteResult one = WasmRewriter.rewrite(wasm, RewriteOptions.keepExports(export));
                assertEquals(List.of(export, "memory"), WasmModule.parse(one.wasm()).exports().stream()
                        .map(WasmExport::name).filter(n -> n.equals(export) || n.equals("memory")).toList());
                assertEquals(outcome(wasm, export), outcome(one.wasm(), export), path + " " + export);
            }
            System.out.println(path + ": " + result.summary() + "; check: "
                    + ModuleCheck.check(result.wasm(), CheckPolicy.extism()).problems());
        }
    }
}
