package dev.javapdk.tests.portable;

import dev.javapdk.pdk.Export;

/**
 * Functions that need only the imports every host links, the JS SDK 1.0 included (no
 * {@code log_trace} or {@code get_log_level}). Exported by pdk-tests.wasm beside Capabilities, and
 * alone by pdk-tests-portable.wasm, which loads on the JS SDK 1.0.3 too; see TimeoutIT and MemoryIT.
 */
public class PortableFunctions {

    /**
     * Counts up to the number given as input and answers the count; {@code forever} counts to
     * {@link Long#MAX_VALUE}, a call that only a time limit ends. The loop has an exit and its result
     * is the output, so the compiler keeps it whole.
     */
    @Export
    public static String spin(String input) {
        long limit = input.equals("forever") ? Long.MAX_VALUE : Long.parseLong(input.trim());
        long count = 0;
        while (count < limit) {
            count++;
        }
        return Long.toString(count);
    }

    /** Answers its input: a string in, a string out, a few objects allocated per call. */
    @Export
    public static String echo(String input) {
        return input;
    }
}
