package dev.javapdk.pipeline.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.pdk.internal.ExportSupport;
import dev.javapdk.pipeline.BuildOptions;
import dev.javapdk.pipeline.ClassPaths;
import dev.javapdk.pipeline.PluginBuilder;
import dev.javapdk.pipeline.fixtures.patches.Patched;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teavm.diagnostics.Problem;
import org.teavm.diagnostics.ProblemSeverity;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/** Each TeaVM patch applies to real code, and says so loudly when its target is gone. */
class TeaVMPatchTest {
    @TempDir
    Path work;

    @Test
    void everyPatchAppliesToCodeThatNeedsIt() throws Exception {
        Path api = ClassPaths.entryOf(ExportSupport.class);
        PluginBuilder.Result result = new PluginBuilder(new TeaVMCompiler(), line -> {})
                .build(
                        Path.of("target/test-classes"),
                        List.of(api),
                        work,
                        work.resolve("patched.wasm"),
                        BuildOptions.defaults().withExportClasses(Set.of(Patched.class.getName())));
        Map<String, Integer> patches = result.patches();
        assertEquals(
                Set.of(
                        "RuntimeImportTransformer",
                        "DivisionTransformer",
                        "HeapGrowthTransformer",
                        "RedirectTransformer",
                        "GcPatchTransformer",
                        "OomPollTransformer",
                        "ClasslibTransformer",
                        "ClassInitTransformer",
                        "StackDepthTransformer"),
                patches.keySet());
        patches.forEach((name, count) -> assertTrue(count > 0, name + " applied to nothing: " + patches));
    }

    @Test
    void aPatchWhoseTargetIsGoneFails() {
        HeapGrowthTransformer patch = new HeapGrowthTransformer();
        // A GC class without computeMinRequestedSize, as a TeaVM that renamed it would have.
        patch.transformClass(new ClassHolder(HeapGrowthTransformer.GC), null);
        String problem = patch.problem();
        assertNotNull(problem);
        assertTrue(problem.contains("did not find org.teavm.runtime.GC.computeMinRequestedSize"), problem);
    }

    @Test
    void aClasslibFixWhoseMethodIsGoneFails() {
        ClasslibTransformer patch = new ClasslibTransformer();
        // A String without isBlank, as a TeaVM that dropped it would have.
        patch.transformClass(new ClassHolder("java.lang.String"), null);
        String problem = patch.problem();
        assertNotNull(problem);
        assertTrue(problem.contains("did not find java.lang.String.isBlank()Z"), problem);
    }

    @Test
    void aRequiredPatchThatChangedNothingFails() {
        String problem = new HeapGrowthTransformer().problem();
        assertNotNull(problem);
        assertTrue(problem.contains("changed nothing"), problem);
        assertNull(new DivisionTransformer().problem(), "divisions are optional");
    }

    @Test
    void problemsAreClassifiedByWhatTheyReference() {
        ClassHolder date = new ClassHolder("java.util.Date");
        MethodHolder lowLevel =
                new MethodHolder(new MethodDescriptor("getDateLowLevel", ValueType.LONG, ValueType.INTEGER));
        lowLevel.getModifiers().add(ElementModifier.NATIVE);
        lowLevel.getModifiers().add(ElementModifier.STATIC);
        date.addMethod(lowLevel);
        ClassHolder plugin = new ClassHolder("bad.Plugin");
        MethodHolder helper =
                new MethodHolder(new MethodDescriptor("nativeHelper", ValueType.INTEGER, ValueType.INTEGER));
        helper.getModifiers().add(ElementModifier.NATIVE);
        plugin.addMethod(helper);
        Map<String, ClassHolder> known = Map.of(date.getName(), date, plugin.getName(), plugin);
        ClassReaderSource classes = known::get;

        // The wording is deliberately not TeaVM's: only the parameters decide.
        assertEquals(
                TeaVMCompiler.ProblemKind.MISSING,
                TeaVMCompiler.classify(problem("x {{c0}} y", "java.net.Socket"), classes));
        assertEquals(
                TeaVMCompiler.ProblemKind.MISSING,
                TeaVMCompiler.classify(
                        problem(
                                "x {{m0}} y",
                                new MethodReference("java.lang.Thread", "sleep", ValueType.LONG, ValueType.VOID)),
                        classes));
        assertEquals(
                TeaVMCompiler.ProblemKind.UNSUPPORTED,
                TeaVMCompiler.classify(problem("x {{m0}} y", lowLevel.getReference()), classes));
        assertEquals(
                TeaVMCompiler.ProblemKind.OTHER,
                TeaVMCompiler.classify(problem("x {{m0}} y", helper.getReference()), classes));
        assertEquals(
                TeaVMCompiler.ProblemKind.OTHER, TeaVMCompiler.classify(problem("x {{c0}} y", "bad.Plugin"), classes));
    }

    private static Problem problem(String text, Object... params) {
        return new Problem(ProblemSeverity.ERROR, null, text, params);
    }
}
