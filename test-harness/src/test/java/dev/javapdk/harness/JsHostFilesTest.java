package dev.javapdk.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Node host that the harness jar ships, set up in a cache folder as in a user's project. */
class JsHostFilesTest {
    @Test
    void theHarnessShipsTheHostScriptAndTheNpmLockButNoNodeModules() throws Exception {
        Map<String, byte[]> files = JsHostFiles.shippedFiles();
        assertTrue(
                files.keySet().containsAll(java.util.List.of("host.mjs", "package.json", "package-lock.json")),
                files.keySet().toString());
        assertTrue(
                files.keySet().stream().noneMatch(name -> name.startsWith("node_modules")),
                files.keySet().toString());
        String lock = new String(files.get("package-lock.json"), StandardCharsets.UTF_8);
        for (NodeHost.Sdk sdk : NodeHost.Sdk.values()) {
            assertTrue(lock.contains("\"node_modules/" + sdk.npmPackage() + "\""), sdk + " is locked");
            assertTrue(lock.contains("\"version\": \"" + sdk.version() + "\""), sdk + " at " + sdk.version());
        }
    }

    @Test
    void aFreshCacheGetsNpmCiOnceAndThenRunsPlugins(@TempDir Path cache) throws Exception {
        requireNode();
        JsHostFiles.Prepared first = JsHostFiles.prepare(cache, JsHostFiles.shippedFiles());
        assertNull(first.reason());
        Path npmDir = first.script().getParent().getParent();
        assertEquals(cache.resolve("js-host"), npmDir.getParent());
        for (NodeHost.Sdk sdk : NodeHost.Sdk.values()) {
            assertTrue(
                    Files.isRegularFile(npmDir.resolve("node_modules")
                            .resolve(sdk.npmPackage())
                            .resolve("package.json")),
                    sdk + " installed");
        }
        Path log = npmDir.resolve("npm-ci.log");
        FileTime installedAt = Files.getLastModifiedTime(log);
        Files.delete(first.script());

        // A second JVM (or a harness whose host.mjs changed) finds node_modules and does not run npm again.
        JsHostFiles.Prepared second = JsHostFiles.prepare(cache, JsHostFiles.shippedFiles());
        assertNull(second.reason());
        assertEquals(installedAt, Files.getLastModifiedTime(log));
        assertTrue(Files.isRegularFile(second.script()), "the script is written again when missing");

        try (LoadedPlugin plugin = new NodeHost(second.script(), NodeHost.Sdk.V2_0)
                .load(PluginSpec.builder(TestPlugins.writeMain()).build())) {
            assertEquals("héllo ✓", plugin.call("echo", "héllo ✓"));
        }
    }

    @Test
    void aFailedNpmCiIsAReasonThatSaysWhatToDo(@TempDir Path cache) throws Exception {
        requireNode();
        Map<String, byte[]> files = new TreeMap<>();
        files.put("host.mjs", new byte[0]);
        // Out of sync with the lock: npm ci refuses it without asking any registry.
        files.put("package.json", "{\"name\":\"x\",\"dependencies\":{\"nothere\":\"file:./missing\"}}".getBytes());
        files.put(
                "package-lock.json",
                "{\"name\":\"x\",\"lockfileVersion\":3,\"packages\":{\"\":{\"name\":\"x\"}}}".getBytes());
        JsHostFiles.Prepared prepared = JsHostFiles.prepare(cache, files);
        assertNull(prepared.script());
        String reason = prepared.reason();
        assertTrue(reason.startsWith("npm ci in " + cache.resolve("js-host")), reason);
        assertTrue(reason.contains("failed with exit code"), reason);
        assertTrue(reason.contains("in sync"), "npm's own error is quoted: " + reason);
        assertTrue(
                reason.endsWith("or set -Djavapdk.jsHost to a host.mjs with node_modules installed beside it"), reason);
        try (var walk = Files.walk(cache)) {
            assertFalse(walk.anyMatch(path -> path.endsWith(".installed")), "a failed install is not marked done");
        }
    }

    @Test
    void aMissingNodeSaysHowToInstallIt() {
        String reason = JsHostFiles.checkNode("/nonexistent/javapdk-test/node");
        assertEquals(
                "/nonexistent/javapdk-test/node is not on the PATH: install Node.js 20 or newer with npm "
                        + "(https://nodejs.org, or e.g. apt-get install nodejs npm) so that node and npm are on the PATH",
                reason);
    }

    @Test
    void aJsHostWithoutNodeModulesSaysWhereToRunNpmCi(@TempDir Path dir) throws Exception {
        requireNode();
        Files.writeString(dir.resolve("host.mjs"), "");
        String before = System.getProperty("javapdk.jsHost");
        System.setProperty("javapdk.jsHost", dir.toString());
        try {
            assertEquals(
                    "the JS SDK 2.0.0-rc13 (@extism/extism-2) is not installed in " + dir
                            + "/node_modules: run npm ci in " + dir,
                    NodeHost.unavailableReason(NodeHost.Sdk.V2_0));
        } finally {
            if (before == null) {
                System.clearProperty("javapdk.jsHost");
            } else {
                System.setProperty("javapdk.jsHost", before);
            }
        }
    }

    private static void requireNode() {
        String missing = JsHostFiles.checkNode("node");
        Assumptions.assumeTrue(
                missing == null || Boolean.getBoolean("javapdk.requireNode"), () -> "Node host: " + missing);
    }
}
