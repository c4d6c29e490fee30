package dev.javapdk.maven;

import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.LogEntry;
import dev.javapdk.harness.LogLevel;
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.PluginCallException;
import dev.javapdk.harness.PluginHost;
import dev.javapdk.harness.PluginLoadException;
import dev.javapdk.harness.PluginTrapException;
import dev.javapdk.harness.Plugins;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Calls a function of the project's built plug-in on a reference host and prints its output, like
 * {@code extism call}:
 *
 * <pre>
 * mvn package javapdk:call -Dfunction=count_vowels -Dinput="Hello World"
 * mvn javapdk:call -Dfunction=greet -DinputFile=name.txt -Dhost=node -DlogLevel=debug -Dcount=3
 * echo -n Benjamin | mvn -q javapdk:call -Dfunction=greet -DinputFile=-
 * </pre>
 *
 * <p>The output goes to standard output as it is, followed by a newline; the plug-in's log lines
 * go to Maven's log. A plug-in error or trap fails the build with the plug-in's message.
 */
@Mojo(name = "call", threadSafe = true, requiresProject = false)
public class CallMojo extends AbstractMojo {
    /** The exported function to call. */
    @Parameter(property = "function", required = true)
    private String function;

    /** The input, as UTF-8 text; empty by default. */
    @Parameter(property = "input")
    private String input;

    /** Read the input from this file instead ({@code -} for standard input). */
    @Parameter(property = "inputFile")
    private String inputFile;

    /** The plug-in to call; by default the module the {@code wasm} goal built: {@code <outputDirectory>/<finalName>.wasm}. */
    @Parameter(property = "wasm")
    private File wasm;

    /** Where the {@code wasm} goal wrote the module (as in that goal). */
    @Parameter(defaultValue = "${project.build.directory}", required = true)
    private File outputDirectory;

    /** The module's file name without {@code .wasm} (as in the {@code wasm} goal, whose configuration it shares). */
    @Parameter(property = "javapdk.finalName", defaultValue = "${project.build.finalName}", required = true)
    private String finalName;

    /** Config entries as {@code key=value}, comma separated on the command line: {@code -Dconfig=a=1,b=2}. */
    @Parameter(property = "config")
    private List<String> config = new ArrayList<>();

    /** Hosts the plug-in may reach over HTTP, e.g. {@code -DallowedHosts=api.example.com,*.example.org}. */
    @Parameter(property = "allowedHosts")
    private List<String> allowedHosts = new ArrayList<>();

    /** The lowest level of the plug-in's log lines to show: trace, debug, info, warn or error. */
    @Parameter(property = "logLevel", defaultValue = "info")
    private String logLevel;

    /**
     * The host: {@code chicory} (the Extism Chicory SDK, in this JVM), {@code node} (JS SDK 1.0.3),
     * {@code node2} (JS SDK 2.0) or {@code chromium} (JS SDK 2.0's browser build in headless Chromium).
     */
    @Parameter(property = "host", defaultValue = "chicory")
    private String host;

    /** A time limit for each call, in milliseconds; 0 for none. */
    @Parameter(property = "timeout", defaultValue = "0")
    private long timeout;

    /**
     * Link WASI ({@code wasi_snapshot_preview1}) for the plug-in, for modules from other toolchains
     * that import it; with no files, network or environment, and its stdout/stderr discarded.
     */
    @Parameter(property = "wasi", defaultValue = "false")
    private boolean wasi;

    /** How many times to call the function on the same instance (vars persist between calls). */
    @Parameter(property = "count", defaultValue = "1")
    private int count;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (count < 1) {
            throw new MojoFailureException("count must be at least 1, got " + count);
        }
        if (wasm == null) {
            wasm = new File(outputDirectory, finalName + ".wasm");
        }
        if (!wasm.isFile()) {
            throw new MojoFailureException(
                    "no plug-in at " + wasm + ": build it first (mvn package), or name one with -Dwasm=");
        }
        LogLevel level = level();
        Plugins.Builder builder = Plugins.builder(wasm.toPath())
                .logLevel(level)
                .host(host())
                .timeoutMillis(timeout)
                .wasi(wasi);
        for (String entry : config) {
            builder.configEntry(entry);
        }
        if (!allowedHosts.isEmpty()) {
            builder.allowedHosts(allowedHosts.toArray(String[]::new));
        }
        byte[] bytes = input();
        PrintStream out = System.out;
        try (LoadedPlugin plugin = builder.build()) {
            for (int i = 1; i <= count; i++) {
                byte[] output;
                try {
                    output = plugin.call(function, bytes);
                } catch (PluginCallException e) {
                    showLogs(plugin);
                    throw new MojoFailureException(
                            function + " failed" + (count > 1 ? " on call " + i : "") + ": " + e.pluginMessage());
                } catch (PluginTrapException e) {
                    showLogs(plugin);
                    throw new MojoFailureException(
                            function + " trapped" + (count > 1 ? " on call " + i : "") + ": " + e.getMessage());
                } catch (IllegalArgumentException e) {
                    throw new MojoFailureException(e.getMessage() + "; the plug-in exports " + plugin.functions());
                }
                showLogs(plugin);
                out.write(output, 0, output.length);
                out.println();
            }
            out.flush();
        } catch (PluginLoadException e) {
            String hint = !wasi && importsWasi() ? " (the module imports WASI: add -Dwasi=true)" : "";
            throw new MojoFailureException("cannot load " + wasm + " on " + host + ": " + e.getMessage() + hint);
        }
    }

    private boolean importsWasi() {
        try {
            return ModuleInfo.read(wasm.toPath()).importModules().contains("wasi_snapshot_preview1");
        } catch (RuntimeException e) {
            return false; // not a module we can read: the load error says so already
        }
    }

    private void showLogs(LoadedPlugin plugin) {
        for (LogEntry entry : plugin.logs()) {
            String line = "[plug-in] " + entry.message();
            switch (entry.level()) {
                case ERROR -> getLog().error(line);
                case WARN -> getLog().warn(line);
                case INFO -> getLog().info(line);
                default -> getLog().debug(line);
            }
        }
        plugin.clearLogs();
    }

    private LogLevel level() throws MojoFailureException {
        try {
            return LogLevel.valueOf(logLevel.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(
                    "unknown logLevel '" + logLevel + "': use trace, debug, info, warn or error");
        }
    }

    private PluginHost host() throws MojoFailureException {
        try {
            return Plugins.host(host);
        } catch (IllegalArgumentException | PluginLoadException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    private byte[] input() throws MojoExecutionException {
        if (inputFile == null || inputFile.isEmpty()) {
            // Maven leaves a parameter whose default is "" null when it is not given.
            return input == null ? new byte[0] : input.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return inputFile.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(new File(inputFile).toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the input from " + inputFile + ": " + e.getMessage(), e);
        }
    }
}
