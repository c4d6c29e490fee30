package com.example.vowels;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.Var;

/**
 * Extism's canonical count_vowels: same config, same var, same bytes out as the Rust PDK's.
 *
 * <p>Counts the characters of the input that are in config {@code vowels} (default
 * {@code aeiouAEIOU}), keeps a running total in var {@code total} as a decimal string, and returns
 * {@code {"count":N,"total":T,"vowels":"…"}}. The result is a record: the PDK writes it as JSON,
 * exactly as Jackson-jr would on a JVM host.
 */
public class CountVowels {
    private static final String DEFAULT_VOWELS = "aeiouAEIOU";

    /** What count_vowels returns; properties are written in Jackson-jr's (alphabetical) order. */
    public record Report(int count, long total, String vowels) {}

    @Export(name = "count_vowels")
    public static Report countVowels(String input) {
        String vowels = Config.getString("vowels").orElse(DEFAULT_VOWELS);
        int count = 0;
        for (int i = 0; i < input.length(); i++) {
            if (vowels.indexOf(input.charAt(i)) >= 0) {
                count++;
            }
        }
        long total = Var.getString("total").map(Long::parseLong).orElse(0L) + count;
        Var.set("total", Long.toString(total));
        return new Report(count, total, vowels);
    }
}
