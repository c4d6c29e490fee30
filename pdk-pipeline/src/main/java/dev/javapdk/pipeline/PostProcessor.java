package dev.javapdk.pipeline;

import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pipeline.check.CheckPolicy;
import dev.javapdk.pipeline.check.CheckResult;
import dev.javapdk.pipeline.check.ModuleCheck;
import dev.javapdk.pipeline.check.ModuleValidator;
import dev.javapdk.pipeline.compile.WasmCompiler;
import dev.javapdk.pipeline.rewrite.RewriteOptions;
import dev.javapdk.pipeline.rewrite.RewriteResult;
import dev.javapdk.pipeline.rewrite.WasmRewriter;
import dev.javapdk.wasm.WasmFormatException;
import dev.javapdk.wasm.WasmImport;
import dev.javapdk.wasm.WasmModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Leaves in the compiled module only what hosts expect: the plug-in's exports and {@code memory},
 * the imports the code uses, and no custom sections (unless debug names are kept); then checks it.
 */
final class PostProcessor {
    private PostProcessor() {}

    record Output(byte[] wasm, String summary) {}

    static Output process(WasmCompiler.Compiled compiled, Set<String> exports, BuildOptions options)
            throws BuildException {
        RewriteResult rewritten;
        try {
            rewritten = WasmRewriter.rewrite(
                    compiled.wasm(), RewriteOptions.keepExports(exports).withNameSection(options.debugNames()));
        } catch (WasmFormatException e) {
            throw new BuildException(
                    "TeaVM problem: the compiler wrote a module this build cannot read (" + e.getMessage()
                            + "). Report it with the plug-in's classes.",
                    e);
        }
        if (!rewritten.missingExports().isEmpty()) {
            throw new BuildException("TeaVM problem: the compiled module lacks the exports "
                    + rewritten.missingExports() + "; TeaVM did not compile those functions");
        }

        CheckPolicy policy =
                CheckPolicy.extism().allowImportModules(options.hostModules().toArray(String[]::new));
        CheckResult result = ModuleCheck.check(rewritten.wasm(), policy);
        if (!result.ok()) {
            List<String> problems = new ArrayList<>(result.problems());
            problems.addAll(explainForeignImports(rewritten.wasm(), compiled, options.hostModules()));
            throw new BuildException(problems);
        }
        ModuleValidator.validate(rewritten.wasm());
        return new Output(rewritten.wasm(), rewritten.summary());
    }

    /** For each import from a module no host provides, the Java code that needs it. */
    private static List<String> explainForeignImports(
            byte[] wasm, WasmCompiler.Compiled compiled, Set<String> hostModules) {
        List<String> explained = new ArrayList<>();
        for (WasmImport imported : WasmModule.parse(wasm).imports()) {
            if (imported.module().equals(Kernel.MODULE) || hostModules.contains(imported.module())) {
                continue;
            }
            String origin = compiled.importOrigin().apply(imported.module(), imported.name());
            explained.add("a call to something the wasm target can't provide: the plug-in imports "
                    + imported.module() + "." + imported.name() + ", which Extism hosts don't provide."
                    + (origin.isEmpty() ? "" : " It is needed by:" + origin)
                    + "\nAvoid that call (java.util.Date, time zones, the system clock and other browser "
                    + "features have no Extism equivalent), or, if " + imported.module() + " is a module of "
                    + "host functions your host provides, list it in the plugin's <hostModules>.");
        }
        return explained;
    }
}
