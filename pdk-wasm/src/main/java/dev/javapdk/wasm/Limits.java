package dev.javapdk.wasm;

import java.util.OptionalLong;

/**
 * The size limits of a memory (in 64 KiB pages) or a table (in elements).
 *
 * <pre>{@code
 * Limits l = new Limits(1, OptionalLong.of(2), false);
 * l.toString();   // "min 1 max 2"
 * }</pre>
 *
 * @param shared a shared memory (threads proposal); only memories can be shared
 */
public record Limits(long min, OptionalLong max, boolean shared) {

    /** Text as messages print it: {@code "min 1"}, {@code "min 1 max 2"}, {@code "min 1 max 2 shared"}. */
    @Override
    public String toString() {
        String text = "min " + min + (max.isPresent() ? " max " + max.getAsLong() : "");
        return shared ? text + " shared" : text;
    }
}
