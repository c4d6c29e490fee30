package com.example.funcgen;

import com.example.funcgen.FuncGenException.Kind;
import dev.javapdk.pdk.Export;
import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.BuildOptions;
import dev.javapdk.pipeline.ClassPaths;
import dev.javapdk.pipeline.PluginBuilder;
import dev.javapdk.pipeline.teavm.TeaVMCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The utility maker: asks an LLM for a Java method that does what a description says, builds it
 * into an Extism plug-in at run time (javac, then the PDK's build library), and loads it in a
 * sandbox (see {@link GeneratedFunction}).
 *
 * <pre>{@code
 * ChatClient chat = new ChatClient(URI.create("https://api.openai.com/v1"), key, "gpt-4o-mini", Duration.ofSeconds(60));
 * FuncGen funcGen = new FuncGen(chat, FuncGen.Options.defaults());
 * try (GeneratedFunction countVowels = funcGen.generate("count the vowels in the input")) {
 *     System.out.println(countVowels.run("Hello World"));   // 3
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link FuncGenException} that says which step failed and why; the same
 * {@code FuncGen} serves the next request.
 */
public final class FuncGen {
    private static final Pattern GENERATED_FRAME = Pattern.compile("\\(" + GeneratedCode.CLASS + "\\.java:(\\d+)\\)");

    /**
     * Limits and names.
     *
     * @param maxHeapMb     the plug-in's Java heap maximum, MiB; its linear memory is capped just above it
     * @param timeoutMillis how long one call of the generated function may run
     * @param compiled      run on Chicory's runtime compiler (faster calls, about a second more to load)
     *                      rather than its interpreter
     * @param methodName    the name the LLM is asked to give the method
     */
    public record Options(int maxHeapMb, long timeoutMillis, boolean compiled, String methodName) {
        public Options {
            if (maxHeapMb < 2 || maxHeapMb > 2047) {
                throw new IllegalArgumentException("maxHeapMb must be between 2 and 2047, got " + maxHeapMb);
            }
            if (timeoutMillis <= 0) {
                throw new IllegalArgumentException("timeoutMillis must be positive, got " + timeoutMillis);
            }
            if (!methodName.matches("[a-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException(
                        "methodName must be a lower-camel-case Java name, got " + methodName);
            }
        }

        /** 32 MiB heap, 5 s per call, compiled, method {@code apply}. */
        public static Options defaults() {
            return new Options(32, 5_000, true, "apply");
        }

        public Options withMaxHeapMb(int value) {
            return new Options(value, timeoutMillis, compiled, methodName);
        }

        public Options withTimeoutMillis(long value) {
            return new Options(maxHeapMb, value, compiled, methodName);
        }

        public Options withCompiled(boolean value) {
            return new Options(maxHeapMb, timeoutMillis, value, methodName);
        }
    }

    private final ChatClient chat;
    private final Options options;

    public FuncGen(ChatClient chat, Options options) {
        this.chat = chat;
        this.options = options;
    }

    /** Asks the LLM for the function {@code description} describes, and builds it. */
    public GeneratedFunction generate(String description) throws FuncGenException {
        if (description == null || description.isBlank()) {
            throw new FuncGenException(Kind.NO_METHOD, "the description is empty: say what the function should do");
        }
        return build(chat.complete(systemPrompt(options.methodName()), userPrompt(description)));
    }

    /** Builds the function from an LLM's answer (code, possibly in a markdown fence, among prose). */
    public GeneratedFunction build(String answer) throws FuncGenException {
        GeneratedCode code = GeneratedCode.from(answer, options.methodName());
        byte[] wasm = buildPlugin(code);
        return new GeneratedFunction(
                code.code(),
                wasm,
                new Sandbox(wasm, options.maxHeapMb() << 20, options.timeoutMillis(), options.compiled()));
    }

    private byte[] buildPlugin(GeneratedCode code) throws FuncGenException {
        Path work = null;
        try {
            work = Files.createTempDirectory("func-gen");
            Path classes = Files.createDirectories(work.resolve("classes"));
            Path api = ClassPaths.entryOf(Export.class);
            SourceCompiler.compile(code, classes, api);
            Path wasm = work.resolve("plugin.wasm");
            BuildOptions build = BuildOptions.defaults().withHeap(2 << 20, options.maxHeapMb() << 20);
            new PluginBuilder(new TeaVMCompiler(), line -> {})
                    .build(classes, List.of(api), work.resolve("javapdk"), wasm, build);
            return Files.readAllBytes(wasm);
        } catch (BuildException e) {
            throw buildFailure(e);
        } catch (IOException | UncheckedIOException e) {
            throw new FuncGenException(Kind.BUILD, "I/O error while building the plug-in: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new FuncGenException(Kind.BUILD, "the plug-in build failed: " + e, e);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * The pipeline's problems, each once (TeaVM reports a missing class at every use), with
     * {@code (Generated.java:N)} in call stacks turned into lines of the generated code; problems
     * about what the wasm target lacks are {@link Kind#UNSUPPORTED}.
     */
    static FuncGenException buildFailure(BuildException e) {
        List<String> problems = e.problems().stream().distinct().toList();
        boolean unsupported =
                problems.stream().anyMatch(p -> p.startsWith("a call to something the wasm target can't provide"));
        StringBuilder text = new StringBuilder(
                unsupported
                        ? "the generated code uses what a plug-in cannot have (files, sockets, threads, reflection,"
                                + " clocks...):"
                        : "the plug-in build failed:");
        for (int i = 0; i < problems.size(); i++) {
            text.append('\n');
            if (problems.size() > 1) {
                text.append(i + 1).append(") ");
            }
            Matcher frame = GENERATED_FRAME.matcher(problems.get(i));
            while (frame.find()) {
                int line = Integer.parseInt(frame.group(1)) - GeneratedCode.HEADER_LINES;
                frame.appendReplacement(text, Matcher.quoteReplacement("(line " + line + " of the generated code)"));
            }
            frame.appendTail(text);
        }
        return new FuncGenException(unsupported ? Kind.UNSUPPORTED : Kind.BUILD, text.toString(), e);
    }

    /** What the LLM is told: the method's shape and what the sandbox lacks. */
    static String systemPrompt(String methodName) {
        return String.join(
                "\n",
                "You write one Java 17 method that runs inside a WebAssembly sandbox.",
                "Answer with the code only, in a single ```java fenced block, and nothing else.",
                "Rules:",
                "- Declare exactly `public static String " + methodName + "(String input)`: it receives the whole"
                        + " input as text and returns the whole result as text.",
                "- You may add private static helper methods and nested static classes or records next to it.",
                "- Use only java.lang and java.util (java.util.* is imported for you; java.util.function,"
                        + " java.util.stream and java.util.regex may be imported). No other library.",
                "- No files, network, threads, reflection, clocks, randomness, System.exit or System.in:"
                        + " the sandbox has none of them.",
                "- Do not print; return the result. For a number, return its decimal digits; for structured"
                        + " results, compact JSON you build yourself.",
                "- Throw IllegalArgumentException with a short message for input you cannot handle.");
    }

    static String userPrompt(String description) {
        return "Write the method. What it must do: " + description.strip();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temp directory left behind is not worth failing the request for.
        }
    }
}
