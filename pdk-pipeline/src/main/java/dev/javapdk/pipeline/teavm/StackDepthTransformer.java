package dev.javapdk.pipeline.teavm;

import dev.javapdk.runtime.CallGuard;
import dev.javapdk.runtime.StackCheck;
import java.util.HashSet;
import java.util.Set;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.PrimitiveType;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.BranchingCondition;
import org.teavm.model.instructions.BranchingInstruction;
import org.teavm.model.instructions.DoubleConstantInstruction;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.model.util.BasicBlockSplitter;
import org.teavm.model.util.ProgramUtils;

/**
 * Counts Java frames so that runaway recursion throws {@code java.lang.StackOverflowError} before the
 * host's own stack runs out (TeaVM 0.13.1 never checks; the host traps the call). Every managed method
 * that calls anything gets, in TeaVM's IR:
 *
 * <pre>
 * entry:    d = StackCheck.depth + 1; StackCheck.depth = d; if (d &gt; LIMIT) { StackCheck.fail(); return 0; }
 * return:   StackCheck.depth = d - 1;
 * handler:  StackCheck.depth = d;      // an exception skipped the returns of the frames it left
 * </pre>
 *
 * A method without calls cannot be part of a recursion, and is left alone (string and array accessors
 * stay as fast as they were). A counter rather than TeaVM's shadow-stack pointer: not every frame has a
 * shadow-stack frame, and their sizes vary with the number of GC roots, while the host's limit is in
 * frames. Only the methods in call-graph cycles would need it, but a class transformer sees one class
 * at a time, not the program's call graph.
 */
final class StackDepthTransformer extends TeaVMPatch {
    static final String CHECK = StackCheck.class.getName();
    static final FieldReference DEPTH = new FieldReference(CHECK, "depth");
    static final MethodReference OVERFLOW =
            new MethodReference(CHECK, "overflow", ValueType.object("java.lang.StackOverflowError"));
    static final MethodReference FAIL = new MethodReference(CHECK, "fail", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        String name = cls.getName();
        if (isRuntime(cls)
                // Reached from the unmanaged call guard (allocation-free) or from every allocation.
                || name.equals(CHECK)
                || name.equals(OomPollTransformer.POLL.getClassName())
                || name.equals(CallGuard.class.getPackageName() + ".Refusal")) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null && !isUnmanaged(method) && callsAnything(program) && entryHasNoPredecessors(program)) {
                instrument(program, method.getResultType());
                applied();
            }
        }
    }

    private static boolean callsAnything(Program program) {
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction invoke
                        && !invoke.getMethod().equals(OomPollTransformer.POLL)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** TeaVM's parser always starts a method with a block of its own; code made by other patches might not. */
    private static boolean entryHasNoPredecessors(Program program) {
        return ProgramUtils.buildControlFlowGraph(program).incomingEdgesCount(0) == 0;
    }

    private void instrument(Program program, ValueType resultType) {
        BasicBlock entry = program.basicBlockAt(0);
        Variable previous = program.createVariable();
        Variable one = program.createVariable();
        Variable depth = program.createVariable();
        Variable max = program.createVariable();
        Variable compared = program.createVariable();

        Set<BasicBlock> handlers = new HashSet<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (TryCatchBlock tryCatch : block.getTryCatchBlocks()) {
                handlers.add(tryCatch.getHandler());
            }
        }
        for (BasicBlock handler : handlers) {
            handler.addFirst(put(depth));
        }
        for (BasicBlock block : program.getBasicBlocks()) {
            if (block.getLastInstruction() instanceof ExitInstruction exit) {
                exit.insertPrevious(put(previous));
            }
        }

        BasicBlockSplitter splitter = new BasicBlockSplitter(program);
        BasicBlock body = splitter.split(entry, null);
        GetFieldInstruction read = new GetFieldInstruction();
        read.setField(DEPTH);
        read.setFieldType(ValueType.primitive(PrimitiveType.INTEGER));
        read.setReceiver(previous);
        entry.add(read);
        entry.add(constant(1, one));
        BinaryInstruction add = new BinaryInstruction(BinaryOperation.ADD, NumericOperandType.INT);
        add.setFirstOperand(previous);
        add.setSecondOperand(one);
        add.setReceiver(depth);
        entry.add(add);
        entry.add(put(depth));
        entry.add(constant(StackCheck.LIMIT, max));
        BinaryInstruction compare = new BinaryInstruction(BinaryOperation.COMPARE, NumericOperandType.INT);
        compare.setFirstOperand(depth);
        compare.setSecondOperand(max);
        compare.setReceiver(compared);
        entry.add(compare);

        // The cold path calls a method that throws, and ends with a return the throw never reaches:
        // no exception variable here, so no shadow-stack slot for it either (a method that had no
        // frame before keeps none) and no throw sequence in every method.
        BasicBlock overflow = program.createBasicBlock();
        InvokeInstruction fail = new InvokeInstruction();
        fail.setType(InvocationType.SPECIAL);
        fail.setMethod(FAIL);
        overflow.add(fail);
        ExitInstruction unreached = new ExitInstruction();
        if (resultType != ValueType.VOID) {
            Variable dummy = program.createVariable();
            overflow.add(zero(resultType, dummy));
            unreached.setValueToReturn(dummy);
        }
        overflow.add(unreached);

        BranchingInstruction branch = new BranchingInstruction(BranchingCondition.GREATER);
        branch.setOperand(compared);
        branch.setConsequent(overflow);
        branch.setAlternative(body);
        entry.add(branch);
        splitter.fixProgram();
    }

    /** A constant of {@code type}'s zero value (null for references). */
    private static Instruction zero(ValueType type, Variable receiver) {
        if (type instanceof ValueType.Primitive primitive) {
            switch (primitive.getKind()) {
                case LONG -> {
                    LongConstantInstruction constant = new LongConstantInstruction();
                    constant.setReceiver(receiver);
                    return constant;
                }
                case FLOAT -> {
                    FloatConstantInstruction constant = new FloatConstantInstruction();
                    constant.setReceiver(receiver);
                    return constant;
                }
                case DOUBLE -> {
                    DoubleConstantInstruction constant = new DoubleConstantInstruction();
                    constant.setReceiver(receiver);
                    return constant;
                }
                default -> {
                    return constant(0, receiver);
                }
            }
        }
        NullConstantInstruction constant = new NullConstantInstruction();
        constant.setReceiver(receiver);
        return constant;
    }

    private static PutFieldInstruction put(Variable value) {
        PutFieldInstruction put = new PutFieldInstruction();
        put.setField(DEPTH);
        put.setFieldType(ValueType.primitive(PrimitiveType.INTEGER));
        put.setValue(value);
        return put;
    }

    private static IntegerConstantInstruction constant(int value, Variable receiver) {
        IntegerConstantInstruction constant = new IntegerConstantInstruction();
        constant.setConstant(value);
        constant.setReceiver(receiver);
        return constant;
    }

    @Override
    String purpose() {
        return "deep recursion as a StackOverflowError thrown before the host's stack runs out";
    }

    @Override
    boolean required() {
        // Every plug-in has methods that call others (the export glue does).
        return true;
    }
}
