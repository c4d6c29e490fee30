package bad;

import dev.javapdk.pdk.Export;

public class Plugin {
    @Export(name = "run")
    public static String first(String input) {
        return input;
    }

    public static class Other {
        @Export(name = "run")
        public static byte[] second(byte[] input) {
            return input;
        }
    }
}
