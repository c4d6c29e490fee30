package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pdk.internal.Utf8;
import java.util.Optional;

/**
 * The input the host passed to the current call.
 *
 * <p>An exported function that takes a {@code byte[]} or {@code String} parameter gets the input
 * without calling this class; use it from functions without parameters.
 *
 * <pre>{@code
 * @Export
 * public static int shout() {
 *     Output.set(Input.string().toUpperCase());
 *     return 0;
 * }
 * }</pre>
 */
public final class Input {
    private Input() {}

    /** The input's length in bytes. */
    public static long length() {
        return Kernel.inputLength();
    }

    /** A copy of the whole input. */
    public static byte[] bytes() {
        long length = Kernel.inputLength();
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("input of " + length + " bytes is too large for a Java array");
        }
        byte[] bytes = new byte[(int) length];
        Bulk.loadInput(0, bytes, 0, bytes.length);
        return bytes;
    }

    /**
     * The input as a kernel memory block, without copying it into Java: for example to hand it on
     * to a host function. Empty when the call has no input. Imports {@code input_offset}, which
     * Extism hosts released before 2024 lack (the build warns about such imports).
     *
     * <pre>{@code
     * MemoryBlock input = Input.block().orElseThrow();
     * byte first = input.readBytes()[0];
     * }</pre>
     */
    public static Optional<MemoryBlock> block() {
        return Memory.find(Kernel.inputOffset());
    }

    /** The whole input decoded as UTF-8 (malformed sequences become U+FFFD). */
    public static String string() {
        return Utf8.decode(bytes());
    }
}
