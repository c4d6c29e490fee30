package dev.javapdk.bench.plugin;

import dev.javapdk.pdk.Export;

/** A function with no input and no output: the size floor of a Java plug-in. */
public class NoIo {
    private static int calls;

    @Export(name = "tick")
    public static int tick() {
        calls++;
        return 0;
    }
}
