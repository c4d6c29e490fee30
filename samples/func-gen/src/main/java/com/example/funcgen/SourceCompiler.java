package com.example.funcgen;

import com.example.funcgen.FuncGenException.Kind;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Compiles the generated sources in-process with the JDK's javac ({@code javax.tools}), then checks
 * that the generated class uses nothing but the Java class library: the export wrapper alone may
 * reach the PDK, so generated code cannot call {@code Http}, declare wasm imports
 * ({@code org.teavm.interop}) or reach into the PDK's internals.
 */
final class SourceCompiler {
    private SourceCompiler() {}

    /** Compiles {@code code} into {@code classesDir} against {@code api} (pdk-api's jar or directory). */
    static void compile(GeneratedCode code, Path classesDir, Path api) throws FuncGenException, IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new FuncGenException(
                    Kind.BUILD,
                    "func-gen compiles Java at run time and needs a JDK, but this Java ("
                            + System.getProperty("java.home") + ") has no javac: run it with a JDK 17 or newer");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classesDir));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(api));
            List<JavaFileObject> sources = List.of(
                    new Source(GeneratedCode.CLASS, code.source()), new Source(GeneratedCode.WRAPPER, code.wrapper()));
            List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-g", "-Xlint:none");
            StringWriter javacOutput = new StringWriter();
            boolean ok = javac.getTask(javacOutput, files, diagnostics, options, null, sources)
                    .call();
            if (!ok) {
                throw new FuncGenException(Kind.COMPILE, describe(code, diagnostics.getDiagnostics(), javacOutput));
            }
        }
        checkReferences(code, classesDir);
    }

    private static String describe(
            GeneratedCode code, List<Diagnostic<? extends JavaFileObject>> diagnostics, StringWriter javacOutput) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String message = d.getMessage(Locale.ROOT);
            String file = d.getSource() == null ? "" : d.getSource().getName();
            if (file.endsWith(GeneratedCode.CLASS + ".java")) {
                long line = d.getLineNumber() - GeneratedCode.HEADER_LINES;
                errors.add("line " + line + ": " + message + "\n    " + code.codeLine((int) line));
            } else {
                // The wrapper only calls the method: an error there is about its signature or access.
                errors.add("calling " + code.owner() + "." + code.methodName() + "(input): " + message);
            }
        }
        if (errors.isEmpty()) {
            errors.add(javacOutput.toString().strip());
        }
        return "the generated code does not compile (" + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + "; lines of the generated code):\n" + String.join("\n", errors);
    }

    /**
     * Fails with the first class outside {@code java.*} (and the generated package) that the
     * generated classes refer to, naming the line that does.
     */
    private static void checkReferences(GeneratedCode code, Path classesDir) throws IOException, FuncGenException {
        Path packageDir = classesDir.resolve(GeneratedCode.PACKAGE.replace('.', '/'));
        List<Path> classFiles;
        try (Stream<Path> listing = Files.list(packageDir)) {
            classFiles = listing.filter(p -> p.getFileName().toString().startsWith(GeneratedCode.CLASS))
                    .sorted()
                    .toList();
        }
        Map<String, Integer> outside = new TreeMap<>();
        for (Path classFile : classFiles) {
            new ClassReader(Files.readAllBytes(classFile)).accept(new ReferenceCheck(outside), 0);
        }
        if (!outside.isEmpty()) {
            List<String> uses = new ArrayList<>();
            outside.forEach((name, line) ->
                    uses.add(line > 0 ? name + " (line " + (line - GeneratedCode.HEADER_LINES) + ")" : name));
            throw new FuncGenException(
                    Kind.UNSUPPORTED,
                    "the generated code may use only the Java class library (java.*), but it uses "
                            + String.join(", ", uses));
        }
    }

    /**
     * Records every class the visited class refers to, in its declarations and its code, that is
     * neither java.* nor generated, with the first line that does (0 outside code).
     */
    private static final class ReferenceCheck extends ClassVisitor {
        private final Map<String, Integer> outside;
        private int line;

        ReferenceCheck(Map<String, Integer> outside) {
            super(Opcodes.ASM9);
            this.outside = outside;
        }

        private void type(Type type) {
            switch (type.getSort()) {
                case Type.ARRAY -> type(type.getElementType());
                case Type.OBJECT -> {
                    String name = type.getClassName();
                    if (!name.startsWith("java.") && !name.startsWith(GeneratedCode.PACKAGE + ".")) {
                        outside.putIfAbsent(name, line);
                    }
                }
                case Type.METHOD -> {
                    type(type.getReturnType());
                    for (Type argument : type.getArgumentTypes()) {
                        type(argument);
                    }
                }
                default -> {}
            }
        }

        private void internalName(String name) {
            if (name != null) {
                type(Type.getObjectType(name));
            }
        }

        private void descriptor(String descriptor) {
            if (descriptor != null) {
                type(descriptor.startsWith("(") ? Type.getMethodType(descriptor) : Type.getType(descriptor));
            }
        }

        private void constant(Object value) {
            if (value instanceof Type type) {
                type(type);
            } else if (value instanceof Handle handle) {
                internalName(handle.getOwner());
                descriptor(handle.getDesc());
            }
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            internalName(superName);
            for (String i : interfaces) {
                internalName(i);
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            descriptor(descriptor);
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            descriptor(descriptor);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            line = 0;
            descriptor(descriptor);
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                outside.putIfAbsent("a native method (" + name + ")", 0);
            }
            if (exceptions != null) {
                for (String e : exceptions) {
                    internalName(e);
                }
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitLineNumber(int number, Label start) {
                    line = number;
                }

                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    descriptor(annotation);
                    return null;
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    internalName(type);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String fieldDescriptor) {
                    internalName(owner);
                    descriptor(fieldDescriptor);
                }

                @Override
                public void visitMethodInsn(
                        int opcode, String owner, String name, String methodDescriptor, boolean isInterface) {
                    internalName(owner);
                    descriptor(methodDescriptor);
                }

                @Override
                public void visitInvokeDynamicInsn(
                        String name, String methodDescriptor, Handle bootstrap, Object... arguments) {
                    descriptor(methodDescriptor);
                    constant(bootstrap);
                    for (Object argument : arguments) {
                        constant(argument);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(value);
                }

                @Override
                public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
                    descriptor(arrayDescriptor);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    internalName(type);
                }

                @Override
                public void visitLocalVariable(
                        String name, String variableDescriptor, String signature, Label start, Label end, int index) {
                    descriptor(variableDescriptor);
                }
            };
        }
    }

    /** A source held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String className, String text) {
            super(
                    URI.create("string:///" + GeneratedCode.PACKAGE.replace('.', '/') + "/" + className + ".java"),
                    Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
