package com.example.funcgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line, on answers that need no TeaVM build. */
class MainTest {
    record Outcome(int status, String out, String err) {}

    static Outcome run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(
                args,
                env,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWrongCommandLineShowsTheUsage() {
        Outcome missing = run(Map.of(), "only a description");
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("func-gen: expected a DESCRIPTION and an INPUT, got 1 arguments"));
        assertTrue(missing.err().contains("usage: java -jar func-gen.jar"), missing.err());

        Outcome unknown = run(Map.of(), "--colour", "d", "i");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("func-gen: unknown option --colour"), unknown.err());

        Outcome notANumber = run(Map.of(), "--timeout-ms", "soon", "d", "i");
        assertEquals(2, notANumber.status());
        assertTrue(notANumber.err().startsWith("func-gen: --timeout-ms needs a whole number, got soon"));

        Outcome badUrl = run(Map.of(), "--base-url", "ftp://x", "d", "i");
        assertEquals(2, badUrl.status());
        assertTrue(badUrl.err().startsWith("func-gen: --base-url must be an http(s) URL"), badUrl.err());

        Outcome help = run(Map.of(), "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("usage:"), help.out());
    }

    @Test
    void codeThatDoesNotCompileFailsWithItsLineAndTheKeyComesFromTheEnvironment() throws Exception {
        try (FakeLlm llm = new FakeLlm(Map.of("broken", Answers.DOES_NOT_COMPILE))) {
            Outcome outcome = run(
                    Map.of(
                            "OPENAI_API_KEY",
                            "from-env",
                            "OPENAI_BASE_URL",
                            llm.baseUrl().toString()),
                    "--model",
                    "m1",
                    "something broken",
                    "input");
            assertEquals(1, outcome.status(), outcome.err());
            assertEquals("", outcome.out());
            assertTrue(outcome.err().startsWith("func-gen: the generated code does not compile"), outcome.err());
            assertTrue(outcome.err().contains("line 3: cannot find symbol"), outcome.err());
            FakeLlm.Request request = llm.requests.get(0);
            assertEquals("Bearer from-env", request.authorization());
            assertEquals("m1", request.body().get("model"));
            assertTrue(request.message("user").endsWith("something broken"), request.message("user"));
            assertTrue(
                    request.message("system").contains("`public static String apply(String input)`"),
                    request.message("system"));
        }
    }

    @Test
    void anLlmErrorIsReportedAndTheKeyOptionWins() throws Exception {
        try (FakeLlm llm = new FakeLlm(Map.of())) {
            Outcome outcome = run(
                    Map.of("OPENAI_API_KEY", "from-env"),
                    "--base-url",
                    llm.baseUrl().toString(),
                    "--key",
                    "from-option",
                    "nothing canned",
                    "input");
            assertEquals(1, outcome.status());
            assertTrue(outcome.err().contains("answered HTTP 404"), outcome.err());
            assertEquals("Bearer from-option", llm.requests.get(0).authorization());
        }
    }
}
