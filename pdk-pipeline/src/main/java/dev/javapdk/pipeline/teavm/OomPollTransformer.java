package dev.javapdk.pipeline.teavm;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.CloneArrayInstruction;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Inserts {@code dev.javapdk.runtime.OomCheck.poll()} after every allocation in managed code ({@code new},
 * array {@code clone()}, calls of TeaVM's {@code Allocator} as in {@code Array.newInstance}), so that
 * an exhausted heap (flagged by {@code JavaPdkGc}) becomes a {@code java.lang.OutOfMemoryError} thrown at
 * the allocation. TeaVM checks for a pending exception after managed calls, not after allocations.
 */
final class OomPollTransformer extends TeaVMPatch {
    /** Allocations by method call: {@code java.lang.reflect.Array.newInstance} (so {@code Arrays.copyOf}). */
    private static final String ALLOCATOR = "org.teavm.runtime.Allocator";

    static final MethodReference POLL = new MethodReference("dev.javapdk.runtime.OomCheck", "poll", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        String name = cls.getName();
        if (isRuntime(cls) || name.equals(POLL.getClassName())) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null || isUnmanaged(method)) {
                continue;
            }
            boolean changed = false;
            for (int i = 0; i < program.basicBlockCount(); i++) {
                BasicBlock block = program.basicBlockAt(i);
                for (Instruction insn = block.getFirstInstruction(); insn != null; insn = insn.getNext()) {
                    if (insn instanceof ConstructInstruction
                            || insn instanceof ConstructArrayInstruction
                            || insn instanceof ConstructMultiArrayInstruction
                            || insn instanceof CloneArrayInstruction
                            || insn instanceof InvokeInstruction invoke
                                    && invoke.getMethod().getClassName().equals(ALLOCATOR)) {
                        InvokeInstruction poll = new InvokeInstruction();
                        poll.setType(InvocationType.SPECIAL);
                        poll.setMethod(POLL);
                        poll.setLocation(insn.getLocation());
                        insn.insertNext(poll);
                        insn = poll;
                        changed = true;
                    }
                }
            }
            if (changed) {
                applied();
            }
        }
    }

    @Override
    String purpose() {
        return "out of memory as an OutOfMemoryError thrown at the allocation";
    }

    @Override
    boolean required() {
        // Every plug-in allocates (the export glue reads its input into a new array).
        return true;
    }
}
