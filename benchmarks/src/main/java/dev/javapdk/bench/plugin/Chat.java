package dev.javapdk.bench.plugin;

import dev.javapdk.pdk.Config;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.Http;
import dev.javapdk.pdk.HttpRequest;
import dev.javapdk.pdk.HttpResponse;
import dev.javapdk.pdk.PluginException;
import java.util.List;

/** A ChatGPT-style plug-in: a prompt in, a JSON request to a chat API over HTTP, the reply out. */
public class Chat {
    public record Message(String role, String content) {}

    public record ChatRequest(String model, List<Message> messages, double temperature) {}

    public record Choice(int index, Message message, String finish_reason) {}

    public record Usage(int prompt_tokens, int completion_tokens, int total_tokens) {}

    public record ChatResponse(String id, String model, List<Choice> choices, Usage usage) {}

    @Export(name = "chat")
    public static String chat(String prompt) {
        String url = Config.getString("url").orElse("https://api.openai.com/v1/chat/completions");
        String key = Config.getString("api_key").orElseThrow(() -> new PluginException("config api_key is missing"));
        ChatRequest request = new ChatRequest(
                Config.getString("model").orElse("gpt-4o-mini"),
                List.of(new Message("system", "You are a helpful assistant."), new Message("user", prompt)),
                0.7);
        HttpResponse response = Http.send(
                HttpRequest.post(url).header("Authorization", "Bearer " + key).json(request));
        if (response.status() != 200) {
            throw new PluginException("chat API answered " + response.status() + ": " + response.text());
        }
        ChatResponse answer = response.json(ChatResponse.class);
        if (answer.choices().isEmpty()) {
            throw new PluginException("chat API gave no choices");
        }
        return answer.choices().get(0).message().content();
    }
}
