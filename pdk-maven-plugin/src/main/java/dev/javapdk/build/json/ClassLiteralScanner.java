package dev.javapdk.build.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds the class literals passed to {@code Json.read(…, X.class)}, {@code Json.input(X.class)},
 * {@code Json.var(key, X.class)} and {@code Json.config(key, X.class)}: the types to bind besides
 * those of exported functions. A {@code Class} that is not a literal cannot be bound at build time
 * and is reported.
 */
final class ClassLiteralScanner {
    private static final String JSON = "dev/javapdk/pdk/json/Json";
    private static final Set<String> TYPED = Set.of("read", "input", "var", "config");

    /** Class binary name → where it is first used; problems collected in {@code problems}. */
    static Map<String, String> scan(Path classesDir, List<String> problems) throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classesDir)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            ClassNode cls = new ClassNode();
            try (InputStream in = Files.newInputStream(file)) {
                new ClassReader(in).accept(cls, ClassReader.SKIP_FRAMES);
            }
            for (MethodNode method : cls.methods) {
                int line = -1;
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof LineNumberNode number) {
                        line = number.line;
                    }
                    if (!(insn instanceof MethodInsnNode call) || !call.owner.equals(JSON) || !TYPED.contains(call.name)
                            || !call.desc.contains("Ljava/lang/Class;)")) {
                        continue;
                    }
                    String where = cls.name.replace('/', '.') + "." + method.name + "(" + cls.sourceFile
                            + (line > 0 ? ":" + line : "") + ")";
                    AbstractInsnNode previous = call.getPrevious();
                    while (previous != null && previous.getOpcode() < 0) {
                        previous = previous.getPrevious();
                    }
                    if (previous instanceof LdcInsnNode ldc && ldc.cst instanceof Type type
                            && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
                        found.putIfAbsent(type.getClassName(), where);
                    } else {
                        problems.add("JSON binding: Json." + call.name + " at " + where + " is given a Class that "
                                + "is not a class literal; the build binds types from literals only: pass e.g. "
                                + "Order.class directly");
                    }
                }
            }
        }
        return found;
    }

    private ClassLiteralScanner() {
    }
}
