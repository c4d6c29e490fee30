package dev.javapdk.pipeline.json;

import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.ClassPaths;
import dev.javapdk.pipeline.scan.ClassFiles;
import dev.javapdk.pipeline.scan.DeclaredHostFunction;
import dev.javapdk.pipeline.scan.DeclaredHostFunction.Kind;
import dev.javapdk.pipeline.scan.ExportedFunction;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.objectweb.asm.tree.ClassNode;

/**
 * Build-time JSON binding: resolves the types of exported functions that take or return objects,
 * generates their readers and writers ({@link CodecGenerator}) and compiles them with the JDK's
 * compiler, for TeaVM to compile with the rest of the plug-in.
 */
public final class JsonBinding {
    private JsonBinding() {}

    /**
     * @param classesDir    compiled codec classes, to put on TeaVM's class path
     * @param inputMethods  export name → {@code Codecs} method reading its parameter from bytes
     * @param outputMethods export name → {@code Codecs} method writing its result to bytes
     * @param hostCodecs    {@link #hostCodecKey} of a host function's JSON-bound parameter (written
     *                      to bytes) or result (read from bytes) → {@code Codecs} method
     */
    public record Result(
            Path classesDir,
            Map<String, String> inputMethods,
            Map<String, String> outputMethods,
            Map<String, String> hostCodecs) {
        public Result(Path classesDir, Map<String, String> inputMethods, Map<String, String> outputMethods) {
            this(classesDir, inputMethods, outputMethods, Map.of());
        }
    }

    /** The key of {@link Result#hostCodecs} for parameter {@code index} of {@code fn}, or its result for -1. */
    public static String hostCodecKey(DeclaredHostFunction fn, int index) {
        return fn.className() + "." + fn.methodName() + fn.descriptor() + "#" + index;
    }

    /** Binds the JSON exports among {@code exports}; {@code null} if there are none. */
    public static Result bind(List<ExportedFunction> exports, Path classesDir, List<Path> dependencies, Path workDir)
            throws BuildException, IOException {
        return bind(exports, ClassFiles.read(classesDir), classesDir, dependencies, workDir);
    }

    /**
     * As {@link #bind(List, Path, List, Path)}, with the classes of {@code classesDir} already read
     * by {@link ClassFiles#read} (the build reads them once for every step).
     */
    public static Result bind(
            List<ExportedFunction> exports,
            List<ClassNode> classes,
            Path classesDir,
            List<Path> dependencies,
            Path workDir)
            throws BuildException, IOException {
        return bind(exports, List.of(), classes, classesDir, dependencies, workDir);
    }

    /**
     * As {@link #bind(List, List, Path, List, Path)}, also binding the JSON-bound parameters and
     * results of {@code hostFunctions}.
     */
    public static Result bind(
            List<ExportedFunction> exports,
            List<DeclaredHostFunction> hostFunctions,
            List<ClassNode> classes,
            Path classesDir,
            List<Path> dependencies,
            Path workDir)
            throws BuildException, IOException {
        List<DeclaredHostFunction> jsonHost = hostFunctions.stream()
                .filter(f -> f.result() == Kind.JSON || f.parameters().contains(Kind.JSON))
                .toList();
        List<ExportedFunction> json = exports.stream()
                .filter(e -> e.input() == ExportedFunction.Input.JSON || e.output() == ExportedFunction.Output.JSON)
                .toList();
        List<String> literalProblems = new ArrayList<>();
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, String> literals = ClassLiteralScanner.scan(classes, literalProblems, written);
        if (!literalProblems.isEmpty()) {
            throw new BuildException(literalProblems);
        }
        if (json.isEmpty() && jsonHost.isEmpty() && literals.isEmpty() && written.isEmpty()) {
            return null;
        }
        List<Path> classPath = new ArrayList<>();
        classPath.add(classesDir);
        classPath.addAll(dependencies);
        TypeResolver resolver = new TypeResolver();
        CodecGenerator generator = new CodecGenerator();
        Map<String, String> inputs = new HashMap<>();
        Map<String, String> outputs = new HashMap<>();
        Map<String, String> hostCodecs = new HashMap<>();
        try (URLClassLoader loader =
                new URLClassLoader(ClassPaths.urls(classPath), JsonBinding.class.getClassLoader())) {
            for (ExportedFunction export : json) {
                Method method =
                        find(loader, export.className(), export.methodName(), export.descriptor(), export.location());
                String where = "export " + export.exportName() + " (" + export.location() + ")";
                if (export.input() == ExportedFunction.Input.JSON) {
                    JsonType type = resolver.resolve(method.getGenericParameterTypes()[0], "the parameter of " + where);
                    if (type != null) {
                        inputs.put(export.exportName(), generator.addInput(type));
                    }
                }
                if (export.output() == ExportedFunction.Output.JSON) {
                    JsonType type = resolver.resolve(method.getGenericReturnType(), "the result of " + where);
                    if (type != null) {
                        outputs.put(export.exportName(), generator.addOutput(type));
                    }
                }
            }
            for (DeclaredHostFunction fn : jsonHost) {
                Method method = find(loader, fn.className(), fn.methodName(), fn.descriptor(), fn.location());
                String where = "host function " + fn.importName() + " (" + fn.location() + ")";
                for (int i = 0; i < fn.parameters().size(); i++) {
                    if (fn.parameters().get(i) == Kind.JSON) {
                        JsonType type = resolver.resolve(
                                method.getGenericParameterTypes()[i], "parameter " + (i + 1) + " of " + where);
                        if (type != null) {
                            hostCodecs.put(hostCodecKey(fn, i), generator.addOutput(type));
                        }
                    }
                }
                if (fn.result() == Kind.JSON) {
                    JsonType type = resolver.resolve(method.getGenericReturnType(), "the result of " + where);
                    if (type != null) {
                        hostCodecs.put(hostCodecKey(fn, -1), generator.addInput(type));
                    }
                }
            }
            for (Map.Entry<String, String> literal : literals.entrySet()) {
                Class<?> cls;
                try {
                    cls = Class.forName(literal.getKey(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new BuildException("JSON binding: cannot load " + literal.getKey() + " used at "
                            + literal.getValue() + ": " + e);
                }
                JsonType type = resolver.resolve(cls, "Json call at " + literal.getValue());
                if (type != null) {
                    generator.addBinding(cls.getCanonicalName(), type);
                }
            }
            for (Map.Entry<String, String> value : written.entrySet()) {
                // Best effort: a type that cannot be bound here fails at run time with a clear error.
                try {
                    Class<?> cls = Class.forName(value.getKey(), false, loader);
                    if (!cls.isInterface() && !java.lang.reflect.Modifier.isAbstract(cls.getModifiers())) {
                        // A resolver of its own, so that a type it cannot bind adds no build problem;
                        // the generator shares codecs by type name, whichever resolver made the type.
                        TypeResolver probe = new TypeResolver();
                        JsonType type = probe.resolve(cls, "a value written at " + value.getValue());
                        if (type != null && probe.problems().isEmpty()) {
                            generator.addType(type);
                        }
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // Not loadable on the build JVM: nothing to bind.
                }
            }
        }
        if (!resolver.problems().isEmpty()) {
            throw new BuildException(resolver.problems());
        }
        Path sources = workDir.resolve("json-src");
        Path sourceFile = sources.resolve(CodecGenerator.CLASS_NAME.replace('.', '/') + ".java");
        Files.createDirectories(sourceFile.getParent());
        Files.writeString(sourceFile, generator.source(), StandardCharsets.UTF_8);
        Path bindingsFile = sources.resolve(CodecGenerator.BINDINGS_CLASS_NAME.replace('.', '/') + ".java");
        Files.createDirectories(bindingsFile.getParent());
        Files.writeString(bindingsFile, generator.bindingsSource(), StandardCharsets.UTF_8);
        Path output = workDir.resolve("json-classes");
        compile(List.of(sourceFile, bindingsFile), classPath, output);
        return new Result(output, inputs, outputs, hostCodecs);
    }

    private static Method find(ClassLoader loader, String className, String name, String descriptor, String location)
            throws BuildException {
        try {
            Class<?> cls = Class.forName(className, false, loader);
            for (Method method : cls.getDeclaredMethods()) {
                if (method.getName().equals(name)
                        && org.objectweb.asm.Type.getMethodDescriptor(method).equals(descriptor)) {
                    return method;
                }
            }
            throw new BuildException("JSON binding: method " + location + " not found when loading " + className
                    + "; rebuild the project (mvn clean package)");
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BuildException("JSON binding: cannot load " + className + " to read the types of " + location
                    + ": " + e + ". Is a dependency missing from the plug-in's class path?");
        }
    }

    /** Compiles generated Java {@code sources} for the plug-in (release 17) into {@code output}. */
    public static void compile(List<Path> sources, List<Path> classPath, Path output)
            throws BuildException, IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new BuildException("The build needs a JDK to compile generated code (JSON readers and writers, host "
                    + "function calls), but "
                    + "Maven runs on a JRE (" + System.getProperty("java.home") + "): run Maven with a JDK");
        }
        Files.createDirectories(output);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-proc:none",
                    "-nowarn",
                    "-encoding",
                    "UTF-8",
                    "-d",
                    output.toString(),
                    "-classpath",
                    classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            boolean ok = javac.getTask(
                            null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            if (!ok) {
                String errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .limit(5)
                        .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n"));
                throw new BuildException("the generated code in " + sources
                        + " does not compile (a bug in the PDK; please report it with that file):\n" + errors);
            }
        }
    }
}
