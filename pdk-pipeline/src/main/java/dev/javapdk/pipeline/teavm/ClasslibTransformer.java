package dev.javapdk.pipeline.teavm;

import dev.javapdk.runtime.lang.Builders;
import dev.javapdk.runtime.lang.Chars;
import dev.javapdk.runtime.lang.Floats;
import dev.javapdk.runtime.lang.Names;
import dev.javapdk.runtime.lang.Numbers;
import dev.javapdk.runtime.lang.Ranges;
import dev.javapdk.runtime.lang.Strings;
import dev.javapdk.runtime.util.JdkRandom;
import dev.javapdk.runtime.util.Lists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.interop.Unmanaged;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.DoubleConstantInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Gives methods of TeaVM 0.13.1's class library the JDK's behaviour where the two differ, with
 * pure-Java code in pdk-runtime ({@code dev.javapdk.runtime.lang}, {@code .util}). README's "What
 * the wasm target does not have" lists what is still different; SemanticsDifferentialIT compares
 * plug-in and JVM.
 *
 * <p>Each fix is one of:
 * <ul>
 *   <li>{@link Kind#REPLACE}: the method's body calls the runtime method of the same parameters
 *       (the receiver first) and returns its result;</li>
 *   <li>{@link Kind#CHECK}: TeaVM's body moves to a private method; the new body first calls the
 *       runtime method with the receiver and the leading arguments (it throws what Java throws for
 *       bad arguments, or prepares the receiver), then the moved body;</li>
 *   <li>{@link Kind#AFTER}: the moved body, then the runtime method on the receiver;</li>
 *   <li>{@link Kind#FIRST}: the runtime method's result if it is not negative, else the moved body's;</li>
 *   <li>{@link Kind#AS_STRING}: {@code insert(offset, x)} inserts the runtime method's text of x.</li>
 * </ul>
 * Besides, in every method: the range checks of {@code java.util.Arrays}, every
 * {@code new Random(...)} outside the runtime made a {@link JdkRandom}, calls of
 * {@code Integer/Long.divideUnsigned} and {@code remainderUnsigned} (a wasm instruction that traps
 * on 0) sent through a zero check, the length of every new array checked, and floating-point
 * negation made exact for zeros (see {@link #rewriteInstructions}).
 */
final class ClasslibTransformer extends TeaVMPatch {
    enum Kind {
        REPLACE,
        CHECK,
        AFTER,
        FIRST,
        AS_STRING
    }

    /** One method of a class (as TeaVM's transformers name it) and the runtime method that fixes it. */
    record Fix(String owner, MethodDescriptor method, Kind kind, Class<?> runtime, String runtimeName) {}

    static final String MOVED = "javapdk$classlib$";
    private static final String STRING = "java.lang.String";
    private static final String BUILDER = "java.lang.StringBuilder";
    private static final String ABSTRACT_BUILDER = "java.lang.AbstractStringBuilder";
    private static final String MATH = "java.lang.Math";
    private static final String RANDOM = "java.util.Random";
    private static final String FORMAT_WRITER = "java.util.Formatter$FormatWriter";

    static final List<Fix> FIXES = List.of(
            fix(STRING, "isBlank()Z", Kind.REPLACE, Strings.class, "isBlank"),
            fix(STRING, "strip()Ljava/lang/String;", Kind.REPLACE, Strings.class, "strip"),
            fix(STRING, "stripLeading()Ljava/lang/String;", Kind.REPLACE, Strings.class, "stripLeading"),
            fix(STRING, "stripTrailing()Ljava/lang/String;", Kind.REPLACE, Strings.class, "stripTrailing"),
            fix(STRING, "trim()Ljava/lang/String;", Kind.REPLACE, Strings.class, "trim"),
            fix(STRING, "toUpperCase()Ljava/lang/String;", Kind.REPLACE, Strings.class, "toUpperCase"),
            fix(STRING, "toLowerCase()Ljava/lang/String;", Kind.REPLACE, Strings.class, "toLowerCase"),
            fix(
                    STRING,
                    "toUpperCase(Ljava/util/Locale;)Ljava/lang/String;",
                    Kind.REPLACE,
                    Strings.class,
                    "toUpperCase"),
            fix(
                    STRING,
                    "toLowerCase(Ljava/util/Locale;)Ljava/lang/String;",
                    Kind.REPLACE,
                    Strings.class,
                    "toLowerCase"),
            fix(STRING, "equalsIgnoreCase(Ljava/lang/String;)Z", Kind.REPLACE, Strings.class, "equalsIgnoreCase"),
            fix(STRING, "compareToIgnoreCase(Ljava/lang/String;)I", Kind.REPLACE, Strings.class, "compareToIgnoreCase"),
            fix(STRING, "regionMatches(ZILjava/lang/String;II)Z", Kind.REPLACE, Strings.class, "regionMatches"),
            fix(STRING, "indexOf(Ljava/lang/String;I)I", Kind.REPLACE, Strings.class, "indexOf"),
            fix(STRING, "lastIndexOf(Ljava/lang/String;I)I", Kind.REPLACE, Strings.class, "lastIndexOf"),
            fix(STRING, "lastIndexOf(II)I", Kind.REPLACE, Strings.class, "lastIndexOf"),
            fix(STRING, "substring(II)Ljava/lang/String;", Kind.CHECK, Strings.class, "checkSubstring"),
            fix(STRING, "substring(I)Ljava/lang/String;", Kind.CHECK, Strings.class, "checkSubstring"),
            fix(STRING, "repeat(I)Ljava/lang/String;", Kind.CHECK, Strings.class, "checkRepeat"),
            fix(
                    "java.util.regex.Pattern",
                    "split(Ljava/lang/CharSequence;I)[Ljava/lang/String;",
                    Kind.REPLACE,
                    Strings.class,
                    "split"),
            fix(STRING, "startsWith(Ljava/lang/String;I)Z", Kind.REPLACE, Strings.class, "startsWith"),
            fix("java.lang.Character", "getType(I)I", Kind.FIRST, Chars.class, "rangeType"),
            fix("java.lang.Character", "isAlphabetic(I)Z", Kind.REPLACE, Chars.class, "isAlphabetic"),
            fix("java.lang.Character", "toTitleCase(I)I", Kind.REPLACE, Chars.class, "toTitleCase"),
            fix("java.lang.Character", "isJavaIdentifierStart(I)Z", Kind.REPLACE, Chars.class, "isJavaIdentifierStart"),
            fix("java.lang.Class", "getName()Ljava/lang/String;", Kind.CHECK, Names.class, "require"),
            fix("java.lang.Character", "isLowerCase(I)Z", Kind.REPLACE, Chars.class, "isLowerCase"),
            fix("java.lang.Character", "isUpperCase(I)Z", Kind.REPLACE, Chars.class, "isUpperCase"),
            // Integer and Long
            fix("java.lang.Integer", "parseInt(Ljava/lang/String;)I", Kind.REPLACE, Numbers.class, "parseInt"),
            fix("java.lang.Integer", "parseInt(Ljava/lang/String;I)I", Kind.REPLACE, Numbers.class, "parseInt"),
            fix(
                    "java.lang.Integer",
                    "valueOf(Ljava/lang/String;)Ljava/lang/Integer;",
                    Kind.REPLACE,
                    Numbers.class,
                    "valueOf"),
            fix(
                    "java.lang.Integer",
                    "valueOf(Ljava/lang/String;I)Ljava/lang/Integer;",
                    Kind.REPLACE,
                    Numbers.class,
                    "valueOf"),
            fix(
                    "java.lang.Integer",
                    "decode(Ljava/lang/String;)Ljava/lang/Integer;",
                    Kind.REPLACE,
                    Numbers.class,
                    "decode"),
            fix("java.lang.Long", "parseLong(Ljava/lang/String;)J", Kind.REPLACE, Numbers.class, "parseLong"),
            fix("java.lang.Long", "parseLong(Ljava/lang/String;I)J", Kind.REPLACE, Numbers.class, "parseLong"),
            fix(
                    "java.lang.Long",
                    "valueOf(Ljava/lang/String;)Ljava/lang/Long;",
                    Kind.REPLACE,
                    Numbers.class,
                    "valueOfLong"),
            fix(
                    "java.lang.Long",
                    "valueOf(Ljava/lang/String;I)Ljava/lang/Long;",
                    Kind.REPLACE,
                    Numbers.class,
                    "valueOfLong"),
            fix(
                    "java.lang.Long",
                    "decode(Ljava/lang/String;)Ljava/lang/Long;",
                    Kind.REPLACE,
                    Numbers.class,
                    "decodeLong"),
            // Double and Float text
            fix("java.lang.Double", "parseDouble(Ljava/lang/String;)D", Kind.REPLACE, Floats.class, "parseDouble"),
            fix(
                    "java.lang.Double",
                    "valueOf(Ljava/lang/String;)Ljava/lang/Double;",
                    Kind.REPLACE,
                    Floats.class,
                    "valueOf"),
            fix("java.lang.Float", "parseFloat(Ljava/lang/String;)F", Kind.REPLACE, Floats.class, "parseFloat"),
            fix(
                    "java.lang.Float",
                    "valueOf(Ljava/lang/String;)Ljava/lang/Float;",
                    Kind.REPLACE,
                    Floats.class,
                    "valueOfFloat"),
            fix(
                    ABSTRACT_BUILDER,
                    "insert(ID)Ljava/lang/AbstractStringBuilder;",
                    Kind.AS_STRING,
                    Floats.class,
                    "toString"),
            fix(
                    ABSTRACT_BUILDER,
                    "insert(IF)Ljava/lang/AbstractStringBuilder;",
                    Kind.AS_STRING,
                    Floats.class,
                    "toString"),
            // Math
            fix(MATH, "addExact(II)I", Kind.REPLACE, Numbers.class, "addExact"),
            fix(MATH, "addExact(JJ)J", Kind.REPLACE, Numbers.class, "addExact"),
            fix(MATH, "subtractExact(II)I", Kind.REPLACE, Numbers.class, "subtractExact"),
            fix(MATH, "subtractExact(JJ)J", Kind.REPLACE, Numbers.class, "subtractExact"),
            fix(MATH, "multiplyExact(II)I", Kind.REPLACE, Numbers.class, "multiplyExact"),
            fix(MATH, "multiplyExact(JI)J", Kind.REPLACE, Numbers.class, "multiplyExact"),
            fix(MATH, "multiplyExact(JJ)J", Kind.REPLACE, Numbers.class, "multiplyExact"),
            fix(MATH, "incrementExact(I)I", Kind.REPLACE, Numbers.class, "incrementExact"),
            fix(MATH, "incrementExact(J)J", Kind.REPLACE, Numbers.class, "incrementExact"),
            fix(MATH, "decrementExact(I)I", Kind.REPLACE, Numbers.class, "decrementExact"),
            fix(MATH, "decrementExact(J)J", Kind.REPLACE, Numbers.class, "decrementExact"),
            fix(MATH, "negateExact(I)I", Kind.REPLACE, Numbers.class, "negateExact"),
            fix(MATH, "negateExact(J)J", Kind.REPLACE, Numbers.class, "negateExact"),
            fix(MATH, "toIntExact(J)I", Kind.REPLACE, Numbers.class, "toIntExact"),
            fix(MATH, "absExact(I)I", Kind.REPLACE, Numbers.class, "absExact"),
            fix(MATH, "absExact(J)J", Kind.REPLACE, Numbers.class, "absExact"),
            fix(MATH, "rint(D)D", Kind.REPLACE, Floats.class, "rint"),
            fix(MATH, "round(D)J", Kind.REPLACE, Floats.class, "round"),
            fix(MATH, "round(F)I", Kind.REPLACE, Floats.class, "round"),
            fix(MATH, "ulp(D)D", Kind.REPLACE, Floats.class, "ulp"),
            fix(MATH, "ulp(F)F", Kind.REPLACE, Floats.class, "ulp"),
            fix(MATH, "IEEEremainder(DD)D", Kind.REPLACE, Floats.class, "IEEEremainder"),
            fix(MATH, "nextAfter(DD)D", Kind.REPLACE, Floats.class, "nextAfter"),
            fix(MATH, "nextAfter(FD)F", Kind.REPLACE, Floats.class, "nextAfter"),
            // x % y on doubles and floats
            fix("org.teavm.backend.wasm.WasmRuntime", "remainder(DD)D", Kind.REPLACE, Floats.class, "fmod"),
            fix("org.teavm.backend.wasm.WasmRuntime", "remainder(FF)F", Kind.REPLACE, Floats.class, "fmod"),
            // StringBuilder
            fix(ABSTRACT_BUILDER, "setLength(I)V", Kind.CHECK, Builders.class, "setLength"),
            fix(ABSTRACT_BUILDER, "setCharAt(IC)V", Kind.CHECK, Builders.class, "checkIndex"),
            fix(ABSTRACT_BUILDER, "substring(II)Ljava/lang/String;", Kind.CHECK, Builders.class, "checkSubstring"),
            fix(ABSTRACT_BUILDER, "substring(I)Ljava/lang/String;", Kind.CHECK, Builders.class, "checkSubstring"),
            fix(
                    ABSTRACT_BUILDER,
                    "appendCodePoint(I)Ljava/lang/AbstractStringBuilder;",
                    Kind.CHECK,
                    Builders.class,
                    "checkCodePoint"),
            fix(ABSTRACT_BUILDER, "indexOf(Ljava/lang/String;I)I", Kind.REPLACE, Builders.class, "indexOf"),
            fix(ABSTRACT_BUILDER, "lastIndexOf(Ljava/lang/String;I)I", Kind.REPLACE, Builders.class, "lastIndexOf"),
            fix(BUILDER, "reverse()Ljava/lang/StringBuilder;", Kind.AFTER, Builders.class, "reversed"),
            fix(
                    BUILDER,
                    "insert(ILjava/lang/String;)Ljava/lang/StringBuilder;",
                    Kind.CHECK,
                    Builders.class,
                    "checkOffset"),
            fix(BUILDER, "insert(IC)Ljava/lang/StringBuilder;", Kind.CHECK, Builders.class, "checkOffset"),
            fix(BUILDER, "insert(II)Ljava/lang/StringBuilder;", Kind.CHECK, Builders.class, "checkOffset"),
            fix(BUILDER, "insert(IJ)Ljava/lang/StringBuilder;", Kind.CHECK, Builders.class, "checkOffset"),
            fix(BUILDER, "insert(IF)Ljava/lang/StringBuilder;", Kind.CHECK, Builders.class, "checkOffset"),
            fix(BUILDER, "insert(ID)Ljava/lang/StringBuilder;", Kind.CHECK, Builders.class, "checkOffset"),
            fix(BUILDER, "insert(IZ)Ljava/lang/StringBuilder;", Kind.CHECK, Builders.class, "checkOffset"),
            fix(BUILDER, "insert(I[C)Ljava/lang/StringBuilder;", Kind.CHECK, Builders.class, "checkOffset"),
            fix(
                    BUILDER,
                    "insert(ILjava/lang/Object;)Ljava/lang/StringBuilder;",
                    Kind.CHECK,
                    Builders.class,
                    "checkOffset"),
            fix(
                    BUILDER,
                    "insert(ILjava/lang/CharSequence;)Ljava/lang/StringBuilder;",
                    Kind.CHECK,
                    Builders.class,
                    "checkOffset"),
            // Collections
            fix("java.util.Collections", "rotate(Ljava/util/List;I)V", Kind.REPLACE, Lists.class, "rotate"),
            fix("java.util.AbstractList", "subList(II)Ljava/util/List;", Kind.CHECK, Lists.class, "checkSubList"));

    /**
     * Calls sent elsewhere: unsigned division (wasm's div_u/rem_u trap on a zero divisor) to a zero
     * check, and {@code isInfinite} (a TeaVM intrinsic that is true for NaN) to Java's.
     */
    static final Map<MethodReference, MethodReference> REDIRECTED_CALLS = Map.of(
            new MethodReference(Integer.class, "divideUnsigned", int.class, int.class, int.class),
            new MethodReference(Numbers.class, "divideUnsigned", int.class, int.class, int.class),
            new MethodReference(Integer.class, "remainderUnsigned", int.class, int.class, int.class),
            new MethodReference(Numbers.class, "remainderUnsigned", int.class, int.class, int.class),
            new MethodReference(Long.class, "divideUnsigned", long.class, long.class, long.class),
            new MethodReference(Numbers.class, "divideUnsigned", long.class, long.class, long.class),
            new MethodReference(Long.class, "remainderUnsigned", long.class, long.class, long.class),
            new MethodReference(Numbers.class, "remainderUnsigned", long.class, long.class, long.class),
            new MethodReference(Double.class, "isInfinite", double.class, boolean.class),
            new MethodReference(Floats.class, "isInfinite", double.class, boolean.class),
            new MethodReference(Float.class, "isInfinite", float.class, boolean.class),
            new MethodReference(Floats.class, "isInfinite", float.class, boolean.class));

    private static final MethodReference COPY_END =
            new MethodReference(Ranges.class, "copyEnd", int.class, int.class, int.class, int.class);
    private static final MethodReference ARRAY_SIZE =
            new MethodReference(Ranges.class, "arraySize", int.class, int.class);

    private static final Set<String> RANGE_CHECKED = Set.of("sort", "fill", "binarySearch", "parallelSort");

    private final Set<String> owners = new HashSet<>();

    ClasslibTransformer() {
        for (Fix fix : FIXES) {
            owners.add(fix.owner());
        }
    }

    private static Fix fix(String owner, String method, Kind kind, Class<?> runtime, String runtimeName) {
        return new Fix(owner, MethodDescriptor.parse(method), kind, runtime, runtimeName);
    }

    @Override
    String purpose() {
        return "Java's behaviour for String, Character, Integer, Double, Math, StringBuilder, Random and Arrays";
    }

    @Override
    boolean required() {
        // java.lang.String is in every plug-in.
        return true;
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        String name = cls.getName();
        if (owners.contains(name)) {
            for (Fix fix : FIXES) {
                if (fix.owner().equals(name)) {
                    apply(cls, fix, context);
                }
            }
        }
        if (name.equals("java.util.Arrays")) {
            checkRanges(cls, context);
        }
        if (name.equals(FORMAT_WRITER)) {
            fixFormatter(cls, context);
        }
        if (!name.startsWith("org.teavm.") && cls.getAnnotations().get(Unmanaged.class.getName()) == null) {
            // The runtime's own calls of Random and divideUnsigned are the real ones.
            boolean redirect = !name.equals(RANDOM) && !name.startsWith("dev.javapdk.runtime.");
            for (MethodHolder method : cls.getMethods()) {
                if (method.getProgram() != null
                        && method.getAnnotations().get(Unmanaged.class.getName()) == null
                        && rewriteInstructions(method.getProgram(), redirect)) {
                    applied();
                }
            }
        }
    }

    private void apply(ClassHolder cls, Fix fix, ClassHolderTransformerContext context) {
        MethodHolder method = cls.getMethod(fix.method());
        if (method == null || method.getProgram() == null) {
            missing(fix.owner() + "." + fix.method() + " (with a body)");
            return;
        }
        boolean instance = !method.hasModifier(ElementModifier.STATIC);
        MethodReference runtime = runtimeMethod(fix, method, instance, context);
        if (runtime == null) {
            missing(fix.runtime().getName() + "." + fix.runtimeName() + " for " + fix.owner() + "." + fix.method());
            return;
        }
        MethodReference moved =
                fix.kind() == Kind.REPLACE || fix.kind() == Kind.AS_STRING ? null : moveBody(cls, method);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter self = instance ? pe.var(0, ValueType.object(cls.getName())) : null;
        ValueEmitter[] args = new ValueEmitter[method.parameterCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = pe.var(i + 1, method.parameterType(i));
        }
        switch (fix.kind()) {
            case REPLACE -> finish(method, pe.invoke(runtime, withSelf(self, args, args.length)), pe);
            case CHECK -> {
                pe.invoke(runtime, withSelf(self, args, runtime.parameterCount() - (instance ? 1 : 0)));
                finish(method, callMoved(pe, self, moved, args), pe);
            }
            case AFTER -> {
                ValueEmitter result = callMoved(pe, self, moved, args);
                pe.invoke(runtime, self);
                finish(method, result, pe);
            }
            case FIRST -> {
                ValueEmitter answer = pe.invoke(runtime, args);
                pe.when(answer.isGreaterOrEqualTo(pe.constant(0))).thenDo(answer::returnValue);
                callMoved(pe, self, moved, args).returnValue();
            }
            case AS_STRING -> {
                ValueEmitter text = pe.invoke(runtime, args[1]);
                self.invokeSpecial(
                                new MethodReference(
                                        cls.getName(),
                                        "insert",
                                        ValueType.INTEGER,
                                        ValueType.object(STRING),
                                        ValueType.object(cls.getName())),
                                args[0],
                                text)
                        .returnValue();
            }
            default -> throw new IllegalStateException(fix.kind().toString());
        }
        applied();
    }

    /**
     * The runtime method named by {@code fix}: for REPLACE and FIRST it takes the method's parameters
     * (the receiver first); for CHECK, the receiver and the most leading parameters it can; for AFTER
     * only the receiver; for AS_STRING the value inserted.
     */
    private static MethodReference runtimeMethod(
            Fix fix, MethodHolder method, boolean instance, ClassHolderTransformerContext context) {
        ClassReader runtime =
                context.getHierarchy().getClassSource().get(fix.runtime().getName());
        if (runtime == null) {
            return null;
        }
        ValueType[] params = method.getParameterTypes();
        MethodReader best = null;
        for (MethodReader candidate : runtime.getMethods()) {
            if (!candidate.getName().equals(fix.runtimeName()) || !candidate.hasModifier(ElementModifier.STATIC)) {
                continue;
            }
            ValueType[] theirs = candidate.getParameterTypes();
            int offset = instance && fix.kind() != Kind.AS_STRING && fix.kind() != Kind.FIRST ? 1 : 0;
            boolean matches;
            switch (fix.kind()) {
                case REPLACE, FIRST ->
                    matches = theirs.length == params.length + offset
                            && sameTypes(theirs, offset, params, 0, params.length)
                            && candidate
                                    .getResultType()
                                    .equals(fix.kind() == Kind.FIRST ? ValueType.INTEGER : method.getResultType());
                case CHECK ->
                    matches = theirs.length >= offset
                            && theirs.length - offset <= params.length
                            && sameTypes(theirs, offset, params, 0, theirs.length - offset)
                            && (best == null || theirs.length > best.parameterCount());
                case AFTER -> matches = theirs.length == 1;
                case AS_STRING ->
                    matches = theirs.length == 1
                            && theirs[0].equals(params[1])
                            && candidate.getResultType().equals(ValueType.object(STRING));
                default -> matches = false;
            }
            if (matches) {
                best = candidate;
            }
        }
        return best == null ? null : best.getReference();
    }

    private static boolean sameTypes(ValueType[] a, int aFrom, ValueType[] b, int bFrom, int count) {
        for (int i = 0; i < count; i++) {
            if (!a[aFrom + i].equals(b[bFrom + i])) {
                return false;
            }
        }
        return true;
    }

    /** Moves TeaVM's body of {@code method} to a new private method of the same class; returns it. */
    private static MethodReference moveBody(ClassHolder cls, MethodHolder method) {
        MethodDescriptor descriptor = new MethodDescriptor(MOVED + method.getName(), method.getSignature());
        MethodHolder moved = new MethodHolder(descriptor);
        moved.setLevel(AccessLevel.PRIVATE);
        if (method.hasModifier(ElementModifier.STATIC)) {
            moved.getModifiers().add(ElementModifier.STATIC);
        }
        moved.setProgram(method.getProgram());
        cls.addMethod(moved);
        return new MethodReference(cls.getName(), descriptor);
    }

    private static ValueEmitter callMoved(
            ProgramEmitter pe, ValueEmitter self, MethodReference moved, ValueEmitter[] args) {
        return self != null ? self.invokeSpecial(moved, args) : pe.invoke(moved, args);
    }

    private static ValueEmitter[] withSelf(ValueEmitter self, ValueEmitter[] args, int count) {
        List<ValueEmitter> all = new ArrayList<>();
        if (self != null) {
            all.add(self);
        }
        for (int i = 0; i < count; i++) {
            all.add(args[i]);
        }
        return all.toArray(new ValueEmitter[0]);
    }

    private static void finish(MethodHolder method, ValueEmitter result, ProgramEmitter pe) {
        if (method.getResultType() == ValueType.VOID) {
            pe.exit();
        } else {
            result.returnValue();
        }
    }

    /** {@code Arrays.sort/fill/binarySearch(array, from, to, ...)}: Java's range check first. */
    private void checkRanges(ClassHolder cls, ClassHolderTransformerContext context) {
        MethodReference check = new MethodReference(Ranges.class, "check", int.class, int.class, int.class, void.class);
        for (MethodHolder method : new ArrayList<>(cls.getMethods())) {
            ValueType[] params = method.getParameterTypes();
            if (method.getName().equals("copyOfRange") && params.length == 3 && method.getProgram() != null) {
                checkCopyRange(cls, method, context);
                continue;
            }
            if (!RANGE_CHECKED.contains(method.getName())
                    || method.getProgram() == null
                    || params.length < 3
                    || !(params[0] instanceof ValueType.Array)
                    || params[1] != ValueType.INTEGER
                    || params[2] != ValueType.INTEGER) {
                continue;
            }
            MethodReference moved = moveBody(cls, method);
            ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
            ValueEmitter[] args = new ValueEmitter[params.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = pe.var(i + 1, params[i]);
            }
            pe.invoke(check, args[0].arrayLength(), args[1], args[2]);
            finish(method, pe.invoke(moved, args), pe);
            applied();
        }
    }

    /**
     * TeaVM's {@code java.util.Formatter}: {@code %%} used up an argument (so {@code "%%%s"} failed
     * with ArrayIndexOutOfBoundsException), {@code %n} was unknown, {@code %d} printed
     * {@code Integer.MIN_VALUE} with two minus signs and {@code %f} rounded half to even.
     * {@code formatValue(conversion)} writes {@code %%} and {@code %n} itself and gives back the
     * argument; {@code formatDecimalInt} takes the digits of {@code Math.abs(value)} through
     * {@link Numbers#magnitude(long)}; {@code formatFloat} formats through {@link Floats#formatFixed}.
     */
    private void fixFormatter(ClassHolder cls, ClassHolderTransformerContext context) {
        MethodHolder formatValue =
                cls.getMethod(new MethodDescriptor("formatValue", ValueType.CHARACTER, ValueType.VOID));
        MethodHolder formatDecimalInt = cls.getMethod(
                new MethodDescriptor("formatDecimalInt", ValueType.CHARACTER, ValueType.BOOLEAN, ValueType.VOID));
        if (formatValue == null
                || formatDecimalInt == null
                || cls.getField("defaultArgumentIndex") == null
                || cls.getField("out") == null) {
            missing(FORMAT_WRITER + ".formatValue/formatDecimalInt/defaultArgumentIndex/out");
            return;
        }
        MethodReference moved = moveBody(cls, formatValue);
        ProgramEmitter pe = ProgramEmitter.create(formatValue, context.getHierarchy());
        ValueEmitter self = pe.var(0, ValueType.object(FORMAT_WRITER));
        ValueEmitter conversion = pe.var(1, ValueType.CHARACTER);
        ValueEmitter literal =
                pe.invoke(new MethodReference(Numbers.class, "formatLiteral", char.class, String.class), conversion);
        pe.when(literal.isNotNull()).thenDo(() -> {
            self.setField(
                    "defaultArgumentIndex",
                    self.getField("defaultArgumentIndex", ValueType.INTEGER).sub(1));
            self.getField("out", ValueType.object(Appendable.class.getName()))
                    .invokeVirtual(
                            new MethodReference(Appendable.class, "append", CharSequence.class, Appendable.class),
                            literal);
            pe.exit();
        });
        self.invokeSpecial(moved, conversion);
        pe.exit();
        applied();

        MethodHolder formatFloat = cls.getMethod(
                new MethodDescriptor("formatFloat", ValueType.CHARACTER, ValueType.BOOLEAN, ValueType.VOID));
        if (formatFloat == null) {
            missing(FORMAT_WRITER + ".formatFloat");
            return;
        }
        MethodReference decimalFormat = new MethodReference(
                "java.text.DecimalFormat", "format", ValueType.object("java.lang.Object"), ValueType.object(STRING));
        Program floatProgram = formatFloat.getProgram();
        for (int b = 0; b < floatProgram.basicBlockCount(); b++) {
            for (Instruction insn : floatProgram.basicBlockAt(b)) {
                if (insn instanceof InvokeInstruction invoke
                        && invoke.getInstance() != null
                        && invoke.getMethod().getDescriptor().equals(decimalFormat.getDescriptor())
                        && invoke.getMethod().getClassName().startsWith("java.text.")) {
                    List<Variable> arguments = new ArrayList<>();
                    arguments.add(invoke.getInstance());
                    arguments.addAll(invoke.getArguments());
                    invoke.setInstance(null);
                    invoke.setType(InvocationType.SPECIAL);
                    invoke.setMethod(new MethodReference(
                            Floats.class.getName(),
                            "formatFixed",
                            ValueType.object("java.text.DecimalFormat"),
                            ValueType.object("java.lang.Object"),
                            ValueType.object(STRING)));
                    invoke.setArguments(arguments.toArray(new Variable[0]));
                    applied();
                }
            }
        }

        Map<MethodReference, MethodReference> digits = Map.of(
                new MethodReference(Integer.class, "toString", int.class, String.class),
                new MethodReference(Numbers.class, "magnitude", int.class, String.class),
                new MethodReference(Long.class, "toString", long.class, String.class),
                new MethodReference(Numbers.class, "magnitude", long.class, String.class));
        Program program = formatDecimalInt.getProgram();
        for (int b = 0; b < program.basicBlockCount(); b++) {
            for (Instruction insn : program.basicBlockAt(b)) {
                if (insn instanceof InvokeInstruction invoke && digits.containsKey(invoke.getMethod())) {
                    invoke.setMethod(digits.get(invoke.getMethod()));
                    applied();
                }
            }
        }
    }

    /**
     * {@code Arrays.copyOfRange(array, from, to)}: Java's checks, then TeaVM's copy up to the end of
     * the array, then, if {@code to} lies beyond it, {@code copyOf} to pad the copy as Java does.
     */
    private void checkCopyRange(ClassHolder cls, MethodHolder method, ClassHolderTransformerContext context) {
        ValueType[] params = method.getParameterTypes();
        MethodReader copyOf =
                cls.getMethod(new MethodDescriptor("copyOf", params[0], ValueType.INTEGER, method.getResultType()));
        if (copyOf == null) {
            missing("java.util.Arrays.copyOf for " + method.getDescriptor());
            return;
        }
        MethodReference moved = moveBody(cls, method);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter array = pe.var(1, params[0]);
        ValueEmitter from = pe.var(2, ValueType.INTEGER);
        ValueEmitter to = pe.var(3, ValueType.INTEGER);
        ValueEmitter end = pe.invoke(COPY_END, array.arrayLength(), from, to);
        ValueEmitter copy = pe.invoke(moved, array, from, end);
        pe.when(end.isEqualTo(to)).thenDo(copy::returnValue);
        pe.invoke(copyOf.getReference(), copy, to.sub(from)).returnValue();
        applied();
    }

    /**
     * In one method: {@code new Random(...)} becomes {@code new JdkRandom(...)} (not in Random's own
     * code, where it is a subclass's constructor); calls in {@link #REDIRECTED_CALLS} go to their
     * checking method; the length of a new array is checked (TeaVM allocates a negative one); and
     * {@code -x} on a double or float becomes {@code x * -1.0} (TeaVM computes {@code 0.0 - x},
     * which is {@code +0.0} for {@code x = 0.0}). Returns whether anything changed.
     */
    private static boolean rewriteInstructions(Program program, boolean redirect) {
        List<Instruction> targets = new ArrayList<>();
        Set<Integer> randoms = new HashSet<>();
        for (int b = 0; b < program.basicBlockCount(); b++) {
            for (Instruction insn : program.basicBlockAt(b)) {
                if (insn instanceof ConstructInstruction construct
                        && redirect
                        && construct.getType().equals(RANDOM)) {
                    randoms.add(construct.getReceiver().getIndex());
                    targets.add(insn);
                } else if (insn instanceof InvokeInstruction invoke) {
                    MethodReference target = invoke.getMethod();
                    if (invoke.getType() == InvocationType.SPECIAL
                                    && invoke.getInstance() != null
                                    && target.getName().equals("<init>")
                                    && target.getClassName().equals(RANDOM)
                                    && randoms.contains(invoke.getInstance().getIndex())
                            || redirect && invoke.getInstance() == null && REDIRECTED_CALLS.containsKey(target)) {
                        targets.add(insn);
                    }
                } else if (insn instanceof ConstructArrayInstruction
                        || insn instanceof ConstructMultiArrayInstruction
                        || insn instanceof NegateInstruction negate
                                && (negate.getOperandType() == NumericOperandType.DOUBLE
                                        || negate.getOperandType() == NumericOperandType.FLOAT)) {
                    targets.add(insn);
                }
            }
        }
        for (Instruction insn : targets) {
            if (insn instanceof ConstructInstruction construct) {
                construct.setType(JdkRandom.class.getName());
            } else if (insn instanceof InvokeInstruction invoke) {
                MethodReference target = invoke.getMethod();
                invoke.setMethod(
                        target.getName().equals("<init>")
                                ? new MethodReference(JdkRandom.class.getName(), target.getDescriptor())
                                : REDIRECTED_CALLS.get(target));
            } else if (insn instanceof ConstructArrayInstruction array) {
                array.setSize(checkedSize(program, array, array.getSize()));
            } else if (insn instanceof ConstructMultiArrayInstruction array) {
                List<Variable> dimensions = array.getDimensions();
                for (int i = 0; i < dimensions.size(); i++) {
                    dimensions.set(i, checkedSize(program, array, dimensions.get(i)));
                }
            } else if (insn instanceof NegateInstruction negate) {
                boolean isDouble = negate.getOperandType() == NumericOperandType.DOUBLE;
                Variable minusOne = program.createVariable();
                Instruction constant;
                if (isDouble) {
                    DoubleConstantInstruction c = new DoubleConstantInstruction();
                    c.setConstant(-1.0);
                    c.setReceiver(minusOne);
                    constant = c;
                } else {
                    FloatConstantInstruction c = new FloatConstantInstruction();
                    c.setConstant(-1.0f);
                    c.setReceiver(minusOne);
                    constant = c;
                }
                constant.setLocation(negate.getLocation());
                negate.insertPrevious(constant);
                BinaryInstruction multiply = new BinaryInstruction(BinaryOperation.MULTIPLY, negate.getOperandType());
                multiply.setFirstOperand(negate.getOperand());
                multiply.setSecondOperand(minusOne);
                multiply.setReceiver(negate.getReceiver());
                multiply.setLocation(negate.getLocation());
                negate.replace(multiply);
            }
        }
        return !targets.isEmpty();
    }

    /** A call of Ranges.arraySize(size) before {@code insn}; its result, to use as the size. */
    private static Variable checkedSize(Program program, Instruction insn, Variable size) {
        InvokeInstruction check = new InvokeInstruction();
        check.setType(InvocationType.SPECIAL);
        check.setMethod(ARRAY_SIZE);
        check.setArguments(size);
        check.setReceiver(program.createVariable());
        check.setLocation(insn.getLocation());
        insn.insertPrevious(check);
        return check.getReceiver();
    }
}
