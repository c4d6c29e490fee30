package com.example.chatgpt;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.PluginException;

/**
 * Extism's "Extism + ChatGPT" plug-in in Java: sends the input to OpenAI's chat completions API and
 * returns the first choice's message.
 *
 * <p>Config: {@code open_ai_key} (required), {@code model} (default {@value #DEFAULT_MODEL}) and
 * {@code base_url} (default {@value #DEFAULT_BASE_URL}). The host must allow the API's host:
 * {@code allowed_hosts: ["api.openai.com"]}.
 */
public class ChatGpt {
    static final String DEFAULT_MODEL = "gpt-4o-mini";
    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    @Export(name = "call_chat_gpt")
    public static String callChatGpt(String prompt) {
        if (prompt.isBlank()) {
            throw new PluginException("call_chat_gpt needs a prompt as input, got an empty string");
        }
        String key = Config.getString("open_ai_key")
                .filter(k -> !k.isBlank())
                .orElseThrow(() -> new PluginException(
                        "config open_ai_key is required: the OpenAI API key to send as the bearer token"));
        String model = Config.getString("model").orElse(DEFAULT_MODEL);
        String baseUrl = Config.getString("base_url").orElse(DEFAULT_BASE_URL);
        return new OpenAi(baseUrl, key).complete(model, prompt);
    }
}
