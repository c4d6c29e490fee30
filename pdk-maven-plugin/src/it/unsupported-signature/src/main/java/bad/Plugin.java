package bad;

import dev.javapdk.pdk.Export;

public class Plugin {
    @Export
    public static String ok(String input) {
        return input;
    }

    @Export
    public static long compute(int a, int b) {
        return a + b;
    }
}
