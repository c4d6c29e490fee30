package dev.javapdk.pipeline.teavm;

import dev.javapdk.runtime.Arith;
import java.util.HashMap;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.model.util.DefinitionExtractor;

/**
 * Gives integer division Java's semantics: TeaVM's wasm backend emits a bare {@code div_s}, which
 * traps on a zero divisor (and on {@code MIN_VALUE / -1}) instead of throwing
 * {@link ArithmeticException}. Each {@code /} or {@code %} on {@code int}/{@code long} whose divisor
 * is not a constant other than 0 and -1 becomes a call to {@code dev.javapdk.runtime.Arith}.
 * TeaVM's own runtime (GC and friends run unmanaged and cannot throw) is left as it is.
 */
final class DivisionTransformer extends TeaVMPatch {
    static final String ARITH = Arith.class.getName();

    DivisionTransformer() {
        // The replacements must exist with the descriptors the calls use; checked once, loudly.
        for (Class<?> type : new Class<?>[] {int.class, long.class}) {
            for (String name : new String[] {"div", "rem"}) {
                try {
                    Arith.class.getMethod(name, type, type);
                } catch (NoSuchMethodException e) {
                    missing(ARITH + "." + name + "(" + type + ", " + type + ")");
                }
            }
        }
    }

    @Override
    String purpose() {
        return "integer division by zero throws ArithmeticException";
    }

    @Override
    boolean required() {
        return false;
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        String name = cls.getName();
        if (name.equals(ARITH) || isRuntime(cls)) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null && !isUnmanaged(method)) {
                if (transform(method.getProgram())) {
                    applied();
                }
            }
        }
    }

    /** Whether the program had a division to rewrite. */
    private static boolean transform(Program program) {
        boolean changed = false;
        Map<Integer, Long> constants = null;
        for (int b = 0; b < program.basicBlockCount(); b++) {
            BasicBlock block = program.basicBlockAt(b);
            for (Instruction insn : block) {
                if (!(insn instanceof BinaryInstruction binary) || !isIntegerDivision(binary)) {
                    continue;
                }
                if (constants == null) {
                    constants = singleAssignmentConstants(program);
                }
                Long divisor = constants.get(binary.getSecondOperand().getIndex());
                if (divisor != null && divisor != 0 && divisor != -1) {
                    continue;
                }
                boolean isLong = binary.getOperandType() == NumericOperandType.LONG;
                ValueType type = isLong ? ValueType.LONG : ValueType.INTEGER;
                String method = binary.getOperation() == BinaryOperation.DIVIDE ? "div" : "rem";
                InvokeInstruction call = new InvokeInstruction();
                call.setType(InvocationType.SPECIAL);
                call.setMethod(new MethodReference(ARITH, method, type, type, type));
                call.setArguments(binary.getFirstOperand(), binary.getSecondOperand());
                call.setReceiver(binary.getReceiver());
                call.setLocation(binary.getLocation());
                binary.replace(call);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean isIntegerDivision(BinaryInstruction insn) {
        return (insn.getOperation() == BinaryOperation.DIVIDE || insn.getOperation() == BinaryOperation.MODULO)
                && (insn.getOperandType() == NumericOperandType.INT
                        || insn.getOperandType() == NumericOperandType.LONG);
    }

    /** Variables defined once, by an integer constant: their divisions need no check. */
    private static Map<Integer, Long> singleAssignmentConstants(Program program) {
        Map<Integer, Integer> definitions = new HashMap<>();
        Map<Integer, Long> constants = new HashMap<>();
        DefinitionExtractor defs = new DefinitionExtractor();
        for (int b = 0; b < program.basicBlockCount(); b++) {
            BasicBlock block = program.basicBlockAt(b);
            for (Phi phi : block.getPhis()) {
                definitions.merge(phi.getReceiver().getIndex(), 1, Integer::sum);
            }
            for (Instruction insn : block) {
                insn.acceptVisitor(defs);
                for (var variable : defs.getDefinedVariables()) {
                    definitions.merge(variable.getIndex(), 1, Integer::sum);
                }
                if (insn instanceof IntegerConstantInstruction constant) {
                    constants.put(constant.getReceiver().getIndex(), (long) constant.getConstant());
                } else if (insn instanceof LongConstantInstruction constant) {
                    constants.put(constant.getReceiver().getIndex(), constant.getConstant());
                }
            }
        }
        constants.keySet().removeIf(index -> definitions.getOrDefault(index, 0) != 1);
        return constants;
    }
}
