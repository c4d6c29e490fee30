package dev.javapdk.pipeline.teavm;

import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.BuildOptions;
import dev.javapdk.pipeline.ClassPaths;
import dev.javapdk.pipeline.compile.WasmCompiler;
import dev.javapdk.runtime.TeaVMRuntime;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.backend.wasm.WasmRuntimeType;
import org.teavm.backend.wasm.WasmTarget;
import org.teavm.backend.wasm.render.WasmBinaryVersion;
import org.teavm.cache.AlwaysStaleCacheStatus;
import org.teavm.callgraph.CallGraph;
import org.teavm.classlib.java.lang.TMath;
import org.teavm.dependency.PreciseDependencyAnalyzer;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.interop.Import;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.impl.JSOPlugin;
import org.teavm.metaprogramming.Metaprogramming;
import org.teavm.metaprogramming.impl.MetaprogrammingImpl;
import org.teavm.model.AnnotationReader;
import org.teavm.model.AnnotationValue;
import org.teavm.model.CallLocation;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.FieldReference;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.PreOptimizingClassHolderSource;
import org.teavm.model.ReferenceCache;
import org.teavm.model.ValueType;
import org.teavm.parsing.ClasspathClassHolderSource;
import org.teavm.parsing.resource.ResourceProvider;
import org.teavm.platform.Platform;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.vm.BuildTarget;
import org.teavm.vm.TeaVM;
import org.teavm.vm.TeaVMBuilder;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * {@link WasmCompiler} on TeaVM 0.13's linear-memory wasm backend.
 *
 * <p>Settings (docs/teavm.md): runtime type {@code TEAVM} (not WASI: Extism hosts need not offer
 * WASI), binary version 1, TeaVM's own exception mechanism rather than the wasm exception proposal
 * (which not every host runs), obfuscated names, precise dependency analysis.
 */
public final class TeaVMCompiler implements WasmCompiler {
    private static final String OUTPUT = "plugin.wasm";

    @Override
    public Compiled compile(String entryClass, List<Path> classPath, BuildOptions options, List<Redirect> redirects)
            throws BuildException {
        List<Path> fullPath = new ArrayList<>(classPath);
        fullPath.addAll(runtimeClassPath());
        List<File> files = fullPath.stream().map(Path::toFile).toList();
        try (ResourceProvider resources = ResourceProvider.ofClassPath(files);
                URLClassLoader loader =
                        new URLClassLoader(ClassPaths.urls(fullPath), TeaVMCompiler.class.getClassLoader())) {
            WasmTarget target = new InliningWasmTarget();
            target.setRuntimeType(WasmRuntimeType.TEAVM);
            target.setVersion(WasmBinaryVersion.V_0x1);
            target.setExceptionsUsed(false);
            target.setObfuscated(!options.debugNames());
            target.setMinHeapSize(options.minHeapBytes());
            target.setMaxHeapSize(options.maxHeapBytes());

            ReferenceCache referenceCache = new ReferenceCache();
            TeaVM vm = new TeaVMBuilder(target)
                    .setReferenceCache(referenceCache)
                    .setClassLoader(loader)
                    .setResourceProvider(resources)
                    .setClassSource(new PreOptimizingClassHolderSource(
                            new ClasspathClassHolderSource(resources, referenceCache)))
                    .setDependencyAnalyzerFactory(PreciseDependencyAnalyzer::new)
                    .setObfuscated(!options.debugNames())
                    .build();
            vm.setCacheStatus(AlwaysStaleCacheStatus.INSTANCE);
            vm.setOptimizationLevel(
                    switch (options.optimization()) {
                        case SIMPLE -> TeaVMOptimizationLevel.SIMPLE;
                        case ADVANCED -> TeaVMOptimizationLevel.ADVANCED;
                        case FULL -> TeaVMOptimizationLevel.FULL;
                    });
            vm.installPlugins();
            List<TeaVMPatch> patches = new ArrayList<>(List.of(
                    new RuntimeImportTransformer(),
                    new DivisionTransformer(),
                    new HeapGrowthTransformer(),
                    new RedirectTransformer(redirects),
                    new GcPatchTransformer(),
                    new OomPollTransformer(),
                    new ClasslibTransformer(),
                    new ClassInitTransformer()));
            // Deep recursion as a StackOverflowError (about a fifth of the module's size);
            // -Djavapdk.stackCheck=false on the build's JVM leaves it out (deep recursion is then the
            // host's trap). README, "What a plug-in does under abuse".
            if (!"false".equals(System.getProperty("javapdk.stackCheck"))) {
                patches.add(new StackDepthTransformer());
            }
            patches.forEach(vm::add);
            vm.setEntryPoint(entryClass);

            MemoryTarget output = new MemoryTarget();
            vm.build(output, OUTPUT);

            List<String> problems = new ArrayList<>();
            Map<String, Integer> applied = new LinkedHashMap<>();
            for (TeaVMPatch patch : patches) {
                applied.put(patch.getClass().getSimpleName(), patch.appliedCount());
                if (patch.problem() != null) {
                    problems.add(patch.problem());
                }
            }
            CallGraph callGraph =
                    vm.getDependencyInfo() != null ? vm.getDependencyInfo().getCallGraph() : null;
            ClassReaderSource classes = vm.getDependencyClassSource();
            for (Problem problem : vm.getProblemProvider().getSevereProblems()) {
                problems.add(describe(problem, classes, callGraph));
            }
            if (!problems.isEmpty()) {
                throw new BuildException(problems);
            }
            byte[] wasm = output.files.get(OUTPUT);
            if (wasm == null) {
                throw new BuildException("TeaVM problem: TeaVM finished without writing a wasm module and reported "
                        + "no error; run the build with -X to see TeaVM's log");
            }
            return new Compiled(wasm, (module, name) -> importOrigin(vm, callGraph, module, name), applied);
        } catch (IOException e) {
            throw new BuildException("TeaVM problem: could not read the class path: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BuildException(
                    "TeaVM problem: the compiler failed with " + e
                            + ". This is a TeaVM limitation or bug; simplify the code it names, or report it with the "
                            + "stack trace from mvn -e",
                    e);
        }
    }

    /** What a TeaVM error is about, decided from the references it carries, not from its wording. */
    enum ProblemKind {
        /** It names a class, method or field that TeaVM's class library and the class path lack. */
        MISSING,
        /** It names a method of the Java platform that TeaVM cannot compile for this target. */
        UNSUPPORTED,
        /** Anything else: reported with TeaVM's words. */
        OTHER
    }

    /**
     * Classifies {@code problem} by its parameters: TeaVM passes the class names, method and field
     * references it complains about as typed parameters ({@code {{c0}}}, {@code {{m0}}}, …).
     */
    static ProblemKind classify(Problem problem, ClassReaderSource classes) {
        for (Object param : problem.getParams()) {
            if (param instanceof MethodReference method) {
                MethodReader found = classes.resolve(method);
                if (found == null) {
                    return ProblemKind.MISSING;
                }
                // A problem about a Java platform method that exists is about its implementation
                // on this target (a native with no wasm implementation, such as Date's calendar).
                if (isPlatformClass(found.getOwnerName())) {
                    return ProblemKind.UNSUPPORTED;
                }
            } else if (param instanceof FieldReference field) {
                if (classes.resolve(field) == null) {
                    return ProblemKind.MISSING;
                }
            } else if (param instanceof ValueType.Object type) {
                if (classes.get(type.getClassName()) == null) {
                    return ProblemKind.MISSING;
                }
            } else if (param instanceof String name && problem.getText().contains("{{c") && classes.get(name) == null) {
                return ProblemKind.MISSING;
            }
        }
        return ProblemKind.OTHER;
    }

    private static boolean isPlatformClass(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.");
    }

    /** A TeaVM error as a build problem: what TeaVM said, where, and what to do. */
    private static String describe(Problem problem, ClassReaderSource classes, CallGraph callGraph) {
        DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
        problem.render(text);
        String said = text.getText();
        StringBuilder message = new StringBuilder();
        if (classify(problem, classes) != ProblemKind.OTHER) {
            message.append("a call to something the wasm target can't provide: ")
                    .append(said)
                    .append(". TeaVM's class library has no implementation of it (no reflection, threads, "
                            + "files, sockets or java.net.http in a plug-in). Use the PDK's capabilities "
                            + "(Input, Output, Config, Var, Log) or a pure-Java alternative.");
        } else {
            message.append("TeaVM problem: ").append(said).append('.');
        }
        if (callGraph != null) {
            TeaVMProblemRenderer.renderCallStack(callGraph, problem.getLocation(), message);
        } else if (problem.getLocation() != null && problem.getLocation().getMethod() != null) {
            message.append("\n    at ").append(problem.getLocation().getMethod());
        }
        return message.toString();
    }

    /**
     * The reachable native declaring the import (module, name), with the Java call stack that
     * reaches it: how a build error names the plug-in code that needs, say, {@code teavmDate}.
     */
    private static String importOrigin(TeaVM vm, CallGraph callGraph, String module, String name) {
        for (MethodReference ref : vm.getMethods()) {
            MethodReader method = vm.getDependencyClassSource().resolve(ref);
            AnnotationReader imported =
                    method == null ? null : method.getAnnotations().get(Import.class.getName());
            if (imported == null || !name.equals(imported.getValue("name").getString())) {
                continue;
            }
            AnnotationValue moduleValue = imported.getValue("module");
            String declared = moduleValue == null ? "" : moduleValue.getString();
            if (!declared.isEmpty() && !declared.equals(module)) {
                continue;
            }
            StringBuilder stack = new StringBuilder();
            TeaVMProblemRenderer.renderCallStack(callGraph, new CallLocation(ref), stack);
            return stack.toString();
        }
        return "";
    }

    /**
     * What TeaVM compiles besides the plug-in: its class library with the libraries it is built on
     * (teavm-classlib and its compile-scope dependencies: platform, JSO, metaprogramming), its
     * runtime (teavm-core, teavm-interop), and this project's runtime stand-ins (pdk-runtime). Each
     * is found as the class-path entry that holds one of its classes, so a missing jar is a
     * compile error here rather than a TeaVM "class not found" in the user's build.
     */
    static List<Path> runtimeClassPath() throws BuildException {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> marker : List.of(
                Import.class,
                TeaVM.class,
                TMath.class,
                Platform.class,
                JSBody.class,
                Window.class,
                JSOPlugin.class,
                Metaprogramming.class,
                MetaprogrammingImpl.class,
                TeaVMRuntime.class)) {
            entries.add(ClassPaths.entryOf(marker));
        }
        return new ArrayList<>(entries);
    }

    /** Collects what TeaVM writes, so that nothing but the final module lands in target/. */
    private static final class MemoryTarget implements BuildTarget {
        final Map<String, byte[]> files = new HashMap<>();

        @Override
        public OutputStream createResource(String fileName) {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    files.put(fileName, toByteArray());
                }
            };
        }
    }
}
