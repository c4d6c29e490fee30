package dev.javapdk.pipeline.check;

import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.wasm.FuncType;
import dev.javapdk.wasm.ValType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.teavm.interop.Import;

/**
 * The Extism kernel's functions and their wasm signatures, read from {@link Kernel}'s
 * {@code @Import} natives: the PDK's one declaration of the kernel ABI, so the checker cannot
 * drift from what plug-ins actually import.
 *
 * <p>Read from the class file with ASM rather than by reflection: it sees the annotation whatever
 * its retention, and keeps declaration order. Each Java type maps to the wasm type TeaVM gives it
 * (long to i64, int to i32, float to f32, double to f64, void to no result).
 *
 * <pre>{@code
 * FuncType alloc = KernelImports.read().get("alloc");   // (i64) -> i64
 * }</pre>
 */
final class KernelImports {
    private static final String IMPORT = Type.getDescriptor(Import.class);

    private KernelImports() {}

    /**
     * Kernel function name to signature, in declaration order.
     *
     * @throws IllegalStateException if Kernel declares something the table cannot express: a
     *                               native without {@code @Import}, another module, a Java type
     *                               with no wasm counterpart, or a name twice
     */
    static Map<String, FuncType> read() {
        ClassNode kernel = new ClassNode();
        try (InputStream in = Kernel.class.getResourceAsStream("Kernel.class")) {
            if (in == null) {
                throw new IllegalStateException("cannot find Kernel.class next to " + Kernel.class.getName());
            }
            new ClassReader(in).accept(kernel, ClassReader.SKIP_CODE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Kernel.class", e);
        }
        Map<String, FuncType> table = new LinkedHashMap<>();
        for (MethodNode method : kernel.methods) {
            if ((method.access & Opcodes.ACC_NATIVE) == 0) {
                continue;
            }
            String where = "Kernel." + method.name;
            AnnotationNode imported = importAnnotation(method);
            if (imported == null) {
                throw new IllegalStateException(where + " is native but has no @Import");
            }
            String module = String.valueOf(value(imported, "module"));
            if (!module.equals(Kernel.MODULE)) {
                throw new IllegalStateException(where + " imports from \"" + module + "\", not Kernel.MODULE");
            }
            String name = String.valueOf(value(imported, "name"));
            if (table.put(name, signature(where, method.desc)) != null) {
                throw new IllegalStateException(where + " imports \"" + name + "\" a second time");
            }
        }
        return Collections.unmodifiableMap(table);
    }

    private static AnnotationNode importAnnotation(MethodNode method) {
        List<AnnotationNode> all = new ArrayList<>();
        if (method.visibleAnnotations != null) {
            all.addAll(method.visibleAnnotations);
        }
        if (method.invisibleAnnotations != null) {
            all.addAll(method.invisibleAnnotations);
        }
        return all.stream().filter(a -> a.desc.equals(IMPORT)).findFirst().orElse(null);
    }

    /** An annotation element's value; null if the annotation leaves it at its default. */
    private static Object value(AnnotationNode annotation, String name) {
        List<Object> values = annotation.values == null ? List.of() : annotation.values;
        for (int i = 0; i + 1 < values.size(); i += 2) { // name, value, name, value, ...
            if (values.get(i).equals(name)) {
                return values.get(i + 1);
            }
        }
        return null;
    }

    private static FuncType signature(String where, String descriptor) {
        List<ValType> params = new ArrayList<>();
        for (Type t : Type.getArgumentTypes(descriptor)) {
            params.add(valType(where, t));
        }
        Type returned = Type.getReturnType(descriptor);
        List<ValType> results = returned.getSort() == Type.VOID ? List.of() : List.of(valType(where, returned));
        return FuncType.of(params, results);
    }

    private static ValType valType(String where, Type t) {
        return switch (t.getSort()) {
            case Type.INT -> ValType.I32;
            case Type.LONG -> ValType.I64;
            case Type.FLOAT -> ValType.F32;
            case Type.DOUBLE -> ValType.F64;
            default ->
                throw new IllegalStateException(
                        where + " uses " + t.getClassName() + ", which has no wasm value type in the kernel ABI");
        };
    }
}
