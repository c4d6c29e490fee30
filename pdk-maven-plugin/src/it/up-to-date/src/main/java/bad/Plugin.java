package bad;

import dev.javapdk.pdk.Export;

public class Plugin {
    @Export
    public static String hello(String input) {
        return "hi " + input;
    }
}
