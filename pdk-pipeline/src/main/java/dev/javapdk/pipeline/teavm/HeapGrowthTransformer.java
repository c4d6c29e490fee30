package dev.javapdk.pipeline.teavm;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Works around a TeaVM 0.13 GC bug that fails large allocations with "out of memory" although the
 * heap may still grow.
 *
 * <p>When no free chunk fits an allocation, {@code GC.computeMinRequestedSize(size)} asks to grow
 * the heap by exactly what is missing; the growth is rounded up to 8 bytes, and a chunk that ends up
 * 1–7 bytes larger than the object is neither an exact fit nor big enough to split
 * ({@code MIN_CHUNK_SIZE}), so the allocation fails and the call traps. Measured: a 1 MiB array
 * after a small call failed on some heap states and not others. Asking for some slack makes the
 * grown chunk always usable.
 */
final class HeapGrowthTransformer extends TeaVMPatch {
    static final String GC = org.teavm.runtime.GC.class.getName();
    private static final MethodDescriptor TARGET =
            new MethodDescriptor("computeMinRequestedSize", ValueType.INTEGER, ValueType.LONG);
    private static final String RENAMED = "computeMinRequestedSize$javapdk";
    /** More than MIN_CHUNK_SIZE (8) plus the 8-byte rounding. */
    static final int SLACK = 64;

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(GC)) {
            return;
        }
        MethodHolder original = cls.getMethod(TARGET);
        if (original == null || original.getProgram() == null) {
            missing(GC + "." + TARGET);
            return;
        }
        MethodHolder renamed = new MethodHolder(new MethodDescriptor(RENAMED, ValueType.INTEGER, ValueType.LONG));
        renamed.setLevel(original.getLevel());
        renamed.getModifiers().addAll(original.getModifiers());
        renamed.setProgram(original.getProgram());
        original.setProgram(null);
        cls.addMethod(renamed);

        ProgramEmitter pe = ProgramEmitter.create(original, context.getHierarchy());
        pe.invoke(
                        new MethodReference(GC, renamed.getDescriptor()),
                        pe.var(1, ValueType.INTEGER).add(SLACK))
                .returnValue();
        original.getModifiers().add(ElementModifier.STATIC);
        applied();
    }

    @Override
    String purpose() {
        return "large allocations after heap growth";
    }

    @Override
    boolean required() {
        return true;
    }
}
