package com.example.funcgen;

import com.example.funcgen.FuncGenException.Kind;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client of an OpenAI-compatible chat endpoint ({@code POST <baseUrl>/chat/completions}): sends a
 * system and a user message, returns the first choice's content.
 *
 * <pre>{@code
 * ChatClient chat = new ChatClient(URI.create("https://api.openai.com/v1"), System.getenv("OPENAI_API_KEY"),
 *         "gpt-4o-mini", Duration.ofSeconds(60));
 * String answer = chat.complete("You write Java.", "A method that reverses its input.");
 * }</pre>
 */
public final class ChatClient {
    private static final int EXCERPT = 300;

    private final URI endpoint;
    private final String key;
    private final String model;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param baseUrl the API's base, e.g. {@code https://api.openai.com/v1}; {@code /chat/completions} is appended
     * @param key     the bearer token; null or empty sends no {@code Authorization} header (local servers)
     * @param timeout how long to wait for an answer
     */
    public ChatClient(URI baseUrl, String key, String model, Duration timeout) {
        String base = baseUrl.toString();
        this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
        this.key = key;
        this.model = model;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The first choice's message content; temperature 0, so the same request tends to get the same code. */
    public String complete(String system, String user) throws FuncGenException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("temperature", 0);
        body.put(
                "messages",
                List.of(Map.of("role", "system", "content", system), Map.of("role", "user", "content", user)));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        if (key != null && !key.isEmpty()) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FuncGenException(Kind.LLM, "cannot reach the chat endpoint " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FuncGenException(Kind.LLM, "interrupted while waiting for " + endpoint, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new FuncGenException(
                    Kind.LLM,
                    "the chat endpoint " + endpoint + " answered HTTP " + response.statusCode() + ": "
                            + excerpt(response.body()));
        }
        return content(response.body());
    }

    /** {@code choices[0].message.content} of a chat completion. */
    static String content(String responseBody) throws FuncGenException {
        Object root;
        try {
            root = JSON.std.anyFrom(responseBody);
        } catch (IOException e) {
            throw new FuncGenException(
                    Kind.LLM,
                    "the chat endpoint's answer is not JSON (" + e.getMessage() + "): " + excerpt(responseBody));
        }
        Object content = root instanceof Map<?, ?> map
                        && map.get("choices") instanceof List<?> choices
                        && !choices.isEmpty()
                        && choices.get(0) instanceof Map<?, ?> choice
                        && choice.get("message") instanceof Map<?, ?> message
                ? message.get("content")
                : null;
        if (!(content instanceof String text) || text.isBlank()) {
            throw new FuncGenException(
                    Kind.LLM,
                    "the chat endpoint's answer has no choices[0].message.content text: " + excerpt(responseBody));
        }
        return text;
    }

    private static String json(Object value) {
        try {
            return JSON.std.asString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the request as JSON", e);
        }
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
    }
}
