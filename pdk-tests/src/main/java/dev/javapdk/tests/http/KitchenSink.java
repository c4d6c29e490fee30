package dev.javapdk.tests.http;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.Http;
import dev.javapdk.pdk.HttpRequest;
import dev.javapdk.pdk.HttpResponse;
import dev.javapdk.pdk.Log;
import dev.javapdk.pdk.PluginException;
import dev.javapdk.pdk.Var;

/**
 * Extism's cross-PDK check, built alone into pdk-tests-kitchen.wasm so that it imports only what
 * every host has (pdk-tests-http also reads response headers, which the JS SDK 1.0.3 lacks); also
 * part of pdk-tests-http. See KitchenSinkIT.
 */
public class KitchenSink {
    /**
     * The functions Extism's cross-PDK check uses, in one call: input, config, var set and get,
     * an HTTP GET, logs at four levels; the output is the input.
     */
    @Export(name = "kitchen_sink")
    public static byte[] kitchenSink(byte[] input) {
        String url = Config.getString("url").orElseThrow(() -> new PluginException("config url is required"));
        Var.set("kitchen_sink", input);
        byte[] stored = Var.getBytes("kitchen_sink").orElse(new byte[0]);
        HttpResponse response = Http.send(HttpRequest.get(url));
        Log.info("info: " + stored.length + " bytes");
        Log.debug("debug: GET " + url);
        Log.warn("warn: status " + response.status());
        Log.error("error: none, body " + response.text());
        return stored;
    }
}
