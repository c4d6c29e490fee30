package dev.javapdk.pipeline.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.interop.Unmanaged;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * A change this project makes to TeaVM's model of the program while it compiles, written against
 * TeaVM 0.13.1's own classes and methods. When TeaVM changes, a patch must not silently stop
 * applying: each patch counts what it changed and records every target it looked for and did not
 * find, and {@link TeaVMCompiler} fails the build on either.
 */
abstract class TeaVMPatch implements ClassHolderTransformer {
    private final List<String> missing = new ArrayList<>();
    private int applied;

    /** A line for build errors: what the patch is for. */
    abstract String purpose();

    /**
     * Whether every build must apply this patch at least once: true for patches of TeaVM's runtime
     * (which every module contains), false for those that apply only to some code (divisions).
     */
    abstract boolean required();

    /**
     * Whether {@code cls} is TeaVM's runtime or other unmanaged code, which the patches that rewrite
     * managed code leave alone: it runs inside the allocator and the collector, or before class
     * initialisation, where a call into managed code cannot be made.
     */
    static boolean isRuntime(ClassHolder cls) {
        String name = cls.getName();
        return name.startsWith("org.teavm.runtime.")
                || name.startsWith("org.teavm.backend.")
                || name.startsWith("org.teavm.interop.")
                || cls.getAnnotations().get(Unmanaged.class.getName()) != null;
    }

    /** Whether {@code method} is marked {@code @Unmanaged} (its class may be managed). */
    static boolean isUnmanaged(MethodHolder method) {
        return method.getAnnotations().get(Unmanaged.class.getName()) != null;
    }

    /** Counts one change (a method rewritten). */
    final void applied() {
        applied++;
    }

    /** Records a target that is not where TeaVM 0.13.1 had it. */
    final void missing(String target) {
        missing.add(target);
    }

    /** How many changes this patch made in the last build. */
    final int appliedCount() {
        return applied;
    }

    /** The problem this patch found with TeaVM, or null if it applied as expected. */
    final String problem() {
        if (!missing.isEmpty()) {
            return "TeaVM patch " + getClass().getSimpleName() + " (" + purpose() + ") did not find "
                    + String.join(", ", missing) + " in this TeaVM; it was written for TeaVM 0.13.1";
        }
        if (required() && applied == 0) {
            return "TeaVM patch " + getClass().getSimpleName() + " (" + purpose() + ") changed nothing: "
                    + "TeaVM did not compile the runtime code it patches; it was written for TeaVM 0.13.1";
        }
        return null;
    }

    /** Gives {@code method} a new body that passes its arguments to {@code target} and returns its result. */
    static void callInstead(MethodHolder method, MethodReference target, ClassHolderTransformerContext context) {
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter[] args = new ValueEmitter[method.parameterCount()];
        for (int i = 0; i < args.length; ++i) {
            args[i] = pe.var(i + 1, method.parameterType(i));
        }
        ValueEmitter result = pe.invoke(target, args);
        if (method.getResultType() != ValueType.VOID) {
            result.returnValue();
        } else {
            pe.exit();
        }
    }
}
