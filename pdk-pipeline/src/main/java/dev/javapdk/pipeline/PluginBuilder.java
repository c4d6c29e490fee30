package dev.javapdk.pipeline;

import dev.javapdk.pdk.json.Bindings;
import dev.javapdk.pipeline.check.HostSupport;
import dev.javapdk.pipeline.compile.WasmCompiler;
import dev.javapdk.pipeline.glue.GlueGenerator;
import dev.javapdk.pipeline.json.CodecGenerator;
import dev.javapdk.pipeline.json.JsonBinding;
import dev.javapdk.pipeline.scan.ClassFiles;
import dev.javapdk.pipeline.scan.ExportScanner;
import dev.javapdk.pipeline.scan.ExportedFunction;
import dev.javapdk.wasm.WasmModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.objectweb.asm.tree.ClassNode;

/**
 * The build pipeline, callable without Maven: find exports → generate glue → compile with TeaVM →
 * rewrite the wasm → check it → write it.
 *
 * <pre>{@code
 * PluginBuilder.Result result = new PluginBuilder(new TeaVMCompiler(), System.out::println)
 *         .build(Path.of("target/classes"), dependencyJars, Path.of("target/javapdk"),
 *                Path.of("target/greet.wasm"), BuildOptions.defaults());
 * }</pre>
 */
public final class PluginBuilder {
    private final WasmCompiler compiler;
    private final Consumer<String> log;

    public PluginBuilder(WasmCompiler compiler, Consumer<String> log) {
        this.compiler = compiler;
        this.log = log;
    }

    /**
     * What a build produced.
     *
     * @param patches      the compiler-specific fixes applied, by name, with how many methods each changed
     * @param hostWarnings the hosts that will refuse the module, one sentence per kernel import they lack
     */
    public record Result(
            Path wasm,
            List<ExportedFunction> exports,
            int compiledBytes,
            int finalBytes,
            String rewriteSummary,
            Map<String, Integer> patches,
            List<String> hostWarnings) {}

    /**
     * Builds the plug-in whose classes are in {@code classesDir}.
     *
     * @param dependencies the plug-in's run-time class path (jars or directories; pdk-api among them)
     * @param workDir      scratch space for generated classes
     * @param output       where the final module goes
     */
    public Result build(Path classesDir, List<Path> dependencies, Path workDir, Path output, BuildOptions options)
            throws BuildException, IOException {
        List<ClassNode> classes = ClassFiles.read(classesDir);
        List<ExportedFunction> exports = ExportScanner.scan(classes, options.exportClasses());
        log.accept("Exports: "
                + exports.stream()
                        .map(e -> e.exportName() + " ← " + e.className() + "." + e.javaSignature())
                        .collect(Collectors.joining(", ")));

        JsonBinding.Result json = JsonBinding.bind(exports, classes, classesDir, dependencies, workDir);

        Path glueDir = workDir.resolve("glue");
        Path glueFile = glueDir.resolve(GlueGenerator.CLASS_NAME.replace('.', '/') + ".class");
        Files.createDirectories(glueFile.getParent());
        Files.write(glueFile, GlueGenerator.generate(exports, json));

        List<Path> classPath = new ArrayList<>();
        classPath.add(glueDir);
        if (json != null) {
            classPath.add(json.classesDir());
        }
        classPath.add(classesDir);
        classPath.addAll(dependencies);
        List<WasmCompiler.Redirect> redirects = json == null
                ? List.of()
                : List.of(new WasmCompiler.Redirect(Bindings.class.getName(), CodecGenerator.BINDINGS_CLASS_NAME));
        WasmCompiler.Compiled compiled = compiler.compile(GlueGenerator.CLASS_NAME, classPath, options, redirects);

        Set<String> keep = exports.stream().map(ExportedFunction::exportName).collect(Collectors.toSet());
        PostProcessor.Output processed = PostProcessor.process(compiled, keep, options);

        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, processed.wasm());
        return new Result(
                output,
                exports,
                compiled.wasm().length,
                processed.wasm().length,
                processed.summary(),
                compiled.patches(),
                HostSupport.warnings(WasmModule.parse(processed.wasm())));
    }
}
