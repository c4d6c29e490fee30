package com.example.greet;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.PluginException;

/** The smallest useful plug-in: {@code Benjamin} → {@code Hello, Benjamin!}. */
public class Greet {
    @Export
    public static String greet(String name) {
        if (name.isBlank()) {
            throw new PluginException("greet needs a name as input, got an empty string");
        }
        return "Hello, " + name + "!";
    }
}
