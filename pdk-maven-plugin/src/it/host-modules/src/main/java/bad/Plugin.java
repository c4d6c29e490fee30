package bad;

import dev.javapdk.pdk.Export;
import org.teavm.interop.Import;

public class Plugin {
    @Export
    public static int lookup() {
        return kvGet(42);
    }

    // A host function from a module the build was not told about.
    @Import(module = "acme:kv", name = "get")
    static native int kvGet(int key);
}
