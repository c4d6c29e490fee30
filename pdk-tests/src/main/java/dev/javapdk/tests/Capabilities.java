package dev.javapdk.tests;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Errors;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.Input;
import dev.javapdk.pdk.Log;
import dev.javapdk.pdk.LogLevel;
import dev.javapdk.pdk.Memory;
import dev.javapdk.pdk.MemoryBlock;
import dev.javapdk.pdk.Output;
import dev.javapdk.pdk.PluginException;
import dev.javapdk.pdk.Var;
import java.nio.charset.StandardCharsets;

/** Exercises every capability and every supported export signature; see CapabilitiesIT. */
public class Capabilities {
    private static int calls;

    // ---- signatures ----

    @Export
    public static byte[] reverseBytes(byte[] input) {
        byte[] out = new byte[input.length];
        for (int i = 0; i < input.length; i++) {
            out[i] = input[input.length - 1 - i];
        }
        return out;
    }

    @Export
    public static String upper(String input) {
        return input.toUpperCase();
    }

    @Export(name = "no_input")
    public static String noInput() {
        return "called " + (++calls) + " times";
    }

    @Export
    public static void echoVoid() {
        Output.set(Input.bytes());
    }

    @Export
    public static int status(String input) {
        int code = Integer.parseInt(input.trim());
        if (code == 7) {
            Errors.set("seven is not allowed");
        }
        Output.set("status " + code);
        return code;
    }

    /** The input read through its kernel block (input_offset) rather than copied by Input.bytes. */
    @Export
    public static String inputBlock() {
        return Input.block()
                .map(block -> block.length() + ":" + block.readString())
                .orElse("<no input block>");
    }

    /** Sets an error, then returns the status given as input: the status alone decides. */
    @Export
    public static int errorThenStatus(String input) {
        Errors.set("reported only with a non-zero status");
        Output.set("returned " + input);
        return Integer.parseInt(input);
    }

    @Export
    public static String nullResult(String input) {
        return input.isEmpty() ? null : input;
    }

    // ---- errors ----

    @Export
    public static String fail(String input) {
        throw new IllegalStateException("failed on " + input);
    }

    @Export(name = "plugin_error")
    public static String pluginError(String input) {
        throw new PluginException("bad input: " + input, 3);
    }

    @Export(name = "npe")
    public static int npe(String input) {
        String nothing = input.isEmpty() ? "x" : null;
        return nothing.length();
    }

    @Export(name = "out_of_bounds")
    public static int outOfBounds(String input) {
        int[] numbers = new int[2];
        return numbers[input.length()];
    }

    @Export(name = "divide")
    public static String divide(String input) {
        int slash = input.indexOf('/');
        int a = Integer.parseInt(input.substring(0, slash));
        int b = Integer.parseInt(input.substring(slash + 1));
        return Integer.toString(a / b);
    }

    @Export(name = "caused")
    public static String caused(String input) {
        try {
            Integer.parseInt(input);
            return "number";
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
    }

    // ---- vars, config ----

    @Export(name = "var_set")
    public static void varSet(String input) {
        int eq = input.indexOf('=');
        Var.set(input.substring(0, eq), input.substring(eq + 1));
    }

    @Export(name = "var_get")
    public static String varGet(String key) {
        return Var.getString(key).orElse("<absent>");
    }

    @Export(name = "var_remove")
    public static void varRemove(String key) {
        Var.remove(key);
    }

    @Export(name = "var_bytes")
    public static byte[] varBytes(byte[] value) {
        Var.set("bytes", value);
        return Var.getBytes("bytes").orElseThrow();
    }

    @Export(name = "config_get")
    public static String configGet(String key) {
        return Config.getString(key).map(v -> "present:" + v).orElse("absent");
    }

    // ---- logging ----

    @Export
    public static void log(String input) {
        Log.debug("debug " + input);
        Log.info("info " + input);
        Log.warn("warn " + input);
        Log.error("error " + input);
        Log.log(LogLevel.INFO, "via log " + input);
    }

    @Export(name = "log_level")
    public static String logLevel() {
        LogLevel level = Log.level();
        if (level.enables(LogLevel.DEBUG)) {
            Log.debug("debug is on");
        }
        return level.name();
    }

    @Export
    public static void console(String input) {
        System.out.println("out line 1 " + input);
        System.out.print("out part ");
        System.out.print("two");
        System.out.println();
        System.err.println("err " + input);
        System.out.print("unterminated");
    }

    // ---- memory ----

    @Export(name = "memory_blocks")
    public static String memory(String input) {
        MemoryBlock block = Memory.allocate(input);
        MemoryBlock found = Memory.find(block.offset()).orElseThrow();
        byte[] middle = new byte[Math.max(0, input.length() - 2)];
        if (middle.length > 0) {
            found.read(1, middle, 0, middle.length);
        }
        byte[] bang = {'!'};
        found.write(0, bang, 0, 1);
        String whole = found.readString();
        boolean absent = Memory.find(0).isEmpty();
        return found.length() + "|" + new String(middle, StandardCharsets.UTF_8) + "|" + whole + "|" + absent;
    }

    @Export(name = "memory_bounds")
    public static String memoryBounds(String input) {
        MemoryBlock block = Memory.allocate(4);
        block.write(2, new byte[4], 0, 4);
        return "unreachable";
    }

    @Export(name = "output_block")
    public static void outputBlock(String input) {
        Output.set(Memory.allocate("block:" + input));
    }

    @Export(name = "input_length")
    public static String inputLength() {
        return Long.toString(Input.length());
    }

    // ---- runtime ----

    @Export
    public static String maths(String input) {
        double x = Double.parseDouble(input);
        return Math.sqrt(x) + " " + Math.floor(x) + " " + Math.ceil(x) + " " + Math.sin(x) + " " + Math.pow(x, 2.5)
                + " " + Math.exp(1) + " " + Math.log(x) + " " + Math.atan2(x, 1);
    }

    @Export(name = "exception_type")
    public static String exceptionType() {
        return new IllegalArgumentException().getClass().getName();
    }
}
