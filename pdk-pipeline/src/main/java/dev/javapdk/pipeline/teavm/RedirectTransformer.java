package dev.javapdk.pipeline.teavm;

import dev.javapdk.pipeline.compile.WasmCompiler.Redirect;
import java.util.List;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;

/**
 * Applies the compiler seam's {@link Redirect}s: each static method of {@code from} gets a body
 * that calls the method of the same name and descriptor in {@code to} (generated code standing in
 * for a pdk-api default, such as the JSON bindings).
 */
final class RedirectTransformer extends TeaVMPatch {
    private final List<Redirect> redirects;

    RedirectTransformer(List<Redirect> redirects) {
        this.redirects = List.copyOf(redirects);
    }

    @Override
    String purpose() {
        return "generated code in place of pdk-api defaults";
    }

    @Override
    boolean required() {
        // A plug-in that never reaches the redirected class needs no redirect.
        return false;
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (Redirect redirect : redirects) {
            if (!redirect.from().equals(cls.getName())) {
                continue;
            }
            ClassReader to = context.getHierarchy().getClassSource().get(redirect.to());
            if (to == null) {
                missing(redirect.to() + " on the class path (generated in place of " + redirect.from() + ")");
                continue;
            }
            for (MethodHolder method : cls.getMethods()) {
                if (!method.hasModifier(ElementModifier.STATIC)
                        || method.getName().startsWith("<")) {
                    continue;
                }
                MethodReader target = to.getMethod(method.getDescriptor());
                if (target == null) {
                    continue;
                }
                // A @HostFunction native gets its generated body here.
                method.getModifiers().remove(ElementModifier.NATIVE);
                callInstead(method, target.getReference(), context);
                applied();
            }
        }
    }
}
