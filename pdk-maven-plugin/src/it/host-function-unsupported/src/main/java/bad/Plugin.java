package bad;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.HostFunction;

public class Plugin {
    @HostFunction(name = "is_vowel")
    static native boolean isVowel(char c);

    @HostFunction
    static int notNative(int x) {
        return x;
    }

    @HostFunction(name = "lookup")
    static native String lookup(String key);

    @HostFunction(name = "lookup")
    static native int lookupAgain(String key);

    @Export
    public static String check(String input) {
        return isVowel(input.charAt(0)) + lookup(input) + notNative(1) + lookupAgain(input);
    }
}
