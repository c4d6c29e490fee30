package com.example.funcgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line:
 *
 * <pre>
 * java -jar func-gen.jar --base-url https://api.openai.com/v1 --model gpt-4o-mini \
 *     "count the vowels in the input" "Hello World"
 * </pre>
 *
 * Prints the function's result on standard output; errors go to standard error with exit status 1
 * (2 for a wrong command line).
 */
public final class Main {
    static final String USAGE = String.join(
            "\n",
            "usage: java -jar func-gen.jar [options] DESCRIPTION INPUT",
            "  Asks an LLM for a Java method that does DESCRIPTION, builds it into a sandboxed Extism",
            "  plug-in and prints its result for INPUT (- reads INPUT from standard input).",
            "options:",
            "  --base-url URL     OpenAI-compatible API base (default $OPENAI_BASE_URL or https://api.openai.com/v1)",
            "  --key KEY          API key (default $OPENAI_API_KEY)",
            "  --model NAME       model (default gpt-4o-mini)",
            "  --timeout-ms N     time limit of the call in the sandbox (default 5000)",
            "  --max-heap-mb N    the plug-in's Java heap maximum (default 32)",
            "  --llm-timeout-s N  how long to wait for the LLM (default 120)",
            "  --interpreter      run on Chicory's interpreter instead of its compiler",
            "  --show-code        print the generated code on standard error",
            "  --save-wasm FILE   keep the built plug-in");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.in, System.out, System.err));
    }

    /** The CLI with its environment passed in; returns the exit status. */
    static int run(String[] args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err) {
        String baseUrl = env.getOrDefault("OPENAI_BASE_URL", "https://api.openai.com/v1");
        String key = env.get("OPENAI_API_KEY");
        String model = "gpt-4o-mini";
        long llmTimeout = 120;
        FuncGen.Options options = FuncGen.Options.defaults();
        boolean showCode = false;
        Path saveWasm = null;
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--base-url" -> baseUrl = value(args, ++i, arg);
                    case "--key" -> key = value(args, ++i, arg);
                    case "--model" -> model = value(args, ++i, arg);
                    case "--timeout-ms" -> options = options.withTimeoutMillis(number(args, ++i, arg));
                    case "--max-heap-mb" -> options = options.withMaxHeapMb((int) number(args, ++i, arg));
                    case "--llm-timeout-s" -> llmTimeout = number(args, ++i, arg);
                    case "--interpreter" -> options = options.withCompiled(false);
                    case "--show-code" -> showCode = true;
                    case "--save-wasm" -> saveWasm = Path.of(value(args, ++i, arg));
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        positional.add(arg);
                    }
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException(
                        "expected a DESCRIPTION and an INPUT, got " + positional.size() + " arguments");
            }
            URI base = URI.create(baseUrl);
            if (base.getScheme() == null || !base.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("--base-url must be an http(s) URL, got " + baseUrl);
            }
            ChatClient chat = new ChatClient(base, key, model, Duration.ofSeconds(llmTimeout));
            String input = positional.get(1).equals("-")
                    ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : positional.get(1);
            try (GeneratedFunction function = new FuncGen(chat, options).generate(positional.get(0))) {
                if (showCode) {
                    err.println(function.code());
                }
                if (saveWasm != null) {
                    Files.write(saveWasm, function.wasm());
                }
                out.println(function.run(input));
                return 0;
            }
        } catch (IllegalArgumentException e) {
            err.println("func-gen: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (FuncGenException e) {
            err.println("func-gen: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("func-gen: " + e);
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String[] args, int i, String option) {
        String text = value(args, i, option);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got " + text);
        }
    }
}
