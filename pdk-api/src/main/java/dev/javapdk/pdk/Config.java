package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pdk.internal.Utf8;
import java.util.Optional;

/**
 * Read-only configuration the host gave this plug-in instance (the manifest's {@code config}).
 *
 * <p>Absence is a value, not an error: every getter returns an {@link Optional}. The getters match
 * {@link Var}'s: {@link #getString} and {@link #getBytes}.
 *
 * <pre>{@code
 * String vowels = Config.getString("vowels").orElse("aeiouAEIOU");
 * }</pre>
 */
public final class Config {
    private Config() {}

    /** The value for {@code key} decoded as UTF-8, or empty if the host has no such key. */
    public static Optional<String> getString(String key) {
        return getBytes(key).map(Utf8::decode);
    }

    /** The raw bytes for {@code key}, or empty if the host has no such key. */
    public static Optional<byte[]> getBytes(String key) {
        // The host takes ownership of the key block (extism#743), so it is not freed here.
        return Bulk.readReturned(Kernel.configGet(Bulk.allocate(Utf8.encode(key))));
    }
}
