package bad;

import dev.javapdk.pdk.Export;

public class Plugin {
    @Export
    public static String call(String input) {
        return Integer.toString(nativeHelper(input.length()));
    }

    static native int nativeHelper(int value);
}
