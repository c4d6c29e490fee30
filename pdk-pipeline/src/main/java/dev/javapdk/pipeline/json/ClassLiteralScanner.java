package dev.javapdk.pipeline.json;

import dev.javapdk.pdk.HttpRequest;
import dev.javapdk.pdk.HttpResponse;
import dev.javapdk.pdk.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds the class literals passed to {@code Json.read(…, X.class)}, {@code Json.input(X.class)},
 * {@code Json.var(key, X.class)}, {@code Json.config(key, X.class)} and
 * {@code HttpResponse.json(X.class)}: the types to bind besides
 * those of exported functions. A {@code Class} that is not a literal cannot be bound at build time
 * and is reported.
 */
final class ClassLiteralScanner {
    private static final String JSON = Type.getInternalName(Json.class);
    private static final String HTTP_RESPONSE = Type.getInternalName(HttpResponse.class);
    private static final Set<String> TYPED = Set.of("read", "input", "var", "config", "json");

    /** Methods that write an {@code Object} as JSON: the static type of their argument is bound too. */
    private static final Set<String> WRITES = Set.of(
            JSON + ".write",
            JSON + ".toString",
            JSON + ".output",
            JSON + ".setVar",
            Type.getInternalName(HttpRequest.class) + ".json");

    /**
     * The class literals passed to the typed {@code Json}/{@code HttpResponse} methods (class name →
     * where first used) in classes read with {@link dev.javapdk.pipeline.scan.ClassFiles#read}; problems go
     * to {@code problems}. Also collects in {@code written} the static types of values
     * passed to {@code Json.write}/{@code output}/{@code setVar} and {@code HttpRequest.json}, where
     * the bytecode shows them (a constructor call, a method result, a cast, a field, or a local
     * variable with debug information, which Maven compiles in by default).
     */
    static Map<String, String> scan(List<ClassNode> classes, List<String> problems, Map<String, String> written) {
        Map<String, String> found = new LinkedHashMap<>();
        for (ClassNode cls : classes) {
            for (MethodNode method : cls.methods) {
                int line = -1;
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof LineNumberNode number) {
                        line = number.line;
                    }
                    if (insn instanceof MethodInsnNode call
                            && WRITES.contains(call.owner + "." + call.name)
                            && call.desc.contains("Ljava/lang/Object;)")) {
                        String type = staticType(method, previousReal(call));
                        if (type != null && !type.startsWith("java.")) {
                            written.putIfAbsent(type, cls.name.replace('/', '.') + "." + method.name);
                        }
                        continue;
                    }
                    if (!(insn instanceof MethodInsnNode call)
                            || !(call.owner.equals(JSON) || call.owner.equals(HTTP_RESPONSE))
                            || !TYPED.contains(call.name)
                            || !call.desc.contains("Ljava/lang/Class;)")) {
                        continue;
                    }
                    String where = cls.name.replace('/', '.') + "." + method.name + "(" + cls.sourceFile
                            + (line > 0 ? ":" + line : "") + ")";
                    if (previousReal(call) instanceof LdcInsnNode ldc
                            && ldc.cst instanceof Type type
                            && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
                        found.putIfAbsent(type.getClassName(), where);
                    } else {
                        problems.add("JSON binding: " + call.owner.substring(call.owner.lastIndexOf('/') + 1) + "."
                                + call.name + " at " + where + " is given a Class that "
                                + "is not a class literal; the build binds types from literals only: pass e.g. "
                                + "Order.class directly");
                    }
                }
            }
        }
        return found;
    }

    private static AbstractInsnNode previousReal(AbstractInsnNode insn) {
        AbstractInsnNode previous = insn.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        return previous;
    }

    /** The class of the value {@code producer} leaves on the stack, when the bytecode says it. */
    private static String staticType(MethodNode method, AbstractInsnNode producer) {
        Type type = null;
        if (producer instanceof MethodInsnNode call) {
            type = call.name.equals("<init>") ? Type.getObjectType(call.owner) : Type.getReturnType(call.desc);
        } else if (producer instanceof org.objectweb.asm.tree.TypeInsnNode cast
                && producer.getOpcode() == org.objectweb.asm.Opcodes.CHECKCAST) {
            type = Type.getObjectType(cast.desc);
        } else if (producer instanceof org.objectweb.asm.tree.FieldInsnNode field) {
            type = Type.getType(field.desc);
        } else if (producer instanceof org.objectweb.asm.tree.VarInsnNode load
                && producer.getOpcode() == org.objectweb.asm.Opcodes.ALOAD
                && method.localVariables != null) {
            int at = method.instructions.indexOf(producer);
            for (org.objectweb.asm.tree.LocalVariableNode local : method.localVariables) {
                if (local.index == load.var
                        && method.instructions.indexOf(local.start) <= at
                        && at < method.instructions.indexOf(local.end)) {
                    type = Type.getType(local.desc);
                }
            }
        }
        return type != null && type.getSort() == Type.OBJECT ? type.getClassName() : null;
    }

    private ClassLiteralScanner() {}
}
