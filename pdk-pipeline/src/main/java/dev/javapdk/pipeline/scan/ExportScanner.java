package dev.javapdk.pipeline.scan;

import dev.javapdk.pdk.Export;
import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.scan.ExportedFunction.Input;
import dev.javapdk.pipeline.scan.ExportedFunction.Output;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds {@code @Export} methods in compiled classes and checks them before anything is compiled.
 *
 * <p>Reads class files with ASM rather than loading them, so a plug-in's classes never run in the
 * build JVM. Every problem is collected, so one build reports them all.
 */
public final class ExportScanner {
    /** Descriptor of {@code dev.javapdk.pdk.Export}. */
    static final String EXPORT_ANNOTATION = Type.getDescriptor(Export.class);

    /** Names hosts give a meaning of their own, so a plug-in function may not take them. */
    private static final Set<String> RESERVED = Set.of("memory", "_start", "_initialize", "__wasm_call_ctors");

    private ExportScanner() {}

    /** Scans every {@code .class} file below {@code classesDir}. */
    public static List<ExportedFunction> scan(Path classesDir) throws BuildException, IOException {
        return scan(classesDir, Set.of());
    }

    /**
     * Scans the {@code .class} files below {@code classesDir}; if {@code onlyClasses} is not empty,
     * only the exports of those classes (binary names) count.
     */
    public static List<ExportedFunction> scan(Path classesDir, Set<String> onlyClasses)
            throws BuildException, IOException {
        return scan(ClassFiles.read(classesDir), onlyClasses);
    }

    /** As {@link #scan(Path, Set)}, on classes already read with {@link ClassFiles#read}. */
    public static List<ExportedFunction> scan(List<ClassNode> classes, Set<String> onlyClasses) throws BuildException {
        return check(classes.stream()
                .filter(node -> onlyClasses.isEmpty() || onlyClasses.contains(node.name.replace('/', '.')))
                .toList());
    }

    /** Checks already-parsed classes; visible for tests. */
    static List<ExportedFunction> check(List<ClassNode> classes) throws BuildException {
        List<String> problems = new ArrayList<>();
        Map<String, ExportedFunction> byName = new LinkedHashMap<>();
        for (ClassNode cls : classes) {
            for (MethodNode method : cls.methods) {
                AnnotationNode export = annotation(method, EXPORT_ANNOTATION);
                if (export == null) {
                    continue;
                }
                String location = location(cls, method);
                String exportName = annotationValue(export, "name", method.name);
                int before = problems.size();
                checkModifiers(cls, method, location, problems);
                Input input = input(method.desc);
                Output output = output(method.desc);
                if (input == null || output == null) {
                    problems.add("unsupported signature for @Export method " + location + ": "
                            + javaSignature(method) + ". An exported function takes nothing, byte[] or String "
                            + "(the call's input), or one JSON-bound object (a record, POJO, enum, List, "
                            + "Map<String, …>, Optional or boxed number), and returns void, byte[], String, a "
                            + "JSON-bound object, or int (a status code). Use boxed types (Long, not long) for "
                            + "JSON numbers; read other inputs with Input/Config/Var inside the method.");
                }
                if (exportName.isEmpty()) {
                    problems.add("@Export(name = \"\") on " + location + ": an export name must not be empty; "
                            + "leave name out to use the method name");
                } else if (RESERVED.contains(exportName) || exportName.startsWith("teavm")) {
                    problems.add("export name \"" + exportName + "\" of " + location + " is reserved (hosts use "
                            + "memory, _start, _initialize; the compiler's runtime uses teavm*): choose another "
                            + "with @Export(name = \"...\")");
                }
                ExportedFunction previous = byName.get(exportName);
                if (previous != null) {
                    problems.add("duplicate export name \"" + exportName + "\": both " + previous.location()
                            + " and " + location + " export it. Give one of them another name with "
                            + "@Export(name = \"...\").");
                    continue;
                }
                if (problems.size() == before) {
                    byName.put(
                            exportName,
                            new ExportedFunction(
                                    exportName,
                                    cls.name.replace('/', '.'),
                                    method.name,
                                    method.desc,
                                    input,
                                    output,
                                    location));
                }
            }
        }
        if (problems.isEmpty() && byName.isEmpty()) {
            problems.add("no exported function: annotate at least one public static method with " + "@"
                    + Export.class.getName() + ", e.g. `@Export public static String greet(String name)`");
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return List.copyOf(byName.values());
    }

    private static void checkModifiers(ClassNode cls, MethodNode method, String location, List<String> problems) {
        if ((method.access & Opcodes.ACC_STATIC) == 0) {
            problems.add("@Export method " + location + " is not static: make it `public static` (the host calls "
                    + "it without an object)");
        }
        if ((method.access & Opcodes.ACC_PUBLIC) == 0) {
            problems.add("@Export method " + location + " is not public: make it `public static`");
        }
        if ((cls.access & Opcodes.ACC_PUBLIC) == 0 || isHiddenNested(cls)) {
            problems.add("@Export method " + location + " is in a class that is not public: make "
                    + cls.name.replace('/', '.').replace('$', '.') + " public (and static, if nested)");
        }
    }

    /** A nested class is public to other packages only if its InnerClasses entry says so. */
    private static boolean isHiddenNested(ClassNode cls) {
        for (var inner : cls.innerClasses) {
            if (inner.name.equals(cls.name)) {
                return (inner.access & Opcodes.ACC_PUBLIC) == 0
                        || (inner.outerName != null && (inner.access & Opcodes.ACC_STATIC) == 0);
            }
        }
        return false;
    }

    /** The annotation of type {@code descriptor} on {@code method}, or null. */
    static AnnotationNode annotation(MethodNode method, String descriptor) {
        for (List<AnnotationNode> list :
                List.of(nullToEmpty(method.invisibleAnnotations), nullToEmpty(method.visibleAnnotations))) {
            for (AnnotationNode annotation : list) {
                if (annotation.desc.equals(descriptor)) {
                    return annotation;
                }
            }
        }
        return null;
    }

    /** The string element {@code key} of {@code annotation}, or {@code fallback} if not given. */
    static String annotationValue(AnnotationNode annotation, String key, String fallback) {
        if (annotation.values != null) {
            for (int i = 0; i + 1 < annotation.values.size(); i += 2) {
                if (key.equals(annotation.values.get(i))) {
                    return (String) annotation.values.get(i + 1);
                }
            }
        }
        return fallback;
    }

    private static Input input(String desc) {
        org.objectweb.asm.Type[] args = org.objectweb.asm.Type.getArgumentTypes(desc);
        if (args.length == 0) {
            return Input.NONE;
        }
        if (args.length > 1) {
            return null;
        }
        return switch (args[0].getDescriptor()) {
            case "[B" -> Input.BYTES;
            case "Ljava/lang/String;" -> Input.STRING;
            default -> isReference(args[0]) ? Input.JSON : null;
        };
    }

    private static Output output(String desc) {
        org.objectweb.asm.Type result = org.objectweb.asm.Type.getReturnType(desc);
        return switch (result.getDescriptor()) {
            case "V" -> Output.VOID;
            case "[B" -> Output.BYTES;
            case "Ljava/lang/String;" -> Output.STRING;
            case "I" -> Output.STATUS;
            default -> isReference(result) ? Output.JSON : null;
        };
    }

    private static boolean isReference(org.objectweb.asm.Type type) {
        return type.getSort() == org.objectweb.asm.Type.OBJECT || type.getSort() == org.objectweb.asm.Type.ARRAY;
    }

    /** {@code Foo.bar(Foo.java:12)}, the way a stack trace shows a method. */
    static String location(ClassNode cls, MethodNode method) {
        StringBuilder text =
                new StringBuilder(cls.name.replace('/', '.')).append('.').append(method.name);
        int line = -1;
        if (method.instructions != null) {
            for (var insn : method.instructions) {
                if (insn instanceof LineNumberNode number) {
                    line = number.line;
                    break;
                }
            }
        }
        if (cls.sourceFile != null) {
            text.append('(').append(cls.sourceFile);
            if (line > 0) {
                text.append(':').append(line);
            }
            text.append(')');
        }
        return text.toString();
    }

    private static String javaSignature(MethodNode method) {
        org.objectweb.asm.Type type = org.objectweb.asm.Type.getMethodType(method.desc);
        StringBuilder text = new StringBuilder(type.getReturnType().getClassName())
                .append(' ')
                .append(method.name)
                .append('(');
        org.objectweb.asm.Type[] args = type.getArgumentTypes();
        for (int i = 0; i < args.length; i++) {
            text.append(i == 0 ? "" : ", ").append(args[i].getClassName());
        }
        return text.append(')').toString();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
