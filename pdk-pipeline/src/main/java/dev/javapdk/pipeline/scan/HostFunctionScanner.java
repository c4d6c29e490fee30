package dev.javapdk.pipeline.scan;

import dev.javapdk.pdk.HostFunction;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.scan.DeclaredHostFunction.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds {@code @HostFunction} methods in compiled classes and checks their declarations: each must
 * be {@code static native} with supported parameter and result types, and two methods that import
 * the same function must agree on its wasm signature. Every problem is collected.
 */
public final class HostFunctionScanner {
    static final String ANNOTATION = Type.getDescriptor(HostFunction.class);

    private static final String SUPPORTED = "int, long, float, double, byte[], String or a JSON-bound type (a "
            + "record, POJO, enum, List, Map<String, …>, Optional, boxed number…)";

    private HostFunctionScanner() {}

    /** The host functions declared in {@code classes} (read with {@link ClassFiles#read}), in class order. */
    public static List<DeclaredHostFunction> scan(List<ClassNode> classes) throws BuildException {
        List<String> problems = new ArrayList<>();
        List<DeclaredHostFunction> found = new ArrayList<>();
        Map<String, DeclaredHostFunction> byImport = new LinkedHashMap<>();
        for (ClassNode cls : classes) {
            for (MethodNode method : cls.methods) {
                AnnotationNode annotation = ExportScanner.annotation(method, ANNOTATION);
                if (annotation == null) {
                    continue;
                }
                String location = ExportScanner.location(cls, method);
                int before = problems.size();
                if ((method.access & Opcodes.ACC_STATIC) == 0 || (method.access & Opcodes.ACC_NATIVE) == 0) {
                    problems.add("@HostFunction method " + location + " must be declared `static native` with no "
                            + "body: the build generates the call to the host");
                }
                String name = ExportScanner.annotationValue(annotation, "name", method.name);
                String module = ExportScanner.annotationValue(annotation, "module", HostFunction.USER_MODULE);
                if (name.isEmpty() || module.isEmpty()) {
                    problems.add("@HostFunction on " + location + ": the import name and module must not be empty");
                }
                if (module.equals(Kernel.MODULE)) {
                    problems.add("@HostFunction on " + location + " imports from " + Kernel.MODULE
                            + ", the Extism kernel's own module: host functions live in another module ("
                            + HostFunction.USER_MODULE + " by default)");
                }
                List<Kind> parameters = new ArrayList<>();
                Type[] args = Type.getArgumentTypes(method.desc);
                for (int i = 0; i < args.length; i++) {
                    Kind kind = kind(args[i], false);
                    if (kind == null) {
                        problems.add("unsupported type " + args[i].getClassName() + " for parameter " + (i + 1)
                                + " of @HostFunction method " + location + ": use " + SUPPORTED);
                    }
                    parameters.add(kind);
                }
                Type returnType = Type.getReturnType(method.desc);
                Kind result = kind(returnType, true);
                if (result == null) {
                    problems.add("unsupported result type " + returnType.getClassName() + " of @HostFunction method "
                            + location + ": use void, " + SUPPORTED);
                }
                if (problems.size() != before) {
                    continue;
                }
                DeclaredHostFunction fn = new DeclaredHostFunction(
                        module,
                        name,
                        cls.name.replace('/', '.'),
                        method.name,
                        method.desc,
                        parameters,
                        result,
                        location);
                DeclaredHostFunction same = byImport.putIfAbsent(fn.importName(), fn);
                if (same != null && !same.wasmSignature().equals(fn.wasmSignature())) {
                    problems.add("@HostFunction " + fn.importName() + " is declared twice with different wasm "
                            + "signatures: " + same.location() + " as " + same.wasmSignature() + ", "
                            + location + " as " + fn.wasmSignature() + ". One import has one signature.");
                    continue;
                }
                found.add(fn);
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return List.copyOf(found);
    }

    private static Kind kind(Type type, boolean result) {
        return switch (type.getSort()) {
            case Type.INT -> Kind.INT;
            case Type.LONG -> Kind.LONG;
            case Type.FLOAT -> Kind.FLOAT;
            case Type.DOUBLE -> Kind.DOUBLE;
            case Type.VOID -> result ? Kind.VOID : null;
            case Type.ARRAY -> type.getDescriptor().equals("[B") ? Kind.BYTES : Kind.JSON;
            case Type.OBJECT -> type.getDescriptor().equals("Ljava/lang/String;") ? Kind.STRING : Kind.JSON;
            // boolean, char, byte, short: wasm has no such type, and guessing a width would surprise a host.
            default -> null;
        };
    }
}
