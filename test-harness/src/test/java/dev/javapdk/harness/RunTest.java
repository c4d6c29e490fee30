package dev.javapdk.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTest {

    @TempDir
    static Path dir;

    static String wasm;

    @BeforeAll
    static void writePlugin() {
        wasm = TestPlugins.write(dir.resolve("harness-test.wasm"), TestPlugins.main())
                .toString();
    }

    /** The result of one in-process run. */
    record Result(int code, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private static Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code =
                Run.run(args, new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private static Result run(String... args) {
        return run(new byte[0], args);
    }

    private static String nl(String... lines) {
        List<String> l = new ArrayList<>(List.of(lines));
        return String.join(System.lineSeparator(), l) + System.lineSeparator();
    }

    @Test
    void printsTheOutputAsIs() {
        Result r = run(wasm, "echo", "Hello, wörld");
        assertEquals(0, r.code());
        assertEquals("Hello, wörld", r.out(), "no newline added");
        assertEquals("", r.stderr());
    }

    @Test
    void newlineOptionEndsTheOutputWithALineBreak() {
        Result r = run(wasm, "echo", "Hi", "--newline");
        assertEquals(0, r.code());
        assertEquals("Hi\n", r.out());
    }

    @Test
    void readsStdinWhenThereIsNoInputArgument() {
        byte[] binary = {0, 1, 2, (byte) 0xFF, '\n'};
        Result r = run(binary, wasm, "echo");
        assertEquals(0, r.code());
        assertArrayEquals(binary, r.stdout());
    }

    @Test
    void passesConfigInBothSpellings() {
        assertEquals(
                "aeiouy",
                run(wasm, "config", "vowels", "--config", "vowels=aeiouy").out());
        assertEquals("a=b", run("--config=expr=a=b", wasm, "config", "expr").out());
    }

    @Test
    void printsLogsToStderrWithTheirLevel() {
        Result r = run(wasm, "log", "");
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals(
                nl(
                        "[TRACE] trace line",
                        "[DEBUG] debug line",
                        "[INFO] info line",
                        "[WARN] warn line",
                        "[ERROR] error line"),
                r.stderr());
    }

    @Test
    void pluginErrorIsExitOneWithTheMessage() {
        Result r = run(wasm, "fail", "x");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals(nl("error: " + TestPlugins.FAIL_MESSAGE), r.stderr());
    }

    @Test
    void pluginErrorWithoutMessageStillSaysWhat() {
        Result r = run(wasm, "fail_silent", "");
        assertEquals(1, r.code());
        assertTrue(r.stderr().startsWith("error: plug-in function 'fail_silent' failed"), r.stderr());
    }

    @Test
    void missingConfigIsAPluginErrorToo() {
        Result r = run(wasm, "config", "missing");
        assertEquals(1, r.code());
        assertEquals(nl("error: " + TestPlugins.NO_CONFIG_MESSAGE), r.stderr());
    }

    @Test
    void trapIsExitOne() {
        Result r = run(wasm, "trap", "");
        assertEquals(1, r.code());
        assertTrue(r.stderr().startsWith("error: plug-in function 'trap' trapped"), r.stderr());
    }

    @Test
    void unknownFunctionIsExitOneListingTheExports() {
        Result r = run(wasm, "nope", "");
        assertEquals(1, r.code());
        assertTrue(r.stderr().contains("has no function 'nope'") && r.stderr().contains("echo"), r.stderr());
    }

    @Test
    void missingPluginIsExitOneWithTheNotFoundMessage() {
        Path missing = dir.resolve("missing.wasm");
        Result r = run(missing.toString(), "echo", "x");
        assertEquals(1, r.code());
        assertEquals(
                nl("error: plug-in not found: " + missing.toAbsolutePath() + "; run mvn package first"), r.stderr());
    }

    @Test
    void usageErrorsAreExitTwo() {
        for (String[] args : List.of(
                new String[0],
                new String[] {wasm},
                new String[] {wasm, "echo", "a", "b"},
                new String[] {wasm, "echo", "--bogus"},
                new String[] {wasm, "echo", "x", "--config"},
                new String[] {wasm, "echo", "x", "--config", "novalue"})) {
            Result r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.stderr().contains(Run.USAGE), r.stderr());
            assertEquals(0, r.stdout().length);
        }
    }

    @Test
    void doubleDashEndsOptionsAndInterpreterWorks() {
        Result r = run(wasm, "--interpreter", "echo", "--", "--not-an-option");
        assertEquals(0, r.code(), r.stderr());
        assertEquals("--not-an-option", r.out());
    }
}
