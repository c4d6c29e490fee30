package dev.javapdk.pipeline;

import dev.javapdk.pdk.json.Bindings;
import dev.javapdk.pipeline.check.HostSupport;
import dev.javapdk.pipeline.compile.WasmCompiler;
import dev.javapdk.pipeline.glue.GlueGenerator;
import dev.javapdk.pipeline.glue.HostFunctionGlue;
import dev.javapdk.pipeline.json.CodecGenerator;
import dev.javapdk.pipeline.json.JsonBinding;
import dev.javapdk.pipeline.scan.ClassFiles;
import dev.javapdk.pipeline.scan.DeclaredHostFunction;
import dev.javapdk.pipeline.scan.ExportScanner;
import dev.javapdk.pipeline.scan.ExportedFunction;
import dev.javapdk.pipeline.scan.HostFunctionScanner;
import dev.javapdk.wasm.WasmModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

        List<DeclaredHostFunction> hostFunctions = HostFunctionScanner.scan(classes);
        if (!hostFunctions.isEmpty()) {
            log.accept("Host functions: "
                    + hostFunctions.stream()
                            .map(f -> f.importName() + " " + f.wasmSignature() + " ← " + f.location())
                            .collect(Collectors.joining(", ")));
        }

        JsonBinding.Result json = JsonBinding.bind(exports, hostFunctions, classes, classesDir, dependencies, workDir);

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
        List<WasmCompiler.Redirect> redirects = new ArrayList<>();
        if (json != null) {
            redirects.add(new WasmCompiler.Redirect(Bindings.class.getName(), CodecGenerator.BINDINGS_CLASS_NAME));
        }
        HostFunctionGlue.Result host = HostFunctionGlue.generate(hostFunctions, json, classPath, workDir);
        if (host != null) {
            classPath.add(1, host.classesDir());
            redirects.addAll(host.redirects());
        }
        WasmCompiler.Compiled compiled = compiler.compile(GlueGenerator.CLASS_NAME, classPath, options, redirects);

        Set<String> keep = exports.stream().map(ExportedFunction::exportName).collect(Collectors.toSet());
        // Modules named by @HostFunction need no hostModules entry.
        Set<String> modules = new TreeSet<>(options.hostModules());
        hostFunctions.forEach(f -> modules.add(f.module()));
        BuildOptions checked = new BuildOptions(
                options.minHeapBytes(),
                options.maxHeapBytes(),
                options.optimization(),
                options.debugNames(),
                modules,
                options.exportClasses());
        PostProcessor.Output processed = PostProcessor.process(compiled, keep, checked);

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
