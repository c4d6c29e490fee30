package dev.javapdk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The up-to-date check: the same inputs give the same fingerprint, on every JVM. */
class FingerprintTest {
    private static final List<String> EXPORT_CLASSES = List.of(
            "com.example.Alpha",
            "com.example.beta.Beta",
            "com.example.Gamma",
            "com.example.Delta",
            "org.other.Epsilon");
    private static final List<String> HOST_MODULES = List.of("extism:host/user", "kv", "secrets", "clock");

    @TempDir
    Path dir;

    /** Several option sets, each with several export classes and host modules. */
    static List<BuildOptions> optionSets(boolean reversed) {
        List<String> exports = new ArrayList<>(EXPORT_CLASSES);
        List<String> modules = new ArrayList<>(HOST_MODULES);
        List<String> someExports = new ArrayList<>(EXPORT_CLASSES.subList(0, 3));
        if (reversed) {
            Collections.reverse(exports);
            Collections.reverse(modules);
            Collections.reverse(someExports);
        }
        BuildOptions base = BuildOptions.defaults()
                .withExportClasses(new LinkedHashSet<>(exports))
                .withHostModules(new LinkedHashSet<>(modules));
        return List.of(
                base,
                base.withExportClasses(new LinkedHashSet<>(someExports)),
                base.withHeap(16 << 20, 64 << 20),
                base.withOptimization(BuildOptions.Optimization.FULL),
                base.withDebugNames(true),
                base.withHostModules(Set.of()));
    }

    private Path project() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("com/example"));
        Files.write(classes.resolve("com/example/Alpha.class"), new byte[] {1, 2, 3});
        Files.write(classes.resolve("com/example/Gamma.class"), new byte[] {4, 5});
        return classes;
    }

    @Test
    void sameOptionsInAnyInsertionOrderGiveTheSameFingerprint() throws IOException {
        Path classes = project();
        List<BuildOptions> forward = optionSets(false);
        List<BuildOptions> backward = optionSets(true);
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < forward.size(); i++) {
            String a =
                    Fingerprint.of(classes, List.of(), forward.get(i), classes).toString();
            String b =
                    Fingerprint.of(classes, List.of(), backward.get(i), classes).toString();
            assertEquals(a, b, "option set " + i);
            distinct.add(a);
        }
        assertEquals(forward.size(), distinct.size(), "every option set has a fingerprint of its own");
    }

    @Test
    void canonicalFormNamesEveryOption() {
        String canonical = Fingerprint.canonical(BuildOptions.defaults());
        for (RecordComponent component : BuildOptions.class.getRecordComponents()) {
            assertTrue(
                    canonical.contains(component.getName() + "="),
                    "Fingerprint.canonical must cover " + component.getName());
        }
    }

    @Test
    void changedClassFileChangesTheFingerprint() throws IOException {
        Path classes = project();
        BuildOptions options = optionSets(false).get(0);
        String before = Fingerprint.of(classes, List.of(), options, classes).toString();
        Files.write(classes.resolve("com/example/Gamma.class"), new byte[] {4, 6});
        assertNotEquals(
                before, Fingerprint.of(classes, List.of(), options, classes).toString());
    }

    /**
     * Set iteration order is salted per JVM, so the fingerprint is computed in fresh JVMs too: all
     * must agree with this one (before the fix, six runs gave two orders).
     */
    @Test
    void freshJvmsAgree() throws Exception {
        Path classes = project();
        String expected = fingerprints(classes);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 0; run < 4; run++) {
            Process process = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            FingerprintTest.class.getName(),
                            classes.toString())
                    .redirectErrorStream(true)
                    .start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), printed);
            assertEquals(expected, printed, "run " + run);
        }
    }

    private static String fingerprints(Path classes) throws IOException {
        StringBuilder all = new StringBuilder();
        for (BuildOptions options : optionSets(false)) {
            all.append(Fingerprint.of(classes, List.of(), options, classes)).append(' ');
        }
        return all.toString().trim();
    }

    /** Entry point of the fresh JVMs in {@link #freshJvmsAgree()}. */
    public static void main(String[] args) throws IOException {
        System.out.println(fingerprints(Path.of(args[0])));
    }
}
