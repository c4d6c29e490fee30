package com.example.chatgpt;

import dev.javapdk.pdk.Http;
import dev.javapdk.pdk.HttpRequest;
import dev.javapdk.pdk.HttpResponse;
import dev.javapdk.pdk.PluginException;
import dev.javapdk.pdk.json.JsonException;
import java.util.List;

/**
 * A small client for OpenAI's chat completions endpoint, through the host's HTTP. It knows nothing
 * about where the key and the settings come from, so another plug-in can copy it as it is.
 *
 * <pre>{@code
 * String answer = new OpenAi("https://api.openai.com/v1", key).complete("gpt-4o-mini", "Hello?");
 * }</pre>
 */
public final class OpenAi {
    /** The body of {@code POST /chat/completions}. */
    public record ChatRequest(String model, List<Message> messages) {}

    /** One message of the conversation; {@code role} is {@code system}, {@code user} or {@code assistant}. */
    public record Message(String role, String content) {}

    /** The parts of a chat completion this client reads; the API sends more, which is skipped. */
    public record ChatCompletion(List<Choice> choices) {}

    public record Choice(Message message) {}

    /** The body of an error answer: {@code {"error": {"message": …, "type": …, "code": …}}}. */
    public record ErrorResponse(ApiError error) {}

    public record ApiError(String message, String type, String code) {}

    private final String baseUrl;
    private final String apiKey;

    /** A client for the API at {@code baseUrl} (e.g. {@code https://api.openai.com/v1}). */
    public OpenAi(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
    }

    /** Sends {@code prompt} as the user's message and returns the first choice's content. */
    public String complete(String model, String prompt) {
        return complete(new ChatRequest(model, List.of(new Message("user", prompt))));
    }

    /**
     * Sends {@code request} and returns the first choice's message content.
     *
     * @throws PluginException if the API answers another status than 200 (with the API's own error
     *     message), or a body that is not a chat completion with a message
     */
    public String complete(ChatRequest request) {
        String url = baseUrl + "/chat/completions";
        HttpResponse response = Http.send(HttpRequest.post(url)
                .header("Authorization", "Bearer " + apiKey)
                .json(request));
        if (response.status() != 200) {
            throw new PluginException("OpenAI API answered " + response.status() + ": " + errorMessage(response));
        }
        ChatCompletion completion;
        try {
            completion = response.json(ChatCompletion.class);
        } catch (JsonException e) {
            throw new PluginException(
                    "OpenAI API answered 200 with a body that is not a chat completion: " + e.getMessage());
        }
        if (completion.choices() == null || completion.choices().isEmpty()) {
            throw new PluginException("OpenAI API answered 200 with no choices");
        }
        Message message = completion.choices().get(0).message();
        if (message == null || message.content() == null) {
            throw new PluginException("OpenAI API answered 200, but the first choice has no message content");
        }
        return message.content();
    }

    /** The API's own message where the body is an OpenAI error, else the start of the body. */
    private static String errorMessage(HttpResponse response) {
        try {
            ErrorResponse body = response.json(ErrorResponse.class);
            if (body.error() != null && body.error().message() != null) {
                return body.error().message();
            }
        } catch (JsonException e) {
            // Not an OpenAI error body (a proxy's HTML page, say): show the text instead.
        }
        String text = response.text();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
