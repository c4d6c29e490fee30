package com.example.vowels;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.Var;

/**
 * Extism's canonical count_vowels: same config, same var, same bytes out as the Rust PDK's.
 *
 * <p>Counts the characters of the input that are in config {@code vowels} (default
 * {@code aeiouAEIOU}), keeps a running total in var {@code total} as a decimal string, and returns
 * {@code {"count":N,"total":T,"vowels":"…"}}.
 */
public class CountVowels {
    private static final String DEFAULT_VOWELS = "aeiouAEIOU";

    @Export(name = "count_vowels")
    public static String countVowels(String input) {
        String vowels = Config.get("vowels").orElse(DEFAULT_VOWELS);
        int count = 0;
        for (int i = 0; i < input.length(); i++) {
            if (vowels.indexOf(input.charAt(i)) >= 0) {
                count++;
            }
        }
        long total = Var.getString("total").map(Long::parseLong).orElse(0L) + count;
        Var.set("total", Long.toString(total));
        return "{\"count\":" + count + ",\"total\":" + total + ",\"vowels\":" + jsonString(vowels) + "}";
    }

    /** A JSON string literal; config may hold quotes or control characters. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
