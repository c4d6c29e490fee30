package dev.javapdk.pipeline.teavm;

import dev.javapdk.runtime.lang.ClassInit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teavm.interop.StaticInit;
import org.teavm.interop.Structure;
import org.teavm.interop.Unmanaged;
import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.FieldHolder;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.PutFieldInstruction;

/**
 * Keeps a class whose static initialiser threw uninitialised, as Java does. TeaVM 0.13.1's wasm
 * backend sets a class's "initialised" flag before it calls {@code <clinit>} and never clears it:
 * after a failed initialiser, the next use of the class goes ahead with its statics unset.
 *
 * <p>Each plug-in class's {@code <clinit>} is moved to a private method, and the new one calls it,
 * remembering what it threw in a static field; {@link ClassInit} clears TeaVM's flag and makes the
 * errors the JVM throws ({@link ExceptionInInitializerError} the first time, {@link
 * NoClassDefFoundError} on every later use). TeaVM's own runtime and class library are left alone:
 * their initialisers run at start-up or before any plug-in code. Static field accesses inside
 * {@code try} blocks get a call that initialises the field's class first (see
 * {@link #initBeforeGuardedFieldAccess}), so that {@code catch} sees what the initialiser threw.
 */
final class ClassInitTransformer extends TeaVMPatch {
    static final String BODY = "javapdk$clinit";
    static final String FAILURE = "javapdk$initFailure";
    static final MethodDescriptor INIT = new MethodDescriptor("javapdk$init", ValueType.VOID);
    private static final MethodDescriptor CLINIT = new MethodDescriptor("<clinit>", ValueType.VOID);
    private static final ValueType THROWABLE = ValueType.object(Throwable.class.getName());
    private static final MethodReference FAILED =
            new MethodReference(ClassInit.class, "failed", Class.class, Throwable.class, Error.class);
    private static final MethodReference AGAIN =
            new MethodReference(ClassInit.class, "again", Class.class, String.class, Throwable.class, Error.class);

    @Override
    String purpose() {
        return "a class whose static initialiser threw stays uninitialised";
    }

    @Override
    boolean required() {
        // A plug-in may have no static initialiser of its own.
        return false;
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!hasPluginName(cls.getName()) || cls.getMethod(INIT) != null) {
            return;
        }
        addInit(cls, context);
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                initBeforeGuardedFieldAccess(cls.getName(), method.getProgram());
            }
        }
        MethodHolder clinit = cls.getMethod(CLINIT);
        if (clinit == null || clinit.getProgram() == null || !isPluginClass(cls, context)) {
            return;
        }
        MethodHolder body = new MethodHolder(new MethodDescriptor(BODY, ValueType.VOID));
        body.setLevel(AccessLevel.PRIVATE);
        body.getModifiers().add(ElementModifier.STATIC);
        body.setProgram(clinit.getProgram());
        cls.addMethod(body);

        FieldHolder failure = new FieldHolder(FAILURE);
        failure.setType(THROWABLE);
        failure.setLevel(AccessLevel.PRIVATE);
        failure.getModifiers().add(ElementModifier.STATIC);
        cls.addField(failure);
        FieldReference failureRef = new FieldReference(cls.getName(), FAILURE);

        ProgramEmitter pe = ProgramEmitter.create(clinit, context.getHierarchy());
        ValueType self = ValueType.object(cls.getName());
        ValueEmitter failed = pe.getField(failureRef, THROWABLE);
        pe.when(failed.isNotNull())
                .thenDo(() -> pe.invoke(AGAIN, pe.constant(self), pe.constant(cls.getName()), failed)
                        .raise());

        Program program = pe.getProgram();
        BasicBlock protectedBlock = pe.prepareBlock();
        BasicBlock done = pe.prepareBlock();
        BasicBlock handler = pe.prepareBlock();
        pe.jump(protectedBlock);

        pe.enter(protectedBlock);
        pe.invoke(new MethodReference(cls.getName(), body.getDescriptor()));
        pe.jump(done);
        TryCatchBlock tryCatch = new TryCatchBlock();
        tryCatch.setExceptionType(Throwable.class.getName());
        tryCatch.setHandler(handler);
        protectedBlock.getTryCatchBlocks().add(tryCatch);

        pe.enter(handler);
        Variable caught = program.createVariable();
        handler.setExceptionVariable(caught);
        ValueEmitter thrown = pe.var(caught, THROWABLE);
        pe.setField(failureRef, thrown);
        pe.invoke(FAILED, pe.constant(self), thrown).raise();

        pe.enter(done);
        pe.exit();
        applied();
    }

    /**
     * {@code static void javapdk$init() {}}: calling it initialises the class the way calling any
     * static method does (TeaVM puts the class's initialisation at the start of its static methods).
     */
    private static void addInit(ClassHolder cls, ClassHolderTransformerContext context) {
        MethodHolder init = new MethodHolder(INIT);
        init.setLevel(AccessLevel.PUBLIC);
        init.getModifiers().add(ElementModifier.STATIC);
        ProgramEmitter.create(init, context.getHierarchy()).exit();
        cls.addMethod(init);
    }

    /**
     * TeaVM initialises a class before a static field access of another class with an instruction
     * that its wasm backend moves out of the enclosing {@code try} block, so a failing initialiser
     * escaped {@code catch}. Inside {@code try} blocks, a call of the other class's
     * {@code javapdk$init} goes first: calls stay in their block (and TeaVM does not inline calls
     * there), and the field access then needs no initialisation of its own.
     */
    private static void initBeforeGuardedFieldAccess(String self, Program program) {
        for (int b = 0; b < program.basicBlockCount(); b++) {
            BasicBlock block = program.basicBlockAt(b);
            if (block.getTryCatchBlocks().isEmpty()) {
                continue;
            }
            List<Instruction> accesses = new ArrayList<>();
            Set<String> initialised = new HashSet<>();
            for (Instruction insn : block) {
                String owner = null;
                if (insn instanceof GetFieldInstruction get && get.getInstance() == null) {
                    owner = get.getField().getClassName();
                } else if (insn instanceof PutFieldInstruction put && put.getInstance() == null) {
                    owner = put.getField().getClassName();
                }
                if (owner != null && !owner.equals(self) && hasPluginName(owner) && initialised.add(owner)) {
                    accesses.add(insn);
                }
            }
            for (Instruction access : accesses) {
                String owner = access instanceof GetFieldInstruction get
                        ? get.getField().getClassName()
                        : ((PutFieldInstruction) access).getField().getClassName();
                InvokeInstruction call = new InvokeInstruction();
                call.setType(InvocationType.SPECIAL);
                call.setMethod(new MethodReference(owner, INIT));
                call.setLocation(access.getLocation());
                access.insertPrevious(call);
            }
        }
    }

    /** Plug-in code by its name: not TeaVM's runtime or class library, nor this project's runtime. */
    private static boolean hasPluginName(String name) {
        return !(name.startsWith("java.")
                || name.startsWith("javax.")
                || name.startsWith("jdk.")
                || name.startsWith("sun.")
                || name.startsWith("org.teavm.")
                || name.startsWith("dev.javapdk.runtime."));
    }

    /** Classes of the plug-in and its libraries whose initialiser is wrapped. */
    private static boolean isPluginClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!hasPluginName(cls.getName())) {
            return false;
        }
        if (cls.getAnnotations().get(StaticInit.class.getName()) != null
                || cls.getAnnotations().get(Unmanaged.class.getName()) != null) {
            return false;
        }
        for (String parent = cls.getParent(); parent != null; ) {
            if (parent.equals(Structure.class.getName())) {
                return false;
            }
            ClassReader parentClass = context.getHierarchy().getClassSource().get(parent);
            parent = parentClass == null ? null : parentClass.getParent();
        }
        return true;
    }
}
