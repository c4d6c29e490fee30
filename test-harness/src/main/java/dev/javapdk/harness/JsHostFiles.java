package dev.javapdk.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where {@link NodeHost} finds {@code host.mjs} and the JS SDKs, in this build or in a user's project.
 *
 * <p>The harness jar carries the Node side ({@code host.mjs}, its {@code package.json} and
 * {@code package-lock.json}) under {@code dev/javapdk/harness/js/}. The first Node test in a JVM
 * copies them to a cache folder ({@code -Djavapdk.cacheDir}, default {@code ~/.cache/javapdk}) and
 * runs {@code npm ci} there once per lock file; later runs, and other JVMs, reuse it. A folder of
 * one's own (a {@code host.mjs} with {@code node_modules} beside it) can be named with
 * {@code -Djavapdk.jsHost=<path to host.mjs>} instead.
 *
 * <p>Hand-written rather than a library: what it does is copy three files and run one npm command
 * under a file lock, which the JDK does directly.
 */
final class JsHostFiles {
    /** Where the Node side lives in the harness jar. */
    static final String RESOURCE_DIR = "dev/javapdk/harness/js/";

    private static final String HOW_TO_INSTALL_NODE = "install Node.js 20 or newer with npm (https://nodejs.org, "
            + "or e.g. apt-get install nodejs npm) so that node and npm are on the PATH";
    private static final long NPM_TIMEOUT_MINUTES = 10;

    /** What {@link #prepare} found, per cache root: the script, or why there is none. */
    private static final Map<Path, Prepared> PREPARED = new ConcurrentHashMap<>();

    private static volatile String nodeMissing;
    private static volatile boolean nodeChecked;

    /** A host script ready to run, or why there is none. */
    record Prepared(Path script, String reason) {}

    private JsHostFiles() {}

    /** Null if node and {@code sdk} are ready; otherwise what is missing and how to install it. */
    static String unavailableReason(NodeHost.Sdk sdk) {
        String node = nodeMissing();
        if (node != null) {
            return node;
        }
        Prepared prepared = prepare();
        if (prepared.reason() != null) {
            return prepared.reason();
        }
        return sdkMissing(prepared.script(), sdk);
    }

    /** The host script to run; throws {@link PluginLoadException} saying what is missing. */
    static Path script(NodeHost.Sdk sdk) {
        String missing = unavailableReason(sdk);
        if (missing != null) {
            throw new PluginLoadException("Node host: " + missing);
        }
        return prepare().script();
    }

    /** The cache root: {@code -Djavapdk.cacheDir}, else {@code $XDG_CACHE_HOME/javapdk}, else {@code ~/.cache/javapdk}. */
    static Path cacheRoot() {
        String configured = System.getProperty("javapdk.cacheDir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("javapdk").toAbsolutePath();
    }

    /** Null if Node would find {@code sdk} from the script's folder (in it or a folder above). */
    private static String sdkMissing(Path script, NodeHost.Sdk sdk) {
        for (Path dir = script.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(
                    dir.resolve("node_modules").resolve(sdk.npmPackage()).resolve("package.json"))) {
                return null;
            }
        }
        Path dir = script.getParent();
        return "the JS SDK " + sdk.version() + " (" + sdk.npmPackage() + ") is not installed in " + dir
                + "/node_modules: run npm ci in " + dir;
    }

    private static String nodeMissing() {
        if (!nodeChecked) {
            synchronized (JsHostFiles.class) {
                if (!nodeChecked) {
                    nodeMissing = checkNode("node");
                    nodeChecked = true;
                }
            }
        }
        return nodeMissing;
    }

    /** Null if {@code command --version} runs; otherwise why not and how to install Node. */
    static String checkNode(String command) {
        try {
            Process node = new ProcessBuilder(command, "--version")
                    .redirectErrorStream(true)
                    .start();
            node.getInputStream().readAllBytes();
            return node.waitFor() == 0 ? null : command + " --version failed: " + HOW_TO_INSTALL_NODE;
        } catch (IOException e) {
            return command + " is not on the PATH: " + HOW_TO_INSTALL_NODE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while looking for node";
        }
    }

    private static Prepared prepare() {
        String configured = System.getProperty("javapdk.jsHost");
        if (configured != null && !configured.isBlank()) {
            Path script = Path.of(configured).toAbsolutePath();
            if (Files.isDirectory(script)) {
                script = script.resolve("host.mjs");
            }
            return Files.isRegularFile(script)
                    ? new Prepared(script, null)
                    : new Prepared(null, "-Djavapdk.jsHost=" + configured + ": no such file " + script);
        }
        return PREPARED.computeIfAbsent(cacheRoot(), JsHostFiles::prepareShipped);
    }

    /**
     * Copies the shipped files into {@code <root>/js-host/<hash of the npm files>/} and runs
     * {@code npm ci} there if it has not succeeded before. The scripts go into a sub-folder named
     * after their own hash, so that JVMs running different harness versions can share node_modules
     * (Node finds it in the parent folder).
     */
    private static Prepared prepareShipped(Path root) {
        try {
            return prepare(root, shippedFiles());
        } catch (IOException | UncheckedIOException e) {
            return new Prepared(null, "cannot read the Node host files from the harness jar: " + e.getMessage());
        }
    }

    /** {@link #prepareShipped} for the given files (by name relative to {@link #RESOURCE_DIR}). */
    static Prepared prepare(Path root, Map<String, byte[]> files) {
        if (!files.containsKey("host.mjs") || !files.containsKey("package-lock.json")) {
            return new Prepared(
                    null,
                    "the harness on the class path lacks " + RESOURCE_DIR
                            + "host.mjs and package-lock.json; use the test-harness jar, or -Djavapdk.jsHost");
        }
        Map<String, byte[]> npmFiles = new TreeMap<>();
        Map<String, byte[]> scripts = new TreeMap<>();
        files.forEach((name, bytes) -> (name.startsWith("package") ? npmFiles : scripts).put(name, bytes));
        Path dir = root.resolve("js-host").resolve(hash(npmFiles));
        Path scriptDir = dir.resolve("scripts-" + hash(scripts));
        // One JVM at a time in this JVM (a FileLock is per process), one process at a time across them.
        synchronized (JsHostFiles.class) {
            try {
                Files.createDirectories(dir);
                try (FileChannel channel = FileChannel.open(
                                dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock lock = channel.lock()) {
                    if (!Files.isRegularFile(scriptDir.resolve("host.mjs"))) {
                        writeAll(scripts, scriptDir);
                    }
                    Path installed = dir.resolve(".installed");
                    if (!Files.isRegularFile(installed)) {
                        writeAll(npmFiles, dir);
                        String failure = npmCi(dir);
                        if (failure != null) {
                            return new Prepared(null, failure);
                        }
                        Files.writeString(installed, "npm ci succeeded\n");
                    }
                }
            } catch (IOException e) {
                return new Prepared(null, "cannot set up the Node host in " + dir + ": " + e);
            }
        }
        return new Prepared(scriptDir.resolve("host.mjs"), null);
    }

    private static void writeAll(Map<String, byte[]> files, Path dir) throws IOException {
        Path temp = Files.createTempDirectory(dir.getParent(), ".partial-");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = temp.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        if (Files.isDirectory(dir)) {
            // The npm folder itself: it may already hold a failed install's node_modules; npm ci clears it.
            for (String name : files.keySet()) {
                Files.move(temp.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.delete(temp);
        } else {
            Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Runs npm ci in {@code dir}; null on success, else what failed and what to do. */
    private static String npmCi(Path dir) {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = List.of(
                windows ? "npm.cmd" : "npm", "ci", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund");
        Path log = dir.resolve("npm-ci.log");
        String byHand = "; run `npm ci` in " + dir + " by hand (it needs the npm registry, or npm's cache), or set "
                + "-Djavapdk.jsHost to a host.mjs with node_modules installed beside it";
        try {
            Process npm = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!npm.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                return "npm ci in " + dir + " did not finish in " + NPM_TIMEOUT_MINUTES + " minutes" + byHand;
            }
            if (npm.exitValue() != 0) {
                return "npm ci in " + dir + " failed with exit code " + npm.exitValue() + ": " + tail(log) + byHand;
            }
            return null;
        } catch (IOException e) {
            return "npm is not on the PATH (" + e.getMessage() + "): " + HOW_TO_INSTALL_NODE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while running npm ci in " + dir;
        }
    }

    /** npm's first few error lines (its usage text follows them), else the log's last lines. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> errors = lines.stream()
                    .filter(line ->
                            line.matches("npm (error|ERR!) +\\S.*") && !line.matches("npm (error|ERR!) +code .*"))
                    .limit(3)
                    .toList();
            return String.join(
                    " | ", errors.isEmpty() ? lines.subList(Math.max(0, lines.size() - 5), lines.size()) : errors);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The files under {@link #RESOURCE_DIR}, by relative name, from a jar or a classes folder. */
    static Map<String, byte[]> shippedFiles() throws IOException {
        URL anchor = JsHostFiles.class.getClassLoader().getResource(RESOURCE_DIR + "package.json");
        Map<String, byte[]> files = new TreeMap<>();
        if (anchor == null) {
            return files;
        }
        if (anchor.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) anchor.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(RESOURCE_DIR)) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(entry.getName().substring(RESOURCE_DIR.length()), in.readAllBytes());
                        }
                    }
                }
            }
            return files;
        }
        Path dir;
        try {
            dir = Path.of(anchor.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("unexpected resource URL " + anchor, e);
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(paths::add);
        }
        for (Path path : paths) {
            files.put(dir.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
        }
        return files;
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
