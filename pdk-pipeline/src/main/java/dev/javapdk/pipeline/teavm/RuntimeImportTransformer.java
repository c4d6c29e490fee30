package dev.javapdk.pipeline.teavm;

import java.util.Map;
import org.teavm.interop.Import;
import org.teavm.interop.Unmanaged;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Re-points TeaVM runtime natives that would import from {@code teavm} / {@code teavmMath} to
 * pure-Java stand-ins in {@code pdk-api}, so the module needs nothing an Extism host lacks.
 *
 * <p>The technique is TeaVM's own {@code WasiSupportClassTransformer}: a native with
 * {@code @Import} gets a body that calls the method of the same name and descriptor in the
 * stand-in class. Natives without a stand-in are left alone; the compiler then reports any that
 * plug-in code reaches, with the call stack.
 */
final class RuntimeImportTransformer implements ClassHolderTransformer {
    /** TeaVM class (as its transformers see it) → class with stand-ins of the same descriptors. */
    static final Map<String, String> STAND_INS = Map.of(
            "org.teavm.backend.wasm.runtime.WasmSupport", "dev.javapdk.runtime.TeaVMRuntime",
            "java.lang.Math", "dev.javapdk.runtime.math.PureMath",
            "org.teavm.classlib.java.lang.TMath", "dev.javapdk.runtime.math.PureMath");

    /** The JS backend's generator of Math natives; without the native modifier it must go too. */
    private static final String GENERATED_BY = "org.teavm.backend.javascript.spi.GeneratedBy";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        String standInName = STAND_INS.get(cls.getName());
        if (standInName == null) {
            return;
        }
        ClassReader standIn = context.getHierarchy().getClassSource().get(standInName);
        if (standIn == null) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.getAnnotations().get(Import.class.getName()) == null) {
                continue;
            }
            MethodReader target = standIn.getMethod(method.getDescriptor());
            if (target == null) {
                continue;
            }
            method.getModifiers().remove(ElementModifier.NATIVE);
            method.getAnnotations().remove(Import.class.getName());
            method.getAnnotations().remove(Unmanaged.class.getName());
            method.getAnnotations().remove(GENERATED_BY);
            ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
            ValueEmitter[] args = new ValueEmitter[method.parameterCount()];
            for (int i = 0; i < args.length; ++i) {
                args[i] = pe.var(i + 1, method.parameterType(i));
            }
            ValueEmitter result = pe.invoke(target.getReference(), args);
            if (method.getResultType() != ValueType.VOID) {
                result.returnValue();
            } else {
                pe.exit();
            }
        }
    }
}
