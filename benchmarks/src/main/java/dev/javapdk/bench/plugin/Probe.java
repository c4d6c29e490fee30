package dev.javapdk.bench.plugin;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.Input;

/**
 * count_vowels taken apart, to see where its time goes: each export does one more step of the
 * work than the one before, and none touches config, vars or JSON (the vowels are fixed).
 */
public class Probe {
    private static final String VOWELS = "aeiouAEIOU";
    private static final boolean[] TABLE = new boolean[256];
    private static int sink;

    static {
        for (int i = 0; i < VOWELS.length(); i++) {
            TABLE[VOWELS.charAt(i)] = true;
        }
    }

    /** The call alone: no input read, no output. */
    @Export(name = "nothing")
    public static int nothing() {
        return 0;
    }

    /** The input copied into a byte[]. */
    @Export(name = "read_bytes")
    public static int readBytes() {
        sink = Input.bytes().length;
        return 0;
    }

    /** The input copied and decoded into a String. */
    @Export(name = "read_string")
    public static int readString() {
        sink = Input.string().length();
        return 0;
    }

    /** The sample's loop: String, charAt, indexOf. */
    @Export(name = "loop_string")
    public static int loopString() {
        String input = Input.string();
        int count = 0;
        for (int i = 0; i < input.length(); i++) {
            if (VOWELS.indexOf(input.charAt(i)) >= 0) {
                count++;
            }
        }
        sink = count;
        return 0;
    }

    /** A table loop over the bytes. */
    @Export(name = "loop_bytes")
    public static int loopBytes() {
        byte[] input = Input.bytes();
        boolean[] table = TABLE;
        int count = 0;
        for (int i = 0; i < input.length; i++) {
            if (table[input[i] & 0xFF]) {
                count++;
            }
        }
        sink = count;
        return 0;
    }
}
