package com.example.chatgpt;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.HostFunction;
import dev.javapdk.pdk.PluginException;

/**
 * The same plug-in as {@link ChatGpt}, with the blog post's other way to keep the API key: the host
 * hands it over through a host function, so it never sits in the manifest's config where anyone
 * who can read the manifest (or call {@code config_get} from another plug-in) would see it.
 *
 * <p>Built as {@code target/chatgpt-secret.wasm}. It imports {@code extism:host/user.get_secret
 * (i64) -> i64}: the host answers the secret's name ({@code "open_ai_key"}) with its value, or with
 * offset 0 when it has none. Config {@code model} and {@code base_url} work as in {@link ChatGpt}.
 */
public class ChatGptWithSecret {
    static final String KEY_NAME = "open_ai_key";

    /** Asks the host for a secret by name; null when the host has none. */
    @HostFunction(name = "get_secret")
    static native String getSecret(String name);

    @Export(name = "call_chat_gpt")
    public static String callChatGpt(String prompt) {
        if (prompt.isBlank()) {
            throw new PluginException("call_chat_gpt needs a prompt as input, got an empty string");
        }
        String key = getSecret(KEY_NAME);
        if (key == null || key.isBlank()) {
            throw new PluginException("the host's get_secret(\"" + KEY_NAME
                    + "\") gave no key: the host must provide the OpenAI API key");
        }
        String model = Config.getString("model").orElse(ChatGpt.DEFAULT_MODEL);
        String baseUrl = Config.getString("base_url").orElse(ChatGpt.DEFAULT_BASE_URL);
        return new OpenAi(baseUrl, key).complete(model, prompt);
    }
}
