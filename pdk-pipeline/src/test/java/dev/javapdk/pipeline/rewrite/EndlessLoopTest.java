package dev.javapdk.pipeline.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javapdk.fixtures.Chicory;
import dev.javapdk.fixtures.FakeKernel;
import dev.javapdk.pdk.internal.ExportSupport;
import dev.javapdk.pipeline.BuildOptions;
import dev.javapdk.pipeline.ClassPaths;
import dev.javapdk.pipeline.PluginBuilder;
import dev.javapdk.pipeline.fixtures.loops.Loops;
import dev.javapdk.pipeline.teavm.TeaVMCompiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-void methods whose loops have no normal exit: TeaVM 0.13.1 ends them with a bare
 * {@code return} that no validator accepts. The rewrite stage closes those dead exits, so the
 * build succeeds (the check stage validates the module) and the functions behave as in Java.
 */
class EndlessLoopTest {
    @TempDir
    Path work;

    @Test
    void modulesWithEndlessLoopsAreValidAndRun() throws Exception {
        Path api = ClassPaths.entryOf(ExportSupport.class);
        Path wasm = work.resolve("loops.wasm");
        new PluginBuilder(new TeaVMCompiler(), line -> {})
                .build(
                        Path.of("target/test-classes"),
                        List.of(api),
                        work,
                        wasm,
                        BuildOptions.defaults().withExportClasses(Set.of(Loops.class.getName())));
        byte[] module = Files.readAllBytes(wasm);
        Chicory.validate(module);

        FakeKernel kernel = new FakeKernel("abc".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, Chicory.call(module, "untilThrow", kernel.functions()));
        assertEquals(
                "java.lang.IllegalStateException: stopped after 3 rounds",
                new String(kernel.error, StandardCharsets.UTF_8));
    }
}
