package com.example.kvstore;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.HostFunction;
import dev.javapdk.pdk.PluginException;

/**
 * Extism's count_vowels_kvstore: counts the vowels of the input and keeps the running total in a
 * key-value store that the host provides through two host functions, {@code kv_read} and
 * {@code kv_write} (module {@code extism:host/user}). The total is stored under {@code "count"} as
 * a 4-byte little-endian unsigned integer, as the other PDKs' version of this plug-in stores it, so
 * a host written for those serves this one too.
 */
public class KvStore {
    private static final String VOWELS = "aeiouAEIOU";

    /** The stored value of {@code key}, or null (or an empty block) if there is none. */
    @HostFunction(name = "kv_read")
    static native byte[] kvRead(String key);

    /** Stores {@code value} under {@code key}. */
    @HostFunction(name = "kv_write")
    static native void kvWrite(String key, byte[] value);

    /** What count_vowels returns; properties are written in Jackson-jr's (alphabetical) order. */
    public record Report(int count, long total, String vowels) {}

    @Export(name = "count_vowels")
    public static Report countVowels(String input) {
        int count = 0;
        for (int i = 0; i < input.length(); i++) {
            if (VOWELS.indexOf(input.charAt(i)) >= 0) {
                count++;
            }
        }
        long total = (readTotal() + count) & 0xFFFF_FFFFL; // a u32, as the other PDKs store it
        kvWrite("count", new byte[] {(byte) total, (byte) (total >>> 8), (byte) (total >>> 16), (byte) (total >>> 24)});
        return new Report(count, total, VOWELS);
    }

    private static long readTotal() {
        byte[] stored = kvRead("count");
        if (stored == null || stored.length == 0) {
            return 0;
        }
        if (stored.length != 4) {
            throw new PluginException("kv_read(\"count\") returned " + stored.length
                    + " bytes; expected a 4-byte little-endian unsigned integer");
        }
        return (stored[0] & 0xFFL) | (stored[1] & 0xFFL) << 8 | (stored[2] & 0xFFL) << 16 | (stored[3] & 0xFFL) << 24;
    }
}
