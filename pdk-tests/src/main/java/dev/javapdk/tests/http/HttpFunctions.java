package dev.javapdk.tests.http;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.Http;
import dev.javapdk.pdk.HttpRequest;
import dev.javapdk.pdk.HttpResponse;
import dev.javapdk.pdk.PluginException;
import java.util.List;

/** HTTP through the host, built into its own module (pdk-tests-http.wasm); see HttpIT. */
public class HttpFunctions {
    public record Message(String role, String content) {}

    public record ChatRequest(String model, List<Message> messages) {}

    public record Choice(int index, Message message) {}

    public record ChatResponse(String id, List<Choice> choices) {}

    /** GET with a header; answers "status|body". */
    @Export(name = "get")
    public static String get(String url) {
        HttpResponse response = Http.send(HttpRequest.get(url).header("X-Test", "yes"));
        return response.status() + "|" + response.text();
    }

    /** POST of raw bytes with another method; answers "status|body". */
    @Export(name = "put")
    public static String put(String url) {
        HttpResponse response = Http.send(HttpRequest.of("PUT", url).body("payload ü"));
        return response.status() + "|" + response.text();
    }

    /** A JSON request and a typed JSON answer, as a chat API client would do. */
    @Export(name = "chat")
    public static Message chat(String url) {
        ChatRequest request = new ChatRequest("test-model", List.of(new Message("user", "Hello?")));
        HttpResponse response = Http.send(
                HttpRequest.post(url).header("Authorization", "Bearer k").json(request));
        if (response.status() != 200) {
            throw new PluginException("chat service answered " + response.status() + ": " + response.text());
        }
        ChatResponse answer = response.json(ChatResponse.class);
        return answer.choices().get(0).message();
    }

    /** The untyped tree of a JSON answer. */
    @Export(name = "tree")
    public static Object tree(String url) {
        return Http.send(HttpRequest.get(url)).json();
    }

    /** GET; answers "status|content-type|x-custom|x-multi|number of headers" from the response headers. */
    @Export(name = "headers")
    public static String headers(String url) {
        HttpResponse response = Http.send(HttpRequest.get(url));
        return response.status() + "|" + response.header("Content-Type").orElse("-") + "|"
                + response.header("X-CUSTOM").orElse("-") + "|"
                + response.header("x-multi").orElse("-") + "|"
                + response.headers().size();
    }

    /** Reads the headers of a response after sending another request: an error, they are gone. */
    @Export(name = "stale_headers")
    public static String staleHeaders(String url) {
        HttpResponse first = Http.send(HttpRequest.get(url));
        Http.send(HttpRequest.get(url));
        return first.header("x-custom").orElse("-");
    }

    /** No HTTP: shows the instance still answers after a request that was not made. */
    @Export(name = "echo_message")
    public static Message echoMessage(String text) {
        return new Message("user", text);
    }
}
