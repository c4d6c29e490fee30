package dev.javapdk.bench.plugin;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.Input;
import dev.javapdk.pdk.Var;

/**
 * count_vowels written for speed: the same behaviour and output bytes as samples/count-vowels, but
 * the input is read as bytes and ASCII bytes are looked up in a {@code boolean[256]} table; an
 * input with a non-ASCII byte is read again as a String and counted the sample's way. (TeaVM's
 * {@code new String(bytes, UTF_8)} does not replace malformed bytes as the JDK does; the PDK's
 * {@code Input.string()} does.)
 */
public class CountVowelsBytes {
    private static final String DEFAULT_VOWELS = "aeiouAEIOU";

    /** What count_vowels returns; properties are written in Jackson-jr's (alphabetical) order. */
    public record Report(int count, long total, String vowels) {}

    @Export(name = "count_vowels")
    public static Report countVowels() {
        byte[] input = Input.bytes();
        String vowels = Config.getString("vowels").orElse(DEFAULT_VOWELS);
        boolean[] ascii = new boolean[256]; // indexed by the unsigned byte: no bounds to check
        for (int i = 0; i < vowels.length(); i++) {
            char c = vowels.charAt(i);
            if (c < 128) {
                ascii[c] = true;
            }
        }
        int count = 0;
        int any = 0; // negative once a non-ASCII byte went by
        for (int i = 0; i < input.length; i++) {
            int b = input[i];
            any |= b;
            if (ascii[b & 0xFF]) {
                count++;
            }
        }
        if (any < 0) {
            String text = Input.string();
            count = 0;
            for (int k = 0; k < text.length(); k++) {
                if (vowels.indexOf(text.charAt(k)) >= 0) {
                    count++;
                }
            }
        }
        long total = Var.getString("total").map(Long::parseLong).orElse(0L) + count;
        Var.set("total", Long.toString(total));
        return new Report(count, total, vowels);
    }
}
