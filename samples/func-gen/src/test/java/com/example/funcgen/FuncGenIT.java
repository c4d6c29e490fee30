package com.example.funcgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.funcgen.FuncGenException.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every canned answer through the whole path: fake LLM on 127.0.0.1 → javac → TeaVM → Chicory.
 * The tests share one {@link FuncGen} and run in order, so each request follows failed ones in the
 * same JVM: refused code, then code that loops, allocates without end and overflows its stack, and
 * still the next request builds and answers. Each test builds at most one plug-in (TeaVM builds are
 * the slow part of CI).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuncGenIT {
    private static final long TIMEOUT_MS = 3_000;
    private static FakeLlm llm;
    private static FuncGen funcGen;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("count the vowels", Answers.COUNT_VOWELS);
        answers.put("reverse", Answers.REVERSE_FENCED);
        answers.put("count the words", Answers.ENDLESS_LOOP);
        answers.put("table", Answers.HUGE_ALLOCATION);
        answers.put("factorial", Answers.ENDLESS_RECURSION);
        answers.put("read the file", Answers.READS_A_FILE);
        answers.put("connect", Answers.OPENS_A_SOCKET);
        answers.put("broken", Answers.DOES_NOT_COMPILE);
        llm = new FakeLlm(answers);
        funcGen = new FuncGen(llm.client(), FuncGen.Options.defaults().withTimeoutMillis(TIMEOUT_MS));
    }

    @AfterAll
    static void stop() {
        llm.close();
    }

    @Test
    @Order(1)
    void filesAndSocketsAreRefusedNamingTheLineThatReachesForThem() {
        FuncGenException file =
                assertThrows(FuncGenException.class, () -> funcGen.generate("read the file named by the input"));
        assertEquals(Kind.UNSUPPORTED, file.kind());
        assertTrue(
                file.getMessage().startsWith("the generated code uses what a plug-in cannot have"), file.getMessage());
        assertTrue(file.getMessage().contains("at java.nio.file.Files.readString"), file.getMessage());
        assertTrue(
                file.getMessage().contains("at funcgen.generated.Generated.apply(line 6 of the generated code)"),
                file.getMessage());

        FuncGenException socket =
                assertThrows(FuncGenException.class, () -> funcGen.generate("connect to the host in the input"));
        assertEquals(Kind.UNSUPPORTED, socket.kind());
        assertTrue(socket.getMessage().contains("Class java.net.Socket was not found"), socket.getMessage());
        assertTrue(
                socket.getMessage().contains("at funcgen.generated.Generated.apply(line 2 of the generated code)"),
                socket.getMessage());
    }

    @Test
    @Order(2)
    void codeThatDoesNotCompileNamesItsLine() {
        FuncGenException e = assertThrows(FuncGenException.class, () -> funcGen.generate("something broken"));
        assertEquals(Kind.COMPILE, e.kind());
        assertTrue(e.getMessage().contains("line 3: cannot find symbol"), e.getMessage());
    }

    @Test
    @Order(3)
    void anEndlessLoopIsStoppedAndTheInstanceAnswersAgain() throws Exception {
        try (GeneratedFunction countWords = funcGen.generate("count the words in the input")) {
            FuncGenException e = assertThrows(FuncGenException.class, () -> countWords.run("two words"));
            assertEquals(Kind.TIMEOUT, e.kind());
            assertEquals(
                    "the generated function ran longer than 3000 ms and was stopped (an endless loop, or too slow"
                            + " for this input)",
                    e.getMessage());
            assertEquals("0", countWords.run(""));
        }
    }

    @Test
    @Order(4)
    void aHugeAllocationIsAnOutOfMemoryErrorAndTheInstanceAnswersAgain() throws Exception {
        try (GeneratedFunction table = funcGen.generate("make a table as long as the input")) {
            FuncGenException e = assertThrows(FuncGenException.class, () -> table.run("ten chars!"));
            assertEquals(Kind.FAILED, e.kind());
            assertTrue(
                    e.getMessage().startsWith("the generated function failed: java.lang.OutOfMemoryError"),
                    e.getMessage());
            assertEquals("0", table.run(""));
            assertEquals("2000000", table.run("ab"), "16 MB fit in the 32 MiB heap");

            // With the host's memory cap below the heap the plug-in was built with, growing the heap
            // fails in the host: TeaVM does not check memory.grow's result, so the plug-in traps out of
            // bounds (func-gen sets the cap above the heap, so the heap limit comes first). The
            // trapped call leaves the plug-in's heap unsound; the sandbox loads a fresh instance.
            try (Sandbox capped = new Sandbox(table.wasm(), 4 << 20, TIMEOUT_MS, true)) {
                FuncGenException trap = assertThrows(FuncGenException.class, () -> capped.call("run", "ab"));
                assertEquals(Kind.TRAP, trap.kind(), trap.getMessage());
                assertTrue(trap.getMessage().contains("out of bounds memory access"), trap.getMessage());
                assertEquals("0", capped.call("run", ""));
                assertEquals(1, capped.reloads(), "instances loaded again");
            }
        }
    }

    @Test
    @Order(5)
    void endlessRecursionIsAStackOverflowErrorAndTheFunctionAnswersAgain() throws Exception {
        try (GeneratedFunction factorial = funcGen.generate("the factorial of the input's length")) {
            FuncGenException e = assertThrows(FuncGenException.class, () -> factorial.run("abc"));
            assertEquals(Kind.FAILED, e.kind(), e.getMessage());
            assertTrue(
                    e.getMessage().startsWith("the generated function failed: java.lang.StackOverflowError: "),
                    e.getMessage());
            assertEquals("1", factorial.run(""));
        }
    }

    @Test
    @Order(6)
    void codeInAFenceAmongProseBuildsAndKeepsAnsweringAfterItThrows() throws Exception {
        try (GeneratedFunction reverse = funcGen.generate("reverse the input and shout it")) {
            assertTrue(reverse.code().startsWith("import java.util.Locale;"), reverse.code());
            assertEquals("DLROW OLLEH", reverse.run("  hello world\n"));
            FuncGenException e = assertThrows(FuncGenException.class, () -> reverse.run(" \t"));
            assertEquals(Kind.FAILED, e.kind());
            assertEquals(
                    "the generated function failed: java.lang.IllegalArgumentException: nothing to reverse",
                    e.getMessage());
            assertEquals("ÉTÉ", reverse.run("été"));
        }
    }

    @Test
    @Order(7)
    void theCommandLinePrintsTheResult(@TempDir Path dir) throws Exception {
        Path wasm = dir.resolve("count-vowels.wasm");
        MainTest.Outcome outcome = MainTest.run(
                Map.of(),
                "--base-url",
                llm.baseUrl().toString(),
                "--key",
                "k",
                "--show-code",
                "--save-wasm",
                wasm.toString(),
                "count the vowels in the input",
                "Hello World");
        assertEquals(0, outcome.status(), outcome.err());
        assertEquals("3", outcome.out().strip());
        assertEquals(Answers.COUNT_VOWELS.strip(), outcome.err().strip());
        byte[] magic = Arrays.copyOf(Files.readAllBytes(wasm), 4);
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, magic);
    }
}
