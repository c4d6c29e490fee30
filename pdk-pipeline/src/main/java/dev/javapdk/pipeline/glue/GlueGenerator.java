package dev.javapdk.pipeline.glue;

import dev.javapdk.pdk.Input;
import dev.javapdk.pdk.internal.ExportSupport;
import dev.javapdk.pipeline.json.CodecGenerator;
import dev.javapdk.pipeline.json.JsonBinding;
import dev.javapdk.pipeline.scan.ExportedFunction;
import dev.javapdk.runtime.CallGuard;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates the class that TeaVM compiles as the plug-in's entry point: one wasm export per
 * {@code @Export} method, each {@code () -> i32} as Extism requires.
 *
 * <p>For {@code String greet(String)} the generated methods are, in Java terms:
 * <pre>{@code
 * @org.teavm.interop.Export(name = "greet")
 * @org.teavm.interop.Unmanaged
 * public static int export$0() {
 *     int status = CallGuard.enter();
 *     if (status != 0) {
 *         return status;
 *     }
 *     return CallGuard.leave(export$0$body());
 * }
 *
 * public static int export$0$body() {
 *     ExportSupport.begin();
 *     try {
 *         ExportSupport.output(Greet.greet(Input.string()));
 *         return ExportSupport.finish(0, "greet");
 *     } catch (Throwable t) {
 *         return ExportSupport.fail(t);
 *     }
 * }
 * }</pre>
 * Bytecode is written directly with ASM: no Java compiler is needed at build time.
 */
public final class GlueGenerator {
    /** Binary name of the generated entry class. */
    public static final String CLASS_NAME = "dev.javapdk.generated.PluginExports";

    private static final String INTERNAL_NAME = CLASS_NAME.replace('.', '/');
    // The pdk-api methods the glue calls, resolved on the build JVM: a rename in pdk-api fails
    // here (and in GlueGeneratorTest), not in a plug-in at run time.
    private static final Method BEGIN = api(ExportSupport.class, "begin");
    private static final Method FINISH = api(ExportSupport.class, "finish", int.class, String.class);
    private static final Method FAIL = api(ExportSupport.class, "fail", Throwable.class);
    private static final Method OUTPUT_BYTES = api(ExportSupport.class, "output", byte[].class);
    private static final Method OUTPUT_STRING = api(ExportSupport.class, "output", String.class);
    private static final Method INPUT_BYTES = api(Input.class, "bytes");
    private static final Method INPUT_STRING = api(Input.class, "string");
    private static final Method ENTER = api(CallGuard.class, "enter");
    private static final Method LEAVE = api(CallGuard.class, "leave", int.class);
    private static final String CODECS = CodecGenerator.CLASS_NAME.replace('.', '/');

    private GlueGenerator() {}

    /** The class file of the entry class for {@code exports} (none of which uses JSON). */
    public static byte[] generate(List<ExportedFunction> exports) {
        return generate(exports, null);
    }

    /**
     * The class file of the entry class for {@code exports}; {@code json} names the generated
     * methods that read and write the JSON-bound parameters and results.
     */
    public static byte[] generate(List<ExportedFunction> exports, JsonBinding.Result json) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                // Only Throwable handlers merge here; never load plug-in classes into the build JVM.
                return "java/lang/Object";
            }
        };
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                INTERNAL_NAME,
                null,
                "java/lang/Object",
                null);
        cw.visitSource("PluginExports.java", null);
        // Initialised at start-up: TeaVM would otherwise check the class's initialisation at the start of
        // each export, and an unmanaged export (generateGuard) can't make that check.
        cw.visitAnnotation("Lorg/teavm/interop/StaticInit;", true).visitEnd();

        // TeaVM needs an entry point with main(); hosts never call it (its `_start` export is removed).
        MethodVisitor main =
                cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        main.visitCode();
        main.visitInsn(Opcodes.RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();

        for (int i = 0; i < exports.size(); i++) {
            generateGuard(cw, "export$" + i, exports.get(i));
            generateExport(cw, "export$" + i + "$body", exports.get(i), json);
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * The wasm export: {@code int s = CallGuard.enter(); if (s != 0) return s; return CallGuard.leave(body());}.
     * Unmanaged, so that it has no frame on TeaVM's shadow stack: {@code enter()} can then empty that stack
     * after a call that trapped (see {@link CallGuard}).
     */
    private static void generateGuard(ClassWriter cw, String name, ExportedFunction fn) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "()I", null, null);
        AnnotationVisitor export = mv.visitAnnotation("Lorg/teavm/interop/Export;", true);
        export.visit("name", fn.exportName());
        export.visitEnd();
        mv.visitAnnotation("Lorg/teavm/interop/Unmanaged;", true).visitEnd();
        mv.visitCode();
        Label run = new Label();
        call(mv, ENTER);
        mv.visitInsn(Opcodes.DUP);
        mv.visitJumpInsn(Opcodes.IFEQ, run);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(run);
        mv.visitInsn(Opcodes.POP);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, INTERNAL_NAME, name + "$body", "()I", false);
        call(mv, LEAVE);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void generateExport(ClassWriter cw, String name, ExportedFunction fn, JsonBinding.Result json) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "()I", null, null);
        mv.visitCode();

        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, Type.getInternalName(Throwable.class));
        call(mv, BEGIN);
        mv.visitLabel(start);
        switch (fn.input()) {
            case BYTES -> call(mv, INPUT_BYTES);
            case STRING -> call(mv, INPUT_STRING);
            case JSON -> {
                call(mv, INPUT_BYTES);
                mv.visitMethodInsn(
                        Opcodes.INVOKESTATIC,
                        CODECS,
                        json.inputMethods().get(fn.exportName()),
                        "([B)" + fn.parameterDescriptor(),
                        false);
            }
            case NONE -> {}
        }
        mv.visitMethodInsn(
                Opcodes.INVOKESTATIC, fn.className().replace('.', '/'), fn.methodName(), fn.descriptor(), false);
        switch (fn.output()) {
            case BYTES -> {
                call(mv, OUTPUT_BYTES);
                mv.visitInsn(Opcodes.ICONST_0);
            }
            case STRING -> {
                call(mv, OUTPUT_STRING);
                mv.visitInsn(Opcodes.ICONST_0);
            }
            case JSON -> {
                mv.visitMethodInsn(
                        Opcodes.INVOKESTATIC,
                        CODECS,
                        json.outputMethods().get(fn.exportName()),
                        "(" + fn.returnDescriptor() + ")[B",
                        false);
                call(mv, OUTPUT_BYTES);
                mv.visitInsn(Opcodes.ICONST_0);
            }
            case VOID -> mv.visitInsn(Opcodes.ICONST_0);
            case STATUS -> {}
        }
        mv.visitLdcInsn(fn.exportName());
        call(mv, FINISH);
        mv.visitLabel(end);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(handler);
        call(mv, FAIL);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void call(MethodVisitor mv, Method method) {
        mv.visitMethodInsn(
                Opcodes.INVOKESTATIC,
                Type.getInternalName(method.getDeclaringClass()),
                method.getName(),
                Type.getMethodDescriptor(method),
                false);
    }

    /** A public static method of pdk-api that the glue calls. */
    static Method api(Class<?> owner, String name, Class<?>... parameters) {
        try {
            Method method = owner.getMethod(name, parameters);
            if (!Modifier.isStatic(method.getModifiers())) {
                throw new IllegalStateException(method + " must be static: the export glue calls it");
            }
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(
                    "pdk-api lacks " + owner.getName() + "." + name
                            + ", which the export glue calls: pdk-api and pdk-pipeline are of different versions",
                    e);
        }
    }
}
