package dev.javapdk.pipeline.teavm;

import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ElementModifier;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Patches TeaVM 0.13.1's GC with {@code org.teavm.runtime.JavaPdkGc} (pdk-runtime):
 * <ul>
 *   <li>{@code MarkQueue.init/enqueue/dequeue/isEmpty} → {@code JavaPdkGc.queue*}: a full mark queue
 *       no longer ends in {@code outOfMemory()} but in a heap rescan, so the heap grows as it should
 *       when many small objects are live (an ArrayList of 90,000 Integers trapped at the 2 MiB
 *       initial heap);</li>
 *   <li>after {@code GC.doCollectGarbage()}, {@code JavaPdkGc.fixLastChunk()} makes
 *       {@code GC.lastChunk} exact before the heap is grown.</li>
 * </ul>
 */
final class GcPatchTransformer implements ClassHolderTransformer {
    static final String GC = "org.teavm.runtime.GC";
    static final String MARK_QUEUE = "org.teavm.runtime.MarkQueue";
    static final String PATCH = "org.teavm.runtime.JavaPdkGc";
    static final String ALLOCATOR = "org.teavm.runtime.Allocator";
    private static final String RUNTIME_CLASS = "org.teavm.runtime.RuntimeClass";
    private static final String ADDRESS = "org.teavm.interop.Address";
    private static final ValueType RUNTIME_OBJECT = ValueType.object("org.teavm.runtime.RuntimeObject");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        // Measurement knob: -Djavapdk.gcPatch=none|queue|lastChunk (default both).
        String only = System.getProperty("javapdk.gcPatch", "all");
        if (cls.getName().equals(MARK_QUEUE) && (only.equals("all") || only.equals("queue"))) {
            redirect(cls, context, new MethodDescriptor("init", ValueType.VOID), "queueInit");
            redirect(cls, context, new MethodDescriptor("enqueue", RUNTIME_OBJECT, ValueType.VOID), "queueEnqueue");
            redirect(cls, context, new MethodDescriptor("dequeue", RUNTIME_OBJECT), "queueDequeue");
            redirect(cls, context, new MethodDescriptor("isEmpty", ValueType.BOOLEAN), "queueIsEmpty");
        } else if (cls.getName().equals(ALLOCATOR) && only.equals("all")) {
            redirect(cls, context, new MethodDescriptor("allocateArray", ValueType.object(RUNTIME_CLASS),
                    ValueType.INTEGER, ValueType.object(ADDRESS)), "allocateArray");
        } else if (cls.getName().equals(PATCH)) {
            for (MethodHolder method : cls.getMethods()) {
                if (method.hasModifier(ElementModifier.NATIVE) && method.getName().startsWith("gc")) {
                    String target = Character.toLowerCase(method.getName().charAt(2)) + method.getName().substring(3);
                    method.getModifiers().remove(ElementModifier.NATIVE);
                    ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
                    ValueEmitter[] args = new ValueEmitter[method.parameterCount()];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = pe.var(i + 1, method.parameterType(i));
                    }
                    ValueEmitter result = pe.invoke(new MethodReference(GC, target, method.getSignature()), args);
                    if (method.getResultType() != ValueType.VOID) {
                        result.returnValue();
                    } else {
                        pe.exit();
                    }
                }
            }
        } else if (cls.getName().equals(GC) && (only.equals("all") || only.equals("lastChunk"))) {
            if (only.equals("all")) {
                for (String name : new String[] {"getNextChunkIfPossible", "collectGarbageImpl",
                        "collectGarbageFullImpl"}) {
                    for (MethodHolder method : cls.getMethods()) {
                        if (method.getName().equals(name)) {
                            method.setLevel(AccessLevel.PUBLIC);
                        }
                    }
                }
                redirect(cls, context, new MethodDescriptor("getNextChunk", ValueType.INTEGER, ValueType.VOID),
                        "getNextChunk");
            }
            MethodHolder original = cls.getMethod(new MethodDescriptor("doCollectGarbage", ValueType.VOID));
            if (original == null || original.getProgram() == null) {
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
            pe.invoke(new MethodReference(PATCH, only.equals("all") ? "afterCollection" : "fixLastChunk",
                    ValueType.VOID));
            pe.exit();
        }
    }

    /** Replaces the body of {@code descriptor} with a call to the same-shaped static method in the patch class. */
    private static void redirect(ClassHolder cls, ClassHolderTransformerContext context, MethodDescriptor descriptor,
                                 String patchName) {
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null || method.getProgram() == null) {
            return;
        }
        method.setProgram(null);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter[] args = new ValueEmitter[method.parameterCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = pe.var(i + 1, method.parameterType(i));
        }
        ValueEmitter result = pe.invoke(new MethodReference(PATCH, patchName, descriptor.getSignature()), args);
        if (method.getResultType() != ValueType.VOID) {
            result.returnValue();
        } else {
            pe.exit();
        }
    }
}
