package dev.javapdk.pipeline.teavm;

import dev.javapdk.runtime.TeaVMRuntime;
import dev.javapdk.runtime.math.PureMath;
import java.util.Map;
import org.teavm.backend.javascript.spi.GeneratedBy;
import org.teavm.backend.wasm.runtime.WasmSupport;
import org.teavm.classlib.java.lang.TMath;
import org.teavm.interop.Import;
import org.teavm.interop.Unmanaged;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;

/**
 * Re-points TeaVM runtime natives that would import from {@code teavm} / {@code teavmMath} to
 * pure-Java stand-ins in {@code pdk-runtime}, so the module needs nothing an Extism host lacks.
 *
 * <p>The technique is TeaVM's own {@code WasiSupportClassTransformer}: a native with
 * {@code @Import} gets a body that calls the method of the same name and descriptor in the
 * stand-in class. Natives without a stand-in are left alone; the compiler then reports any that
 * plug-in code reaches, with the call stack.
 */
final class RuntimeImportTransformer extends TeaVMPatch {
    /** TeaVM class (as its transformers see it) → class with stand-ins of the same descriptors. */
    static final Map<String, Class<?>> STAND_INS = Map.of(
            WasmSupport.class.getName(), TeaVMRuntime.class,
            Math.class.getName(), PureMath.class,
            TMath.class.getName(), PureMath.class);

    /** The JS backend's generator of Math natives; without the native modifier it must go too. */
    private static final String GENERATED_BY = GeneratedBy.class.getName();

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        Class<?> standInClass = STAND_INS.get(cls.getName());
        if (standInClass == null) {
            return;
        }
        ClassReader standIn = context.getHierarchy().getClassSource().get(standInClass.getName());
        if (standIn == null) {
            missing(standInClass.getName() + " on TeaVM's class path");
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
            callInstead(method, target.getReference(), context);
            applied();
        }
    }

    @Override
    String purpose() {
        return "TeaVM runtime natives re-pointed to pdk-runtime stand-ins, so no teavm.* import remains";
    }

    @Override
    boolean required() {
        // WasmSupport's natives are in every module (TeaVM's runtime loads the class for its GC and
        // exception code), whether or not the plug-in writes to System.out.
        return true;
    }
}
