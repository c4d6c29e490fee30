package com.example.shout;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.PluginException;

public class Shout {
    @Export
    public static String shout(String text) {
        if (text.isEmpty()) {
            throw new PluginException("shout needs some text");
        }
        return text.toUpperCase() + "!";
    }
}
