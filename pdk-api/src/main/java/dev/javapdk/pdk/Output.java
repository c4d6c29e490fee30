package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pdk.internal.Utf8;

/**
 * The output of the current call, which the host reads when the function returns.
 *
 * <p>An exported function that returns {@code byte[]} or {@code String} sets the output for you.
 * Setting it twice keeps the last value.
 *
 * <pre>{@code
 * Output.set("Hello, " + name + "!");
 * }</pre>
 */
public final class Output {
    private Output() {}

    /** Sets the output to a copy of {@code bytes}. */
    public static void set(byte[] bytes) {
        Kernel.outputSet(Bulk.allocate(bytes), bytes.length);
    }

    /** Sets the output to {@code text} encoded as UTF-8. */
    public static void set(String text) {
        set(Utf8.encode(text));
    }

    /** Sets the output to an existing kernel block without copying it. */
    public static void set(MemoryBlock block) {
        Kernel.outputSet(block.offset(), block.length());
    }
}
