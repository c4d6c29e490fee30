package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pdk.internal.Utf8;
import java.util.Optional;

/**
 * Plug-in variables: bytes the host keeps for this plug-in instance between calls.
 *
 * <p>Vars live as long as the plug-in instance; the host may cap their total size.
 * Static Java fields also survive between calls of one instance, but vars are what the host can
 * see and reset.
 *
 * <p>The getters match {@link Config}'s: {@link #getString} and {@link #getBytes}, each empty when
 * the var is not set.
 *
 * <pre>{@code
 * long total = Var.getString("total").map(Long::parseLong).orElse(0L) + count;
 * Var.set("total", Long.toString(total));
 * }</pre>
 */
public final class Var {
    private Var() {}

    /**
     * The var's bytes, or empty if it is not set. An empty value counts as not set: hosts store no
     * empty vars, and the JS SDK hands back an empty block for a var after its {@code reset()}.
     */
    public static Optional<byte[]> getBytes(String key) {
        // The host takes ownership of the key block (extism#743), so it is not freed here.
        long offset = Kernel.varGet(Bulk.allocate(Utf8.encode(key)));
        long length = offset == 0 ? 0 : Kernel.length(offset);
        return length == 0 ? Optional.empty() : Optional.of(Bulk.read(offset, length));
    }

    /** The var decoded as UTF-8, or empty if it is not set. */
    public static Optional<String> getString(String key) {
        return getBytes(key).map(Utf8::decode);
    }

    /**
     * Sets the var to a copy of {@code value}. Hosts store no empty vars: an empty value removes
     * the var, as {@link #remove} does.
     */
    public static void set(String key, byte[] value) {
        long keyOffset = Bulk.allocate(Utf8.encode(key));
        Kernel.varSet(keyOffset, Bulk.allocate(value));
    }

    /** Sets the var to {@code value} encoded as UTF-8. */
    public static void set(String key, String value) {
        set(key, Utf8.encode(value));
    }

    /** Removes the var; removing a var that is not set does nothing. */
    public static void remove(String key) {
        Kernel.varSet(Bulk.allocate(Utf8.encode(key)), 0);
    }
}
