package it;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.Log;
import dev.javapdk.pdk.Var;

public class Plugin {
    @Export
    public static String greet(String name) {
        int calls = Var.getString("calls").map(Integer::parseInt).orElse(0) + 1;
        Var.set("calls", Integer.toString(calls));
        Log.info("greeting " + name);
        return Config.getString("greeting").orElse("Hello") + ", " + name + "! #" + calls;
    }

    @Export
    public static String fail(String input) {
        throw new IllegalStateException("refused " + input);
    }
}
