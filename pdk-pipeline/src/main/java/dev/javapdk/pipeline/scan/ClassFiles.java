package dev.javapdk.pipeline.scan;

import dev.javapdk.pipeline.BuildException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The plug-in's compiled classes, parsed once with ASM (never loaded) for every step that reads
 * them: the export scanner and the JSON binding's class-literal scanner.
 */
public final class ClassFiles {
    private ClassFiles() {}

    /** Every {@code .class} file below {@code classesDir}, in path order. */
    public static List<ClassNode> read(Path classesDir) throws BuildException, IOException {
        if (!Files.isDirectory(classesDir)) {
            throw new BuildException("no compiled classes at " + classesDir
                    + ": compile the plug-in first (mvn package runs the compiler before this goal)");
        }
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classesDir)) {
            classFiles =
                    files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        List<ClassNode> classes = new ArrayList<>();
        for (Path file : classFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                ClassNode node = new ClassNode();
                new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
                classes.add(node);
            }
        }
        return classes;
    }
}
