package com.example.funcgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar runs with {@code java -jar} and finds its dependencies in lib/. */
class CliJarIT {
    private static final Path JAR = Path.of("target/func-gen.jar");

    private record Outcome(int status, String out, String err) {}

    private static Outcome java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("OPENAI_API_KEY");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "java -jar did not finish");
        return new Outcome(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndAnErrorThroughTheJar() throws Exception {
        Outcome help = java(Map.of(), "--help");
        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().startsWith("usage: java -jar func-gen.jar"), help.out());

        try (FakeLlm llm = new FakeLlm(Map.of("broken", Answers.DOES_NOT_COMPILE))) {
            Outcome broken = java(
                    Map.of("OPENAI_API_KEY", "env-key"),
                    "--base-url",
                    llm.baseUrl().toString(),
                    "something broken",
                    "x");
            assertEquals(1, broken.status(), broken.err());
            assertTrue(broken.err().contains("line 3: cannot find symbol"), broken.err());
            assertEquals("Bearer env-key", llm.requests.get(0).authorization());
        }
    }
}
