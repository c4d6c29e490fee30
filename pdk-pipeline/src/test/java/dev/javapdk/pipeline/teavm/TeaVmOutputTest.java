package dev.javapdk.pipeline.teavm;

import static org.junit.jupiter.api.Assertions.*;

import dev.javapdk.fixtures.Chicory;
import dev.javapdk.fixtures.FakeKernel;
import dev.javapdk.pdk.internal.ExportSupport;
import dev.javapdk.pipeline.BuildOptions;
import dev.javapdk.pipeline.check.CheckPolicy;
import dev.javapdk.pipeline.check.ModuleCheck;
import dev.javapdk.pipeline.glue.GlueGenerator;
import dev.javapdk.pipeline.rewrite.RewriteOptions;
import dev.javapdk.pipeline.rewrite.RewriteResult;
import dev.javapdk.pipeline.rewrite.WasmRewriter;
import dev.javapdk.pipeline.scan.ExportScanner;
import dev.javapdk.pipeline.scan.ExportedFunction;
import dev.javapdk.wasm.ExternKind;
import dev.javapdk.wasm.WasmExport;
import dev.javapdk.wasm.WasmModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs the rewriter on real TeaVM output: a fixture compiled here, and any modules a build left. */
class TeaVmOutputTest {

    /**
     * A fresh TeaVM module (before any rewriting: teavm_* exports, start, _start) compiled from the
     * fixture plug-in, plus whatever modules a previous build left under samples/ and pdk-tests/.
     */
    private static List<Path> teavmModules() throws Exception {
        List<Path> found = new ArrayList<>();
        Path work = Files.createTempDirectory("teavm-output");
        List<ExportedFunction> exports =
                ExportScanner.scan(Path.of("target/test-classes/dev/javapdk/pipeline/fixtures/good"));
        Path glue = work.resolve("glue");
        Path glueFile = glue.resolve(GlueGenerator.CLASS_NAME.replace('.', '/') + ".class");
        Files.createDirectories(glueFile.getParent());
        Files.write(glueFile, GlueGenerator.generate(exports));
        Path api = Path.of(ExportSupport.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        byte[] wasm = new TeaVMCompiler()
                .compile(
                        GlueGenerator.CLASS_NAME,
                        List.of(glue, Path.of("target/test-classes"), api),
                        BuildOptions.defaults())
                .wasm();
        Path fixture = work.resolve("fixture.wasm");
        Files.write(fixture, wasm);
        found.add(fixture);

        Path root = Path.of("").toAbsolutePath().getParent();
        for (Path dir : List.of(root.resolve("samples"), root.resolve("pdk-tests"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir, 3)) {
                    files.filter(p -> p.toString().endsWith(".wasm")
                                    && p.getParent().getFileName().toString().equals("target"))
                            .filter(TeaVmOutputTest::fakeKernelCanRun)
                            .forEach(found::add);
                }
            }
        }
        return found;
    }

    /**
     * The fake kernel has no HTTP and no user host functions; modules that import them are left to
     * their own integration tests.
     */
    private static boolean fakeKernelCanRun(Path wasm) {
        try {
            return WasmModule.parse(Files.readAllBytes(wasm)).imports().stream()
                    .noneMatch(i -> i.name().startsWith("http_") || !i.module().equals("extism:host/env"));
        } catch (IOException e) {
            return false;
        }
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
    void rewritesRealTeaVmModules() throws Exception {
        List<Path> modules = teavmModules();
        for (Path path : modules) {
            byte[] wasm = Files.readAllBytes(path);
            WasmModule module = WasmModule.parse(wasm);
            assertArrayEquals(wasm, module.toBytes(), path.toString());
            // Keep the plug-in functions: () -> i32 exports that are not TeaVM's own.
            List<String> keep = module.exports().stream()
                    .filter(e -> e.kind() == ExternKind.FUNCTION
                            && module.functionType(e.index()).equals(ModuleCheck.EXPORT_SIGNATURE))
                    .map(WasmExport::name)
                    .filter(n -> !n.startsWith("teavm") && !n.equals("start") && !n.equals("_start"))
                    .toList();
            RewriteResult result = WasmRewriter.rewrite(wasm, RewriteOptions.keepExports(keep));
            Chicory.validate(result.wasm());
            WasmModule after = WasmModule.parse(result.wasm());
            assertTrue(
                    after.exports().stream()
                            .noneMatch(e -> e.name().startsWith("teavm")
                                    || e.name().equals("start")
                                    || e.name().equals("_start")),
                    path.toString());
            assertTrue(
                    ModuleCheck.check(result.wasm(), CheckPolicy.extism()).ok(),
                    ModuleCheck.check(result.wasm(), CheckPolicy.extism())
                            .problems()
                            .toString());
            // Raw TeaVM output shrinks. A module the pipeline already wrote (other modules' target/
            // when they were built before) may grow by a byte when rewritten again (a LEB128 width).
            boolean raw = path.equals(modules.get(0)); // teavmModules() lists the fresh TeaVM build first
            assertTrue(
                    !raw || result.sizeAfter() <= result.sizeBefore(),
                    path + ": " + result.sizeBefore() + " -> " + result.sizeAfter());
            // Each plug-in function alone: a smaller module that behaves exactly like the original.
            for (String export : keep) {
                RewriteResult one = WasmRewriter.rewrite(wasm, RewriteOptions.keepExports(export));
                assertEquals(
                        List.of(export, "memory"),
                        WasmModule.parse(one.wasm()).exports().stream()
                                .map(WasmExport::name)
                                .filter(n -> n.equals(export) || n.equals("memory"))
                                .toList());
                assertEquals(outcome(wasm, export), outcome(one.wasm(), export), path + " " + export);
            }
            System.out.println(path + ": " + result.summary() + "; check: "
                    + ModuleCheck.check(result.wasm(), CheckPolicy.extism()).problems());
        }
    }
}
