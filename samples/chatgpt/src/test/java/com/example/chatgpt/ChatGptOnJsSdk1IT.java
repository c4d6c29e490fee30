package com.example.chatgpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javapdk.harness.ExtismHost;
import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link ChatGptIT} on the Extism JS SDK 1.0.3 in Node, which performs HTTP only in a
 * worker: the harness runs a plug-in with allowed hosts there.
 */
@ExtismHost("node")
class ChatGptOnJsSdk1IT extends ChatGptIT {
    /** Without allowed hosts 1.0.3 runs in the foreground, where http_request does nothing. */
    @Test
    void inTheForegroundTheRequestIsNotMade(
            @ExtismPlugin(
                            wasm = WASM,
                            config = {"open_ai_key=" + KEY, "base_url=${baseUrl}"})
                    LoadedPlugin plugin) {
        assertEquals(
                "HTTP POST " + baseUrl() + "/chat/completions was not performed: the host answered no status code"
                        + " (HTTP may be off on this host; its log says why)",
                errorOf(plugin, "Hi"));
        assertEquals(List.of(), requests);
    }
}
