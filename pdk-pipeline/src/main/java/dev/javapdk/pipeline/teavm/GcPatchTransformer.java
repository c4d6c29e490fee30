package dev.javapdk.pipeline.teavm;

import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Patches TeaVM 0.13.1's GC with {@code org.teavm.runtime.JavaPdkGc} (pdk-runtime):
 * <ul>
 *   <li>{@code MarkQueue.init/enqueue/dequeue/isEmpty} → {@code JavaPdkGc.queue*}: a full mark queue
 *       no longer ends in {@code outOfMemory()} but in a heap rescan, so the heap grows as it should
 *       when many small objects are live (an ArrayList of 90,000 Integers trapped at the 2 MiB
 *       initial heap);</li>
 *   <li>after {@code GC.doCollectGarbage()}, {@code JavaPdkGc.afterCollection()} makes
 *       {@code GC.lastChunk} exact before the heap is grown (a stale one corrupted the heap) and
 *       withholds the emergency reserve again;</li>
 *   <li>{@code GC.getNextChunk} and {@code Allocator.allocateArray} → {@code JavaPdkGc}: an exhausted
 *       heap grows once into an emergency reserve and flags the allocation, so that it becomes an
 *       {@code OutOfMemoryError} (see {@link OomPollTransformer}) instead of a trap;</li>
 *   <li>{@code GC.markFromStack} and {@code GC.markStackRoots} → {@code JavaPdkGc}: a shadow-stack
 *       slot that holds no object is skipped instead of marked;</li>
 *   <li>the {@code native gc*} methods of {@code JavaPdkGc} get bodies that call the GC's private
 *       methods of the same name, which are made public.</li>
 * </ul>
 */
final class GcPatchTransformer extends TeaVMPatch {
    static final String GC = "org.teavm.runtime.GC";
    static final String MARK_QUEUE = "org.teavm.runtime.MarkQueue";
    static final String PATCH = "org.teavm.runtime.JavaPdkGc";
    static final String ALLOCATOR = "org.teavm.runtime.Allocator";
    private static final String RUNTIME_CLASS = "org.teavm.runtime.RuntimeClass";
    private static final String ADDRESS = "org.teavm.interop.Address";
    private static final ValueType RUNTIME_OBJECT = ValueType.object("org.teavm.runtime.RuntimeObject");
    private static final String[] GC_PRIVATE_CALLED = {
        "getNextChunkIfPossible", "collectGarbageImpl", "collectGarbageFullImpl", "mark"
    };

    @Override
    String purpose() {
        return "heap growth with many small objects, exact lastChunk, out of memory as an exception";
    }

    @Override
    boolean required() {
        return true;
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        switch (cls.getName()) {
            case MARK_QUEUE -> {
                redirect(cls, context, new MethodDescriptor("init", ValueType.VOID), "queueInit");
                redirect(cls, context, new MethodDescriptor("enqueue", RUNTIME_OBJECT, ValueType.VOID), "queueEnqueue");
                redirect(cls, context, new MethodDescriptor("dequeue", RUNTIME_OBJECT), "queueDequeue");
                redirect(cls, context, new MethodDescriptor("isEmpty", ValueType.BOOLEAN), "queueIsEmpty");
            }
            case ALLOCATOR ->
                redirect(
                        cls,
                        context,
                        new MethodDescriptor(
                                "allocateArray",
                                ValueType.object(RUNTIME_CLASS),
                                ValueType.INTEGER,
                                ValueType.object(ADDRESS)),
                        "allocateArray");
            case PATCH -> {
                for (MethodHolder method : cls.getMethods()) {
                    if (method.hasModifier(ElementModifier.NATIVE)
                            && method.getName().startsWith("gc")) {
                        String target = Character.toLowerCase(method.getName().charAt(2))
                                + method.getName().substring(3);
                        method.getModifiers().remove(ElementModifier.NATIVE);
                        callInstead(method, new MethodReference(GC, target, method.getSignature()), context);
                        applied();
                    }
                }
            }
            case GC -> patchGc(cls, context);
            default -> {}
        }
    }

    private void patchGc(ClassHolder cls, ClassHolderTransformerContext context) {
        for (String name : GC_PRIVATE_CALLED) {
            boolean found = false;
            for (MethodHolder method : cls.getMethods()) {
                if (method.getName().equals(name)) {
                    method.setLevel(AccessLevel.PUBLIC);
                    found = true;
                }
            }
            if (!found) {
                missing(GC + "." + name);
            }
        }
        redirect(cls, context, new MethodDescriptor("getNextChunk", ValueType.INTEGER, ValueType.VOID), "getNextChunk");
        redirect(cls, context, new MethodDescriptor("markFromStack", ValueType.VOID), "markFromStack");
        redirect(cls, context, new MethodDescriptor("markStackRoots", ValueType.VOID), "markStackRoots");
        MethodDescriptor collect = new MethodDescriptor("doCollectGarbage", ValueType.VOID);
        MethodHolder original = cls.getMethod(collect);
        if (original == null || original.getProgram() == null) {
            missing(GC + "." + collect);
            return;
        }
        MethodHolder renamed = new MethodHolder(new MethodDescriptor("doCollectGarbage$javapdk", ValueType.VOID));
        renamed.setLevel(original.getLevel());
        renamed.getModifiers().addAll(original.getModifiers());
        renamed.setProgram(original.getProgram());
        original.setProgram(null);
        cls.addMethod(renamed);
        ProgramEmitter pe = ProgramEmitter.create(original, context.getHierarchy());
        pe.invoke(new MethodReference(GC, renamed.getDescriptor()));
        pe.invoke(new MethodReference(PATCH, "afterCollection", ValueType.VOID));
        pe.exit();
        applied();
    }

    /** Replaces the body of {@code descriptor} with a call to the same-shaped static method in the patch class. */
    private void redirect(
            ClassHolder cls, ClassHolderTransformerContext context, MethodDescriptor descriptor, String patchName) {
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null || method.getProgram() == null) {
            missing(cls.getName() + "." + descriptor);
            return;
        }
        method.setProgram(null);
        callInstead(method, new MethodReference(PATCH, patchName, descriptor.getSignature()), context);
        applied();
    }
}
