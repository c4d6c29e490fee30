package ${package};

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.PluginException;
import dev.javapdk.pdk.Var;

/** The plug-in's exported functions: each {@code @Export} method is a function the host can call. */
public class Plugin {
    /** {@code World} → {@code Hello, World!}; config {@code greeting} replaces "Hello". */
    @Export
    public static String greet(String name) {
        if (name.isBlank()) {
            throw new PluginException("greet needs a name as input");
        }
        long calls = Var.getString("calls").map(Long::parseLong).orElse(0L) + 1;
        Var.set("calls", Long.toString(calls));
        return Config.getString("greeting").orElse("Hello") + ", " + name + "!";
    }

    /** How many times greet has been called on this plug-in instance. */
    @Export
    public static String calls() {
        return Var.getString("calls").orElse("0");
    }
}
