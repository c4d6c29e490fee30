package dev.javapdk.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A digest of everything a plug-in build reads, so an unchanged project skips TeaVM (seconds).
 *
 * <p>Covers every file's path and bytes under the classes directory, each dependency's path, size
 * and modification time (jars in the local repository don't change in place, directories are
 * hashed), the options, and the plugin itself.
 */
public final class Fingerprint {
    private final String digest;

    private Fingerprint(String digest) {
        this.digest = digest;
    }

    public static Fingerprint of(Path classesDir, List<Path> dependencies, BuildOptions options, Path plugin)
            throws IOException {
        MessageDigest sha = sha256();
        hashTree(sha, classesDir, true);
        for (Path dependency : dependencies) {
            hashTree(sha, dependency, Files.isDirectory(dependency));
        }
        hashTree(sha, plugin, Files.isDirectory(plugin));
        sha.update(canonical(options).getBytes(StandardCharsets.UTF_8));
        return new Fingerprint(HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * The options as text that is the same for equal options on every JVM: sets are sorted (a
     * {@code Set}'s iteration order, and so its {@code toString()}, can differ between runs).
     */
    static String canonical(BuildOptions options) {
        return "minHeapBytes=" + options.minHeapBytes()
                + "\nmaxHeapBytes=" + options.maxHeapBytes()
                + "\noptimization=" + options.optimization()
                + "\ndebugNames=" + options.debugNames()
                + "\nhostModules=" + new TreeSet<>(options.hostModules())
                + "\nexportClasses=" + new TreeSet<>(options.exportClasses()) + "\n";
    }

    /** Whether {@code stamp} holds this fingerprint. */
    public boolean matches(Path stamp) throws IOException {
        return Files.isRegularFile(stamp) && Files.readString(stamp).trim().equals(digest);
    }

    /** Records this fingerprint in {@code stamp}. */
    public void write(Path stamp) throws IOException {
        Files.createDirectories(stamp.toAbsolutePath().getParent());
        Files.writeString(stamp, digest + "\n");
    }

    @Override
    public String toString() {
        return digest;
    }

    private static void hashTree(MessageDigest sha, Path root, boolean contents) throws IOException {
        sha.update(root.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        if (!Files.exists(root)) {
            return;
        }
        if (!contents) {
            sha.update((Files.size(root) + ":" + Files.getLastModifiedTime(root).toMillis())
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                try {
                    sha.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
