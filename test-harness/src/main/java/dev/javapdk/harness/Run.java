package dev.javapdk.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: load a plug-in on the Chicory host, call one function once, print the result.
 *
 * <pre>
 * java -cp ... dev.javapdk.harness.Run &lt;plugin.wasm&gt; &lt;function&gt; [input] [--config key=value]... [--interpreter] [--newline]
 *
 * mvn -q exec:java -Dexec.mainClass=dev.javapdk.harness.Run \
 *     -Dexec.args="target/count-vowels.wasm count_vowels 'Hello World'"
 * </pre>
 *
 * The output goes to stdout as raw bytes (no newline added); the plug-in's log lines go to stderr
 * as {@code [LEVEL] message}. Without an input argument the input is read from stdin. Exit codes:
 * 0 success; 1 the plug-in failed ({@code error: <message>} on stderr), trapped, or could not be
 * loaded; 2 usage error. {@code --} ends the options, e.g. for an input starting with "--".
 */
public final class Run {

    static final String USAGE =
            "usage: Run <plugin.wasm> <function> [input] [--config key=value]... [--interpreter] [--newline]";

    private Run() {}

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        System.out.flush();
        // Only exit explicitly on failure: under exec:java, System.exit would end Maven itself.
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Does everything {@link #main} does but returns the exit code instead of exiting, so tests
     * (and other tools) can call it in-process.
     */
    public static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        List<String> positional = new ArrayList<>();
        List<String> config = new ArrayList<>();
        boolean compiler = true;
        boolean newline = false;
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("--")) {
                positional.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.equals("--config")) {
                if (i + 1 >= args.length) {
                    return usage(stderr, "--config needs key=value");
                }
                config.add(args[++i]);
            } else if (arg.startsWith("--config=")) {
                config.add(arg.substring("--config=".length()));
            } else if (arg.equals("--interpreter")) {
                compiler = false;
            } else if (arg.equals("--newline")) {
                // For terminals and scripts that print several outputs one after another.
                newline = true;
            } else if (arg.equals("--help")) {
                stderr.println(USAGE);
                return 0;
            } else {
                return usage(stderr, "unknown option " + arg);
            }
        }
        if (positional.size() < 2 || positional.size() > 3) {
            return usage(stderr, null);
        }

        Plugins.Builder builder = Plugins.builder(Path.of(positional.get(0))).compiler(compiler);
        for (String entry : config) {
            if (entry.indexOf('=') <= 0) {
                return usage(stderr, "config entry must be key=value, got: '" + entry + "'");
            }
            builder.configEntry(entry);
        }
        String function = positional.get(1);

        byte[] input;
        try {
            input = positional.size() == 3 ? positional.get(2).getBytes(StandardCharsets.UTF_8) : stdin.readAllBytes();
        } catch (IOException e) {
            stderr.println("error: cannot read stdin: " + e.getMessage());
            return 1;
        }

        LoadedPlugin plugin;
        try {
            plugin = builder.build();
        } catch (PluginLoadException e) {
            stderr.println("error: " + e.getMessage());
            return 1;
        }
        try (plugin) {
            byte[] output;
            try {
                output = plugin.call(function, input);
            } catch (PluginCallException e) {
                printLogs(plugin, stderr);
                // The plug-in's own words; the generic text only if it gave none.
                stderr.println("error: " + (e.pluginMessage().isEmpty() ? e.getMessage() : e.pluginMessage()));
                return 1;
            } catch (PluginTrapException | IllegalArgumentException e) {
                printLogs(plugin, stderr);
                stderr.println("error: " + e.getMessage());
                return 1;
            }
            printLogs(plugin, stderr);
            stdout.write(output);
            if (newline) {
                stdout.write('\n');
            }
            stdout.flush();
            return 0;
        } catch (IOException e) {
            stderr.println("error: cannot write output: " + e.getMessage());
            return 1;
        }
    }

    private static void printLogs(LoadedPlugin plugin, PrintStream stderr) {
        for (LogEntry entry : plugin.logs()) {
            stderr.println(entry);
        }
        stderr.flush();
    }

    private static int usage(PrintStream stderr, String problem) {
        if (problem != null) {
            stderr.println("error: " + problem);
        }
        stderr.println(USAGE);
        return 2;
    }
}
