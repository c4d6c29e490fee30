package dev.javapdk.bench.plugin;

import dev.javapdk.pdk.Export;

/**
 * The same export on strings, without JSON support: counts "quantity" members by hand and answers
 * with concatenated text. Only there so that the size of the record-typed module can be compared.
 */
public class StringTyped {
    @Export
    public static String summarize(String order) {
        int lines = 0;
        for (int at = order.indexOf("\"quantity\""); at >= 0; at = order.indexOf("\"quantity\"", at + 1)) {
            lines++;
        }
        return "{\"lines\":" + lines + ",\"length\":" + order.length() + "}";
    }
}
